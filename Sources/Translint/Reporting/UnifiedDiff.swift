/// A unified diff of two texts by lines (Myers' O(ND) algorithm), for `translint fix --diff`.
/// Repairs touch few lines, so D stays small even for large files.
public enum UnifiedDiff {
    /// The diff from `old` to `new` with `context` lines around each hunk; "" when the texts are equal.
    public static func diff(_ old: String, _ new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        // Group edits into hunks with `context` lines around them.
        var i = 0
        while i < script.count {
            guard script[i].kind != .same else { i += 1; continue }
            var start = i
            var contextBefore = 0
            while start > 0, script[start - 1].kind == .same, contextBefore < context { start -= 1; contextBefore += 1 }
            var end = i
            var sameRun = 0
            while end < script.count {
                if script[end].kind == .same {
                    sameRun += 1
                    if sameRun > 2 * context { break }
                } else {
                    sameRun = 0
                }
                end += 1
            }
            end -= max(0, sameRun - context)
            let hunk = script[start..<end]
            let oldStart = hunk.first?.oldIndex ?? 0, newStart = hunk.first?.newIndex ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(oldStart + (oldCount > 0 ? 1 : 0)),\(oldCount) +\(newStart + (newCount > 0 ? 1 : 0)),\(newCount) @@\n"
            for op in hunk {
                switch op.kind {
                case .same: out += " " + a[op.oldIndex]
                case .delete: out += "-" + a[op.oldIndex]
                case .insert: out += "+" + b[op.newIndex]
                }
                if !(out.hasSuffix("\n")) { out += "\n\\ No newline at end of file\n" }
            }
            i = end
        }
        return out
    }

    /// Lines with their terminators kept.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for s in text.unicodeScalars {
            current.unicodeScalars.append(s)
            if s == "\n" { result.append(current); current = "" }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    struct Op {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    static func editScript(_ a: [String], _ b: [String]) -> [Op] {
        // Strip the common prefix and suffix first: the usual repair changes a few lines.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let aMid = Array(a[prefix..<(a.count - suffix)]), bMid = Array(b[prefix..<(b.count - suffix)])
        var ops: [Op] = (0..<prefix).map { Op(kind: .same, oldIndex: $0, newIndex: $0) }
        ops += myers(aMid, bMid).map { Op(kind: $0.kind, oldIndex: $0.oldIndex + prefix, newIndex: $0.newIndex + prefix) }
        for k in 0..<suffix {
            ops.append(Op(kind: .same, oldIndex: a.count - suffix + k, newIndex: b.count - suffix + k))
        }
        return ops
    }

    private static func myers(_ a: [String], _ b: [String]) -> [Op] {
        let n = a.count, m = b.count
        if n == 0 { return (0..<m).map { Op(kind: .insert, oldIndex: 0, newIndex: $0) } }
        if m == 0 { return (0..<n).map { Op(kind: .delete, oldIndex: $0, newIndex: 0) } }
        let maxD = n + m
        // Beyond a few thousand differing lines, a plain delete-all/insert-all is good enough.
        if maxD > 20_000 {
            return (0..<n).map { Op(kind: .delete, oldIndex: $0, newIndex: 0) } + (0..<m).map { Op(kind: .insert, oldIndex: n, newIndex: $0) }
        }
        var v = [Int](repeating: 0, count: 2 * maxD + 2)
        var trace: [[Int]] = []
        outer: for d in 0...maxD {
            trace.append(v)
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[maxD + k - 1] < v[maxD + k + 1]) { x = v[maxD + k + 1] } else { x = v[maxD + k - 1] + 1 }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[maxD + k] = x
                if x >= n && y >= m { trace.append(v); break outer }
                k += 2
            }
        }
        var ops: [Op] = []
        var x = n, y = m
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let vd = trace[d]
            let k = x - y
            let prevK: Int
            if k == -d || (k != d && vd[maxD + k - 1] < vd[maxD + k + 1]) { prevK = k + 1 } else { prevK = k - 1 }
            let prevX = vd[maxD + prevK], prevY = prevX - prevK
            while x > prevX && y > prevY { x -= 1; y -= 1; ops.append(Op(kind: .same, oldIndex: x, newIndex: y)) }
            if d > 0 {
                if x == prevX { y -= 1; ops.append(Op(kind: .insert, oldIndex: x, newIndex: y)) }
                else { x -= 1; ops.append(Op(kind: .delete, oldIndex: x, newIndex: y)) }
            }
        }
        while x > 0 && y > 0 { x -= 1; y -= 1; ops.append(Op(kind: .same, oldIndex: x, newIndex: y)) }
        return ops.reversed()
    }
}
