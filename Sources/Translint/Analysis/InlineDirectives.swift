/// `translint-disable…` comments written in the text itself, and the post-filter that applies them.
///
/// Four directives, each optionally followed by rule ids or category names (separated by spaces
/// or commas; none means every rule):
///
/// - `translint-disable-next-line [id…]` hides findings that start on the next line;
/// - `translint-disable-line [id…]` hides findings that start on the directive's own line;
/// - `translint-disable [id…]` hides findings from the directive to the matching
///   `translint-enable [id…]` (or the end of the text).
///
/// A directive may stand on a line of its own in plain text, or sit in a Markdown/HTML comment
/// (`<!-- translint-disable merged-word -->`, also across lines) or a `/* … */` comment. Words
/// after the ids that are not ids end the list, so `translint-disable-line -- a name` works.
/// The directive itself never yields a finding: findings that touch the directive's comment (or,
/// in plain text, its whole line) are dropped.
///
/// The `Analyzer` applies this filter after running the rules when
/// `Configuration.honorsInlineDirectives` is true (the default).
public struct InlineDirectives: Sendable {
    /// One directive found in the text.
    public struct Directive: Sendable, Hashable {
        /// What the directive does.
        public enum Command: String, Sendable, Hashable, CaseIterable {
            /// Hides findings that start on the next line.
            case disableNextLine = "translint-disable-next-line"
            /// Hides findings that start on the directive's own line.
            case disableLine = "translint-disable-line"
            /// Hides findings from here to the matching `enable` or the end of the text.
            case disable = "translint-disable"
            /// Ends a `disable` region.
            case enable = "translint-enable"
        }

        /// What the directive does.
        public var command: Command
        /// Rule ids or category names; empty means every rule.
        public var ids: Set<String>
        /// The directive's own span: its comment, or its whole line in plain text.
        public var span: Range<Int>
        /// 0-based index of the line holding the directive keyword.
        public var line: Int
    }

    /// A scalar range where findings of some rules are hidden.
    struct Region: Sendable {
        var range: Range<Int>
        /// nil: every rule.
        var ids: Set<String>?
        /// Rules re-enabled inside an every-rule region.
        var except: Set<String> = []

        func hides(_ f: Finding) -> Bool {
            guard range.contains(f.range.lowerBound) else { return false }
            if except.contains(f.ruleID) || except.contains(f.category.rawValue) { return false }
            guard let ids else { return true }
            return ids.contains(f.ruleID) || ids.contains(f.category.rawValue)
        }
    }

    /// Every directive in the text, in order.
    public let directives: [Directive]
    let regions: [Region]

    /// Finds the directives in `text`.
    public init(text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// Finds the directives in a text given as Unicode scalars (offsets are scalar offsets).
    public init(scalars: [Unicode.Scalar]) {
        let lineStarts = InlineDirectives.lineStarts(scalars)
        func lineIndex(_ offset: Int) -> Int {
            var lo = 0, hi = lineStarts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
            }
            return lo
        }
        func lineRange(_ index: Int) -> Range<Int> {
            let start = lineStarts[index]
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : scalars.count
            return start..<end
        }

        var directives: [Directive] = []
        let prefix = Array("translint-".unicodeScalars)
        var i = 0
        while i + prefix.count <= scalars.count {
            guard scalars[i] == "t", InlineDirectives.matches(scalars, at: i, prefix),
                  i == 0 || !InlineDirectives.isIDScalar(scalars[i - 1]) else { i += 1; continue }
            // Longest command first: "translint-disable" is a prefix of the other two.
            let commands: [Directive.Command] = [.disableNextLine, .disableLine, .disable, .enable]
            guard let command = commands.first(where: { c in
                let word = Array(c.rawValue.unicodeScalars)
                let end = i + word.count
                return InlineDirectives.matches(scalars, at: i, word)
                    && (end == scalars.count || !InlineDirectives.isIDScalar(scalars[end]))
            }) else { i += 1; continue }
            let afterKeyword = i + command.rawValue.unicodeScalars.count
            let (ids, argumentsEnd) = InlineDirectives.readIDs(scalars, from: afterKeyword)
            let line = lineIndex(i)
            let span = InlineDirectives.commentSpan(scalars, around: i, argumentsEnd: argumentsEnd)
                ?? lineRange(line)
            directives.append(Directive(command: command, ids: ids, span: span, line: line))
            i = argumentsEnd
        }
        self.directives = directives

        var regions: [Region] = []
        var openAll: (start: Int, except: Set<String>)? = nil
        var openRules: [String: Int] = [:]
        for d in directives {
            switch d.command {
            case .disableLine:
                regions.append(Region(range: lineRange(d.line), ids: d.ids.isEmpty ? nil : d.ids))
            case .disableNextLine:
                // The line after the directive's span (a multi-line comment ends later).
                let next = lineIndex(max(d.span.upperBound - 1, d.span.lowerBound)) + 1
                if next < lineStarts.count {
                    regions.append(Region(range: lineRange(next), ids: d.ids.isEmpty ? nil : d.ids))
                }
            case .disable:
                if d.ids.isEmpty {
                    if openAll == nil { openAll = (d.span.upperBound, []) }
                } else {
                    for id in d.ids where openRules[id] == nil { openRules[id] = d.span.upperBound }
                    if var all = openAll { all.except.subtract(d.ids); openAll = all }
                }
            case .enable:
                if d.ids.isEmpty {
                    if let all = openAll {
                        regions.append(Region(range: all.start..<d.span.lowerBound, ids: nil, except: all.except))
                    }
                    openAll = nil
                    for (id, start) in openRules {
                        regions.append(Region(range: start..<d.span.lowerBound, ids: [id]))
                    }
                    openRules = [:]
                } else {
                    for id in d.ids {
                        if let start = openRules.removeValue(forKey: id) {
                            regions.append(Region(range: start..<d.span.lowerBound, ids: [id]))
                        }
                    }
                    if let all = openAll {
                        regions.append(Region(range: all.start..<d.span.lowerBound, ids: nil, except: all.except))
                        openAll = (d.span.upperBound, all.except.union(d.ids))
                    }
                }
            }
        }
        if let all = openAll {
            regions.append(Region(range: all.start..<max(all.start, scalars.count), ids: nil, except: all.except))
        }
        for (id, start) in openRules {
            regions.append(Region(range: start..<max(start, scalars.count), ids: [id]))
        }
        self.regions = regions
    }

    /// The findings that no directive hides and that do not touch a directive.
    public func filter(_ findings: [Finding]) -> [Finding] {
        guard !directives.isEmpty else { return findings }
        return findings.filter { f in
            if directives.contains(where: { $0.span.overlaps(f.range) }) { return false }
            return !regions.contains { $0.hides(f) }
        }
    }

    // MARK: Scanning helpers

    static func lineStarts(_ scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        var k = 0
        while k < scalars.count {
            let s = scalars[k]
            if s == "\r", k + 1 < scalars.count, scalars[k + 1] == "\n" { k += 1 }
            if s == "\n" || s == "\r" { starts.append(k + 1) }
            k += 1
        }
        if starts.last == scalars.count, starts.count > 1 { starts.removeLast() }
        return starts
    }

    static func matches(_ scalars: [Unicode.Scalar], at i: Int, _ word: [Unicode.Scalar]) -> Bool {
        guard i + word.count <= scalars.count else { return false }
        for k in 0..<word.count where scalars[i + k] != word[k] { return false }
        return true
    }

    static func isIDScalar(_ s: Unicode.Scalar) -> Bool {
        (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "-" || s == "_"
    }

    /// Reads ids after a keyword up to the end of the line, a comment end or a non-id word.
    static func readIDs(_ scalars: [Unicode.Scalar], from start: Int) -> (Set<String>, Int) {
        var ids = Set<String>()
        var k = start
        var end = start
        while k < scalars.count {
            let s = scalars[k]
            if s == "\n" || s == "\r" { break }
            if s == " " || s == "\t" || s == "," { k += 1; continue }
            if s == "-", k + 2 < scalars.count, scalars[k + 1] == "-", scalars[k + 2] == ">" { break }
            if s == "*", k + 1 < scalars.count, scalars[k + 1] == "/" { break }
            var word = ""
            var j = k
            while j < scalars.count, isIDScalar(scalars[j]) { word.unicodeScalars.append(scalars[j]); j += 1 }
            let idLike = !word.isEmpty && word.first!.isLetter && word.last! != "-"
                && word == word.lowercased() && (j == scalars.count || " \t,\r\n*-".unicodeScalars.contains(scalars[j]))
            guard idLike else { break }
            ids.insert(word)
            k = j
            end = j
        }
        return (ids, max(end, start))
    }

    /// The `<!-- … -->` or `/* … */` comment around offset `i`, when there is one.
    static func commentSpan(_ scalars: [Unicode.Scalar], around i: Int, argumentsEnd: Int) -> Range<Int>? {
        for (open, close) in [("<!--", "-->"), ("/*", "*/")] {
            let o = Array(open.unicodeScalars), c = Array(close.unicodeScalars)
            var k = i - o.count
            var start: Int? = nil
            while k >= 0 {
                if matches(scalars, at: k, c) { break }
                if matches(scalars, at: k, o) { start = k; break }
                k -= 1
            }
            guard let start else { continue }
            var e = argumentsEnd
            while e + c.count <= scalars.count {
                if matches(scalars, at: e, c) { return start..<(e + c.count) }
                e += 1
            }
        }
        return nil
    }
}
