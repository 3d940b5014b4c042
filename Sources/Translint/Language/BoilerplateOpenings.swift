/// The literal openings a boilerplate line can start with, read off the patterns' regular
/// expressions ("Lire aussi", "NEXT", "Partager", one of "-–—•"…). Almost every line of prose
/// starts with none of them, so the rule skips the ICU match, which costs far more than this
/// check, for those lines.
///
/// The reader knows only the syntax the pattern files use (literals, `(?:…)`, `|`, classes,
/// `.`, `\s`-like escapes, quantifiers). On anything else it gives up and admits every line, so
/// it can only ever let through lines the expressions then reject, never drop a match.
struct BoilerplateOpenings: Sendable {
    /// Openings by their first scalar.
    private let byFirst: [Unicode.Scalar: [[Unicode.Scalar]]]

    /// Nil when some pattern could start with anything (or with nothing), or uses syntax the
    /// reader does not know.
    init?(patterns: [String], depth: Int = 8) {
        var all: Set<Opening> = []
        for pattern in patterns {
            var reader = Reader(Array(pattern.unicodeScalars), depth: depth)
            guard let openings = try? reader.whole(), !openings.contains(where: { $0.scalars.isEmpty }) else {
                return nil
            }
            all.formUnion(openings)
            if all.count > 50_000 { return nil }
        }
        var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
        for opening in all { byFirst[opening.scalars[0], default: []].append(opening.scalars) }
        self.byFirst = byFirst
    }

    /// False when no pattern can match a line made of these scalars.
    func admits(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = line.first, let candidates = byFirst[first] else { return false }
        for opening in candidates where opening.count <= line.count {
            if line.starts(with: opening) { return true }
        }
        return false
    }
}

/// A string every match of an expression starts with. `complete` says it is the whole match,
/// so what follows the expression may extend it.
private struct Opening: Hashable {
    var scalars: [Unicode.Scalar]
    var complete: Bool
}

private struct Unsupported: Error {}

/// Recursive descent over a pattern, returning the openings of what it parses, cut to `depth`.
private struct Reader {
    let p: [Unicode.Scalar]
    let depth: Int
    var i = 0
    /// False while reading past the depth or past an open-ended item: the reader then only
    /// checks the syntax, without building openings nobody will use.
    var building = true

    init(_ p: [Unicode.Scalar], depth: Int) {
        self.p = p
        self.depth = depth
    }

    static let anything: [Opening] = [Opening(scalars: [], complete: false)]
    static let nothing: [Opening] = [Opening(scalars: [], complete: true)]

    mutating func whole() throws -> [Opening] {
        let result = try alternation()
        guard i == p.count else { throw Unsupported() }
        return result
    }

    mutating func alternation() throws -> [Opening] {
        var result = try sequence()
        while i < p.count, p[i] == "|" {
            i += 1
            result += try sequence()
        }
        return result
    }

    mutating func sequence() throws -> [Opening] {
        var current = Reader.nothing
        var open = building     // some opening is still complete, so the next item extends it
        while i < p.count, p[i] != "|", p[i] != ")" {
            let outer = building
            building = open
            let item = try quantified(try atom())
            building = outer
            guard open else { continue }
            current = concatenate(current, item)
            if current.count > 50_000 { throw Unsupported() }
            open = current.contains(where: \.complete)
        }
        return current
    }

    func concatenate(_ heads: [Opening], _ tails: [Opening]) -> [Opening] {
        var result: [Opening] = []
        for head in heads {
            guard head.complete, head.scalars.count < depth else {
                result.append(Opening(scalars: head.scalars, complete: false))
                continue
            }
            for tail in tails {
                let joined = head.scalars + tail.scalars
                if joined.count > depth {
                    result.append(Opening(scalars: Array(joined.prefix(depth)), complete: false))
                } else {
                    result.append(Opening(scalars: joined, complete: tail.complete))
                }
            }
        }
        return result
    }

    mutating func atom() throws -> [Opening] {
        let c = p[i]
        i += 1
        switch c {
        case "(":
            if i < p.count, p[i] == "?" {
                guard i + 1 < p.count, p[i + 1] == ":" else { throw Unsupported() }
                i += 2
            }
            let inner = try alternation()
            guard i < p.count, p[i] == ")" else { throw Unsupported() }
            i += 1
            return inner
        case "[":
            return try characterClass()
        case ".":
            return Reader.anything
        case "\\":
            guard i < p.count else { throw Unsupported() }
            let e = p[i]
            i += 1
            if "sSdDwW".unicodeScalars.contains(e) { return Reader.anything }
            guard e.isASCII, !e.properties.isAlphabetic, !("0"..."9").contains(e) else { throw Unsupported() }
            return building ? [Opening(scalars: [e], complete: true)] : Reader.nothing
        case "^", "$", "*", "+", "?", "{", "}", "]":
            throw Unsupported()
        default:
            return building ? [Opening(scalars: [c], complete: true)] : Reader.nothing
        }
    }

    /// A bracketed class: its members when they are plain scalars, anything otherwise.
    mutating func characterClass() throws -> [Opening] {
        var members: [Unicode.Scalar] = []
        var any = false
        if i < p.count, p[i] == "^" { any = true; i += 1 }
        if i < p.count, p[i] == "]" { throw Unsupported() }
        while true {
            guard i < p.count else { throw Unsupported() }
            var c = p[i]
            i += 1
            if c == "]" { break }
            if c == "[" { throw Unsupported() }
            if c == "&" { any = true; continue }
            if c == "\\" {
                guard i < p.count else { throw Unsupported() }
                let e = p[i]
                i += 1
                if "sSdDwW".unicodeScalars.contains(e) { any = true; continue }
                guard e.isASCII, !e.properties.isAlphabetic, !("0"..."9").contains(e) else { throw Unsupported() }
                c = e
            }
            if i + 1 < p.count, p[i] == "-", p[i + 1] != "]" {
                let upper = p[i + 1]
                guard upper != "\\", upper != "[", c.value <= upper.value else { throw Unsupported() }
                i += 2
                if upper.value - c.value > 256 { any = true; continue }
                members += (c.value...upper.value).compactMap(Unicode.Scalar.init)
            } else {
                members.append(c)
            }
        }
        if any || !building { return Reader.anything }
        return members.map { Opening(scalars: [$0], complete: true) }
    }

    /// Applies a quantifier following an atom, if any.
    mutating func quantified(_ atom: [Opening]) throws -> [Opening] {
        guard i < p.count else { return atom }
        var least = 1, most: Int? = 1
        switch p[i] {
        case "?": least = 0; most = 1; i += 1
        case "*": least = 0; most = nil; i += 1
        case "+": least = 1; most = nil; i += 1
        case "{":
            i += 1
            var numbers: [Int?] = [nil]
            while i < p.count, p[i] != "}" {
                let c = p[i]
                i += 1
                if c == "," { numbers.append(nil); continue }
                guard let d = Int(String(c)) else { throw Unsupported() }
                numbers[numbers.count - 1] = (numbers[numbers.count - 1] ?? 0) * 10 + d
            }
            guard i < p.count, numbers.count <= 2, let m = numbers[0] else { throw Unsupported() }
            i += 1
            least = m
            most = numbers.count == 1 ? m : numbers[1]
        default:
            return atom
        }
        if i < p.count, p[i] == "?" || p[i] == "+" { i += 1 }   // lazy or possessive
        if let most, most < least { throw Unsupported() }
        if most == 0 { return Reader.nothing }
        // Once the atom may repeat, what follows its first match is unknown.
        var result = most == 1 ? atom : atom.map { Opening(scalars: $0.scalars, complete: false) }
        if least == 0 { result += Reader.nothing }
        return result
    }
}
