/// Entry point: finds encoding damage (mojibake, stray HTML entities, C1 controls).
public enum MojibakeDetector {
    /// Longest stretch analysed around one suspicious spot when a line is very long.
    static let windowBytes = 2048

    /// Finds damaged runs in `text`. Pure, thread-safe, fast: a quick pre-scan rejects text with no
    /// suspicious scalar in one pass without allocation.
    public static func repairs(in text: String) -> [MojibakeRepair] {
        var copy = text
        if let found = copy.utf8.withContiguousStorageIfAvailable({ repairs(utf8: $0) }) { return found }
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable({ repairs(utf8: $0) }) ?? []
    }

    static func repairs(utf8 p: UnsafeBufferPointer<UInt8>) -> [MojibakeRepair] {
        var result: [MojibakeRepair] = []
        var scalarsBefore = 0  // number of scalars in p[0..<countedTo]
        var countedTo = 0
        var searchFrom = 0
        while let hit = MojibakePrescan.nextSuspiciousByte(in: p, from: searchFrom) {
            let (start, end) = window(around: hit, in: p, notBefore: countedTo)
            scalarsBefore += scalarCount(p, from: countedTo, to: start)
            var scalars: [UInt32] = []
            var i = start
            while i < end {
                let (value, length) = MojibakePrescan.decode(p, at: i)
                scalars.append(value)
                i += length
            }
            result += LineRepairs.repairs(in: scalars, offset: scalarsBefore)
            scalarsBefore += scalars.count
            countedTo = end
            searchFrom = max(end, hit + 1)
        }
        return result
    }

    /// The line containing `hit`, cut down to about `windowBytes` at spaces if very long.
    private static func window(around hit: Int, in p: UnsafeBufferPointer<UInt8>, notBefore floor: Int) -> (Int, Int) {
        var start = hit
        while start > floor && p[start - 1] != 0x0A && hit - start < windowBytes / 2 { start -= 1 }
        if start > floor && p[start - 1] != 0x0A {
            // Cut at a space so no word (and no mojibake run) is split.
            var s = start
            while s < hit && p[s] != 0x20 { s += 1 }
            start = s
        }
        var end = hit
        while end < p.count && p[end] != 0x0A && end - hit < windowBytes / 2 { end += 1 }
        if end < p.count && p[end] != 0x0A {
            while end < p.count && p[end] != 0x20 && p[end] != 0x0A { end += 1 }
        }
        return (start, end)
    }

    private static func scalarCount(_ p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        while i < to {
            if p[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
