import Foundation
import Translint

/// `translint`: parses the subcommand and hands over; all logic lives in the library.
let commands: [any Command.Type] = [
    CheckCommand.self, FixCommand.self, ScoreCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self,
    BenchCommand.self, GarbleCommand.self,
]

@MainActor func mainHelp() -> String {
    var out = """
    translint \(Translint.version): finds the damage machine translation does to text, scores it, repairs it

    USAGE: translint COMMAND [options] [PATH…]

    COMMANDS:

    """
    let width = commands.map { $0.name.count }.max() ?? 8
    for c in commands { out += "  \(c.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(c.summary)\n" }
    out += """

    Run `translint COMMAND --help` for a command's options and an example.
    EXAMPLE:
      translint check --lang fr Corpora/in-the-wild/seed-article-fr.txt

    """
    return out
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let first = arguments.first else {
    Console.out(mainHelp())
    exit(2)
}
if first == "--help" || first == "-h" || first == "help" {
    if arguments.count > 1, let c = commands.first(where: { $0.name == arguments[1] }) { Console.out(c.help + "\n") }
    else { Console.out(mainHelp()) }
    exit(0)
}
if first == "--version" || first == "version" {
    Console.out("translint \(Translint.version)\n")
    exit(0)
}
guard let command = commands.first(where: { $0.name == first }) else {
    exit(Console.usage("unknown command '\(first)' (see `translint --help`)"))
}
arguments.removeFirst()
if arguments.contains("--help") || arguments.contains("-h") {
    Console.out(command.help + "\n")
    exit(0)
}
exit(command.run(arguments))
