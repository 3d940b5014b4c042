import Foundation
import Translint

/// `translint init`: write a default `.translint.json`.
enum InitCommand: Command {
    static let name = "init"
    static let summary = "Write a default .translint.json configuration in the working directory"
    static let help = """
    USAGE: translint init [--force] [--output FILE]

    Writes .translint.json with every setting at its default. JSON has no comments, so each key
    is explained by a sibling key starting with "_" ("_comment", "_rules", …): translint ignores
    keys starting with an underscore anywhere in the file. Every other unknown key is an error
    that names its JSON path, so a typo never silently turns a setting off.

    check, score and fix read the nearest .translint.json from the working directory upward
    (or --config FILE; --no-config ignores it). Command-line options override the file.

    KEYS:
      version                1
      language               "auto" or fr, es, it, pt, de, en
      rules                  {"enable": [RULE…], "disable": [RULE…]}
      min_confidence         0…1 (default 0.5)
      rule_min_confidence    {"RULE": 0.7, …}
      verdict                {"suspect": 8, "garbled": 15}
      extra_words            {"fr": ["Iakoutsk", …]} (Zipf 3.0), {"fr": {"Iakoutsk": 3.5}}, or
                             {"fr": "words-fr.txt"} (one word per line, optionally word<TAB>zipf)
      extra_gazetteer        {"fr": [{"name", "kind", "gender" m|f, "number" s|p, "article",
                             "locative", "aliases": […]}]}

    OPTIONS:
      --output FILE          write to FILE instead of .translint.json
      --force                overwrite an existing file

    EXAMPLE:
      translint init && translint check article.txt
    """

    static func run(_ arguments: [String]) -> Int32 {
        var args: Arguments
        let output: String
        let force: Bool
        do {
            args = try Arguments(arguments, valueOptions: ["--output"])
            output = try args.value("--output") ?? ConfigurationFile.fileName
            force = args.flag("--force")
            try args.finish()
            guard args.positionals.isEmpty else { throw Arguments.UsageError(description: "takes no paths") }
        } catch {
            return Console.usage("\(error)", command: name)
        }
        if FileManager.default.fileExists(atPath: output), !force {
            return Console.usage("\(output) already exists (use --force to overwrite)", command: name)
        }
        do {
            try Data(ConfigurationFile.defaultContents.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
            return Console.usage("cannot write \(output): \(error.localizedDescription)", command: name)
        }
        Console.err("wrote \(output)")
        return 0
    }
}
