/// One unit of text re-encoded with a single-byte codepage.
///
/// `lost` marks U+FFFD (and, in relaxed mode, some "?" marks): a byte some earlier
/// decoder could not map and threw away.
enum EncodedUnit: Equatable, Sendable {
    case byte(UInt8)
    case lost
    case unencodable
}

/// A run of scalars whose bytes, in some codepage, form one valid UTF-8 (or CESU-8) sequence.
struct ReassembledSequence: Equatable, Sendable {
    /// Index of the first scalar and number of scalars covered.
    var start: Int
    var count: Int
    /// The scalar the bytes decode to (U+FFFD when a byte was lost).
    var decoded: UInt32
    /// A byte was missing, so the true character is unknown.
    var isLossy: Bool
    /// An ASCII space or "?" had to stand in for a missing byte.
    var usedStandIn: Bool
    var end: Int { start + count }
}

/// Scalars seen through a codepage: the unit of each scalar, worked out when it is read rather
/// than stored, because a line is re-encoded with every candidate codepage and most of its
/// scalars (ASCII) can never start a sequence. Only lives inside `UTF8Reassembly.sequences`,
/// which owns the buffer.
struct EncodedScalars {
    let scalars: UnsafeBufferPointer<UInt32>
    let codepage: SingleByteCodepage

    var count: Int { scalars.count }

    /// The unit of the scalar at offset `k` (0-based, from the start of the slice).
    @inline(__always)
    subscript(k: Int) -> EncodedUnit {
        let value = scalars[k]
        if value == 0xFFFD { return .lost }
        if let byte = codepage.byte(for: value) { return .byte(byte) }
        return .unencodable
    }

    /// True when the scalar at `k` is ASCII, so its unit is that byte and never a lead byte.
    @inline(__always)
    func isASCII(_ k: Int) -> Bool { scalars[k] < 0x80 }
}

/// Finds UTF-8 byte sequences hidden in single-byte-decoded text.
enum UTF8Reassembly {
    /// All non-overlapping sequences in `scalars` re-encoded with `codepage`, scanning left to
    /// right. Offsets count from the start of the slice.
    /// - Parameter relaxed: also let an ASCII space stand for byte 0xA0 and a "?" after a
    ///   genuine continuation byte stand for a lost byte. Only used once the codepage is
    ///   known to be in play, because both are common in clean text.
    static func sequences(in scalars: ArraySlice<UInt32>, codepage: SingleByteCodepage, relaxed: Bool) -> [ReassembledSequence] {
        scalars.withUnsafeBufferPointer { buffer in
            let units = EncodedScalars(scalars: buffer, codepage: codepage)
            var found: [ReassembledSequence] = []
            var i = 0
            while i < units.count {
                if !units.isASCII(i), let seq = sequence(at: i, in: units, relaxed: relaxed) {
                    found.append(seq)
                    i = seq.end
                } else {
                    i += 1
                }
            }
            return found
        }
    }

    /// The sequence starting at `index`, if the bytes there form valid UTF-8 or CESU-8.
    static func sequence(at index: Int, in units: EncodedScalars, relaxed: Bool) -> ReassembledSequence? {
        guard index < units.count, case .byte(let lead) = units[index] else { return nil }
        let needed: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: needed = 1; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: needed = 2; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: needed = 3; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + needed < units.count else { return nil }
        var lossy = false
        var standIn = false
        var realContinuations = 0
        for k in 1...needed {
            let unit = units[index + k]
            var byte: UInt8
            switch unit {
            case .byte(let b) where (0x80...0xBF).contains(b):
                byte = b
                realContinuations += 1
            case .byte(0x20) where relaxed && lead != 0xC3:
                byte = 0xA0
                standIn = true
            case .byte(0x3F) where relaxed && realContinuations > 0:
                lossy = true
                standIn = true
                continue
            case .lost:
                lossy = true
                continue
            default:
                return nil
            }
            if k == 1 && !lossy {
                // Shortest-form and range rules for the second byte.
                switch lead {
                case 0xE0 where byte < 0xA0: return nil
                case 0xF0 where byte < 0x90: return nil
                case 0xF4 where byte > 0x8F: return nil
                case 0xED where byte > 0x9F:
                    return cesu8Pair(at: index, in: units)
                default: break
                }
            }
            value = (value << 6) | UInt32(byte & 0x3F)
        }
        if lossy {
            // A lone lost byte after a lead is too weak: require one real continuation
            // unless the lead needs only one.
            guard realContinuations > 0 || needed == 1 else { return nil }
            return ReassembledSequence(start: index, count: needed + 1, decoded: 0xFFFD, isLossy: true, usedStandIn: standIn)
        }
        guard Unicode.Scalar(value) != nil else { return nil }
        return ReassembledSequence(start: index, count: needed + 1, decoded: value, isLossy: false, usedStandIn: standIn)
    }

    /// CESU-8 (and Java's "modified UTF-8") write astral characters as two encoded
    /// surrogates: ED A0-AF xx ED B0-BF xx. Emoji mangled this way are common on old tweets.
    private static func cesu8Pair(at index: Int, in units: EncodedScalars) -> ReassembledSequence? {
        guard index + 5 < units.count else { return nil }
        // The six bytes, packed so that no array is allocated per candidate.
        var packed: UInt64 = 0
        for k in 0..<6 {
            guard case .byte(let b) = units[index + k] else { return nil }
            packed |= UInt64(b) << UInt64(8 * k)
        }
        func bytes(_ k: Int) -> UInt8 { UInt8(truncatingIfNeeded: packed >> UInt64(8 * k)) }
        guard bytes(0) == 0xED, (0xA0...0xAF).contains(bytes(1)), (0x80...0xBF).contains(bytes(2)),
              bytes(3) == 0xED, (0xB0...0xBF).contains(bytes(4)), (0x80...0xBF).contains(bytes(5))
        else { return nil }
        let high = 0xD000 | (UInt32(bytes(1) & 0x3F) << 6) | UInt32(bytes(2) & 0x3F)
        let low = 0xD000 | (UInt32(bytes(4) & 0x3F) << 6) | UInt32(bytes(5) & 0x3F)
        let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        guard Unicode.Scalar(value) != nil else { return nil }
        return ReassembledSequence(start: index, count: 6, decoded: value, isLossy: false, usedStandIn: false)
    }
}
