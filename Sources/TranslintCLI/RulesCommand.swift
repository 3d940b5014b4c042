import Translint

/// `translint rules`: the catalogue.
enum RulesCommand: Command {
    static let name = "rules"
    static let summary = "List the rules: id, category, languages, summary"
    static let help = """
    USAGE: translint rules

    Lists every rule with its category, the languages it runs on and a one-line summary.
    Rules marked (off) run only with --enable.

    EXAMPLE:
      translint rules
      translint explain merged-word
    """

    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.isEmpty else { return Console.usage("takes no arguments", command: name) }
        let descriptions = RuleRegistry.descriptions
        let width = descriptions.map(\.id.count).max() ?? 10
        let categoryWidth = descriptions.map(\.category.rawValue.count).max() ?? 10
        for d in descriptions {
            let id = d.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let category = d.category.rawValue.padding(toLength: categoryWidth, withPad: " ", startingAt: 0)
            let languages = d.languages.sorted().map(\.rawValue).joined(separator: ",")
            Console.out("\(id)  \(category)  \(languages.padding(toLength: 17, withPad: " ", startingAt: 0))  \(d.summary)\(d.isEnabledByDefault ? "" : " (off)")\n")
        }
        return 0
    }
}

/// `translint explain RULE`: a rule's description and examples.
enum ExplainCommand: Command {
    static let name = "explain"
    static let summary = "Explain a rule: what it finds, how it decides, examples"
    static let help = """
    USAGE: translint explain RULE

    EXAMPLE:
      translint explain merged-word
    """

    static func run(_ arguments: [String]) -> Int32 {
        guard arguments.count == 1 else { return Console.usage("takes one rule id (see `translint rules`)", command: name) }
        guard let rule = RuleRegistry.rule(id: arguments[0]) else {
            return Console.usage("unknown rule '\(arguments[0])' (see `translint rules`)", command: name)
        }
        let d = type(of: rule).description
        var out = "\(d.name) (\(d.id))\ncategory: \(d.category)\n"
        out += "languages: \(d.languages.sorted().map(\.rawValue).joined(separator: ", "))\n"
        out += "enabled by default: \(d.isEnabledByDefault ? "yes" : "no")\n\n\(d.summary)\n\n\(d.rationale)\n"
        for (language, reason) in d.notApplicable.sorted(by: { $0.key < $1.key }) {
            out += "\nNot applied to \(language.englishName): \(reason)\n"
        }
        out += "\nTriggers on (⟦ ⟧ marks the finding):\n"
        for e in d.triggering {
            out += "  [\(e.language.rawValue)] \(e.text.replacingOccurrences(of: "\n", with: "⏎"))\n"
            if let fixed = e.fixed { out += "       → \(fixed.replacingOccurrences(of: "\n", with: "⏎"))\n" }
        }
        out += "\nDoes not trigger on:\n"
        for e in d.nonTriggering {
            out += "  [\(e.language.rawValue)] \(e.text.replacingOccurrences(of: "\n", with: "⏎"))\n"
        }
        Console.out(out)
        return 0
    }
}
