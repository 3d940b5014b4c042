/// Renders a review report as one self-contained HTML page: inline CSS, no script, no network,
/// no external assets. For each document: the garble score and verdict, the probable source
/// language with its evidence, a per-category summary, the text with every finding highlighted
/// in place (a colour per category; hovering shows the message and the proposed fix), and the
/// list of findings under it. Every piece of the text and of the messages is escaped.
public enum HTMLReporter {
    /// Background and accent colours per category (light background for the highlight, a darker
    /// accent for the underline, chips and bars).
    public static func colors(_ category: Category) -> (background: String, accent: String) {
        switch category {
        case .mergedWord: return ("#ffd6d6", "#c62828")
        case .strayArticle: return ("#ffe0b2", "#e65100")
        case .doubledArticle: return ("#fff3b0", "#b38f00")
        case .redundantPronoun: return ("#e1f5c4", "#558b2f")
        case .wrongPronoun: return ("#c8f0e0", "#00796b")
        case .missingArticle: return ("#d0ecff", "#1565c0")
        case .missingHyphen: return ("#dcd6ff", "#4527a0")
        case .capitalization: return ("#f3d1f4", "#8e24aa")
        case .literalTranslation: return ("#ffd1e6", "#ad1457")
        case .duplicateLine: return ("#e0e0e0", "#424242")
        case .unbalancedQuotes: return ("#d7f7f5", "#00838f")
        case .leakedBoilerplate: return ("#e8ddd3", "#6d4c41")
        case .untranslatedFragment: return ("#ffe4c4", "#bf360c")
        case .mojibake: return ("#f0f4c3", "#827717")
        case .spacing: return ("#dfe7ee", "#37474f")
        default: return ("#eeeeee", "#616161")
        }
    }

    /// Escapes text for HTML content and attribute values. C0 controls other than tab and line
    /// ends are shown as their Control Pictures symbol, C1 controls (not allowed in HTML) as U+FFFD.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 { out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!) }
                else if scalar.value == 0x7F { out += "\u{2421}" }
                else if (0x80...0x9F).contains(scalar.value) { out += "\u{FFFD}" }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    static func css(for categories: [Category]) -> String {
        var rules = categories.map { c -> String in
            let (bg, accent) = colors(c)
            let cls = className(c)
            return ".\(cls){background:\(bg);border-bottom-color:\(accent)}.chip.\(cls){border-left-color:\(accent)}.bar.\(cls)>span{background:\(accent)}"
        }
        rules.insert(baseCSS, at: 0)
        return rules.joined(separator: "\n")
    }

    static func className(_ c: Category) -> String {
        "c-" + String(c.rawValue.unicodeScalars.map { ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) ? Character($0) : "-" })
    }

    static let baseCSS = """
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1d1d1f;background:#f4f5f7}
    header.top{background:#20232a;color:#fff;padding:14px 28px}
    header.top h1{margin:0;font-size:20px;font-weight:600}
    header.top p{margin:2px 0 0;color:#b8bcc4;font-size:13px}
    main{max-width:1180px;margin:0 auto;padding:18px 24px 40px}
    section.doc{background:#fff;border:1px solid #dde1e6;border-radius:8px;margin:0 0 28px;padding:18px 22px}
    section.doc h2{margin:0 0 12px;font-size:17px;word-break:break-all}
    .overview{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start;margin-bottom:14px}
    .card{border:1px solid #e3e6ea;border-radius:6px;padding:10px 14px;background:#fafbfc}
    .score{min-width:190px}
    .score .num{font-size:34px;font-weight:700;line-height:1.1}
    .score .meter{height:8px;background:#e6e8eb;border-radius:4px;margin:6px 0 4px;overflow:hidden}
    .score .meter span{display:block;height:100%}
    .verdict{display:inline-block;padding:1px 9px;border-radius:10px;font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:#fff}
    .v-clean{background:#2e7d32}.v-suspect{background:#ef8f00}.v-garbled{background:#c62828}
    .meta{font-size:13px;color:#555}
    .hint{flex:1;min-width:300px;font-size:13px}
    .hint b{font-size:14px}
    .hint ul{margin:4px 0 0;padding-left:18px}
    table{border-collapse:collapse;font-size:13px}
    .summary td,.summary th{padding:2px 8px;text-align:left}
    .summary td.n{text-align:right;font-variant-numeric:tabular-nums}
    .bar{display:inline-block;width:120px;height:9px;background:#eef0f2;border-radius:3px;vertical-align:middle;overflow:hidden}
    .bar>span{display:block;height:100%}
    .chip{display:inline-block;border-left:4px solid #999;padding:0 6px;border-radius:2px;white-space:nowrap}
    .legend{display:flex;flex-wrap:wrap;gap:6px 12px;font-size:12px;margin:6px 0 16px}
    .text{white-space:pre-wrap;word-wrap:break-word;font:15px/1.75 Georgia,"Times New Roman",serif;border:1px solid #e3e6ea;border-radius:6px;padding:14px 18px;background:#fff;margin:10px 0 14px}
    mark{color:inherit;border-bottom:2px solid #999;border-radius:2px;padding:0;position:relative;cursor:help}
    mark sup{font:600 9px/1 Arial,sans-serif;color:#555;margin-left:1px}
    mark:hover{outline:2px solid rgba(0,0,0,.35)}
    mark:hover::after{content:attr(data-tip);position:absolute;left:0;top:100%;margin-top:4px;z-index:10;width:max-content;max-width:380px;white-space:pre-wrap;background:#20232a;color:#fff;font:12px/1.45 -apple-system,"Segoe UI",Arial,sans-serif;padding:7px 9px;border-radius:5px;box-shadow:0 3px 10px rgba(0,0,0,.25)}
    .findings{width:100%}
    .findings th{background:#f0f2f4;text-align:left;padding:5px 8px;font-weight:600;border-bottom:1px solid #dde1e6}
    .findings td{padding:5px 8px;border-bottom:1px solid #eef0f2;vertical-align:top}
    .findings td.q{font-family:Georgia,serif;max-width:260px;word-wrap:break-word}
    .findings tr:target{background:#fffbd6}
    .muted{color:#777}
    .frag{background:#f4f5f7;border:1px solid #e0e3e7;border-radius:3px;padding:0 4px;font-family:Georgia,"Times New Roman",serif;white-space:pre-wrap}
    .unsafe{color:#a15c00;font-size:11px}
    .none{color:#2e7d32;font-weight:600}
    """

    /// The page for these documents.
    public static func render(_ documents: [ReportedDocument], title: String = "Translint review") -> String {
        var used = Set<Category>()
        for d in documents { for f in d.report.findings { used.insert(f.category) } }
        let legendCategories = Category.known.filter { used.contains($0) } + used.filter { !Category.known.contains($0) }.sorted()
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(css(for: Category.known + used.filter { !Category.known.contains($0) }.sorted()))
        </style></head><body>
        <header class="top"><h1>\(escape(title))</h1><p>translint \(escape(Translint.version)) · \(documents.count) document\(documents.count == 1 ? "" : "s") · hover a highlight for the message and the proposed fix</p></header>
        <main>

        """
        if !legendCategories.isEmpty {
            out += "<div class=\"legend\" aria-label=\"legend\">"
            for c in legendCategories { out += "<span class=\"chip \(className(c))\">\(escape(c.rawValue))</span>" }
            out += "</div>\n"
        }
        for (index, d) in documents.enumerated() { out += document(d, index: index + 1) }
        out += "</main></body></html>\n"
        return out
    }

    static func document(_ d: ReportedDocument, index: Int) -> String {
        let report = d.report
        let scalars = Array(d.source.unicodeScalars)
        let position = TextPosition(d.source)
        let id = "d\(index)"
        var out = "<section class=\"doc\" id=\"\(id)\">\n<h2>\(escape(d.path))</h2>\n<div class=\"overview\">\n"
        let verdict = report.verdict.rawValue
        let meterColor = report.verdict == .clean ? "#2e7d32" : report.verdict == .suspect ? "#ef8f00" : "#c62828"
        out += """
        <div class="card score"><div class="muted">garble score</div><div class="num">\(format(report.garbleScore))<span class="muted" style="font-size:15px"> / 100</span></div>
        <div class="meter"><span style="width:\(format(min(max(report.garbleScore, 0), 100)))%;background:\(meterColor)"></span></div>
        <span class="verdict v-\(verdict)">\(verdict)</span>
        <div class="meta">\(escape(report.language.englishName))\(report.languageWasGuessed ? " (guessed)" : "") · \(report.wordCount) words · \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s")</div></div>

        """
        // Per-category summary.
        let counts = report.countsByCategory.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        out += "<div class=\"card\"><div class=\"muted\">findings per category</div>"
        if counts.isEmpty {
            out += "<div class=\"none\">nothing found</div>"
        } else {
            let maxCount = counts.map(\.value).max() ?? 1
            out += "<table class=\"summary\">"
            for (c, n) in counts {
                out += "<tr><td><span class=\"chip \(className(c))\">\(escape(c.rawValue))</span></td><td class=\"n\">\(n)</td>"
                out += "<td><span class=\"bar \(className(c))\"><span style=\"width:\(format(100 * Double(n) / Double(maxCount)))%\"></span></span></td></tr>"
            }
            out += "</table>"
        }
        out += "</div>\n"
        // Source-language hint.
        out += "<div class=\"card hint\"><div class=\"muted\">probable source language</div>"
        if let hint = report.sourceLanguageHint {
            out += "<b>\(escape(hint.language.englishName))</b> <span class=\"muted\">(confidence \(String(format: "%.2f", hint.confidence)))</span><ul>"
            for e in hint.evidence.prefix(8) {
                let (line, column) = position.lineColumn(e.range.lowerBound)
                out += "<li><span class=\"muted\">\(line):\(column)</span> \(escape(e.kind.rawValue)) \(fragment(Reporters.visible(e.text), limit: 60)): \(escape(e.explanation))</li>"
            }
            if hint.evidence.count > 8 { out += "<li class=\"muted\">… \(hint.evidence.count - 8) more</li>" }
            out += "</ul>"
        } else {
            out += "<span class=\"muted\">not enough evidence</span>"
        }
        out += "</div>\n</div>\n"

        // The text with highlights: cut at every finding boundary; each piece covered by findings
        // is one <mark> in the colour of the first finding covering it.
        let findings = report.findings
        var tips: [String] = []
        for (n, f) in findings.enumerated() {
            var tip = "#\(n + 1) \(f.category) [\(f.ruleID)]\n\(f.message)"
            if let fix = f.fixes.first {
                tip += "\nfix\(fix.isSafe ? "" : " (unsafe)"): «\(Reporters.visible(Reporters.applied(fix, scalars: scalars, span: f.range)))»"
            }
            tip += "\nconfidence \(String(format: "%.2f", f.confidence))"
            tips.append(tip)
        }
        var cuts = Set([0, scalars.count])
        for f in findings {
            let r = f.range.clamped(to: 0..<scalars.count)
            cuts.insert(r.lowerBound)
            cuts.insert(r.upperBound)
        }
        let sortedCuts = cuts.sorted()
        out += "<div class=\"text\">"
        for k in 0..<(sortedCuts.count - 1) {
            let piece = sortedCuts[k]..<sortedCuts[k + 1]
            guard !piece.isEmpty else { continue }
            let covering = findings.indices.filter { findings[$0].range.lowerBound <= piece.lowerBound && findings[$0].range.upperBound >= piece.upperBound }
            var body = piece
            while body.count > 1, scalars[body.upperBound - 1] == "\n" || scalars[body.upperBound - 1] == "\r" {
                body = body.lowerBound..<(body.upperBound - 1)
            }
            let text = escape(Reporters.slice(scalars, body))
            let trailing = escape(Reporters.slice(scalars, body.upperBound..<piece.upperBound))
            guard !covering.isEmpty else { out += text + trailing; continue }
            // The innermost finding gives the colour (a calque inside a repeated line shows as a calque).
            let inner = covering.min { findings[$0].range.count < findings[$1].range.count }!
            let tip = covering.map { tips[$0] }.joined(separator: "\n\n")
            out += "<mark class=\"\(className(findings[inner].category))\" data-tip=\"\(escape(tip))\">\(text)"
            for n in covering where findings[n].range.upperBound == piece.upperBound {
                out += "<sup>\(n + 1)</sup>"
            }
            out += "</mark>" + trailing
        }
        out += "</div>\n"

        // The list of findings.
        if findings.isEmpty {
            out += "<p class=\"none\">No findings.</p>\n"
        } else {
            out += "<table class=\"findings\"><thead><tr><th>#</th><th>line:col</th><th>category</th><th>found</th><th>message</th><th>proposed fix</th><th>conf.</th></tr></thead><tbody>\n"
            for (n, f) in findings.enumerated() {
                let (line, column) = position.lineColumn(f.range.lowerBound)
                var fix = "<span class=\"muted\">—</span>"
                if let first = f.fixes.first {
                    let result = Reporters.visible(Reporters.applied(first, scalars: scalars, span: f.range))
                    fix = result.isEmpty ? "<span class=\"muted\">(delete)</span>" : fragment(result, limit: 140)
                    if !first.isSafe { fix += " <span class=\"unsafe\">unsafe</span>" }
                }
                out += "<tr id=\"\(id)-f\(n + 1)\"><td>\(n + 1)</td><td>\(line):\(column)</td>"
                out += "<td><span class=\"chip \(className(f.category))\">\(escape(f.category.rawValue))</span>"
                if f.ruleID != f.category.rawValue { out += "<br><span class=\"muted\">\(escape(f.ruleID))</span>" }
                out += "</td><td class=\"q\">\(fragment(Reporters.visible(Reporters.slice(scalars, f.range)), limit: 140))</td>"
                out += "<td>\(escape(f.message))</td><td class=\"q\">\(fix)</td><td>\(String(format: "%.2f", f.confidence))</td></tr>\n"
            }
            out += "</tbody></table>\n"
        }
        out += "</section>\n"
        return out
    }

    /// A quoted piece of the text, shortened to `limit` characters.
    static func fragment(_ s: String, limit: Int) -> String {
        let shown = s.count > limit ? String(s.prefix(limit - 1)) + "…" : s
        return "<span class=\"frag\">\(escape(shown))</span>"
    }

    static func format(_ d: Double) -> String {
        d == d.rounded() ? String(Int(d)) : String(format: "%.1f", d)
    }
}
