import Foundation
import Translint

/// `translint fix`: apply safe repairs.
enum FixCommand: Command {
    static let name = "fix"
    static let summary = "Repair what can be repaired safely (merged words, doubled articles, repeated lines, …)"
    static let help = """
    USAGE: translint fix [PATH…|-] [options]

    Prints the repaired text on stdout (or a unified diff with --diff, or rewrites the files
    with --in-place) and a summary of what changed on stderr. Only fixes marked safe are
    applied unless --unsafe is given. Text outside the repaired ranges is kept byte for byte
    (BOM and CRLF line ends included). Repairs run to a fixed point: fixing the output again
    changes nothing.
    Exit status: 0 on success, 2 on usage or input errors (nothing is written for that file).

    OPTIONS:
      --in-place             rewrite the files (atomically; permissions kept; unchanged files untouched;
                             a symbolic link stays a link and the file it points to is rewritten)
      --backup SUFFIX        with --in-place, keep the original as PATH+SUFFIX (beside the file
                             a link points to)
      --diff                 print a unified diff instead of the text
      --unsafe               also apply fixes not marked safe (at or above --min-confidence)
      --force                rewrite a file even if it was not valid UTF-8 (bad bytes become U+FFFD)
      --quiet                no summary on stderr
    \(AnalysisOptions.help)
    \(BatchMode.help)

    EXAMPLE:
      translint fix --lang fr article.txt > repaired.txt
      translint fix --in-place --backup .orig *.txt
    """

    static func run(_ arguments: [String]) -> Int32 {
        var args: Arguments
        let options: AnalysisOptions
        let inPlace, diff, unsafe, force, quiet: Bool
        let backup: String?
        let batch: Bool
        let jobs: Int?
        do {
            args = try Arguments(arguments, valueOptions: AnalysisOptions.valueOptions.union(["--backup", "--input", "--jobs"]))
            options = try AnalysisOptions(&args)
            inPlace = args.flag("--in-place", "-i")
            diff = args.flag("--diff")
            unsafe = args.flag("--unsafe")
            force = args.flag("--force")
            quiet = args.flag("--quiet", "-q")
            backup = try args.value("--backup")
            (batch, jobs) = try BatchMode.options(&args)
            try args.finish()
            if backup != nil && !inPlace { throw Arguments.UsageError(description: "--backup goes with --in-place") }
            if inPlace && diff { throw Arguments.UsageError(description: "--in-place and --diff exclude each other") }
            if inPlace && (args.positionals.isEmpty || args.positionals.contains("-")) {
                throw Arguments.UsageError(description: "--in-place needs file paths, not standard input")
            }
        } catch {
            return Console.usage("\(error)", command: name)
        }
        if let problem = AnalysisOptions.checkResources() { return Console.usage(problem, command: name) }
        let analyzer = options.analyzer()
        let policy: Repairer.Policy = unsafe ? .minimumConfidence(options.configuration.minimumConfidence) : .safeOnly
        let repairer = Repairer(analyzer: analyzer, policy: policy)
        if batch {
            return BatchMode.run(kind: .fix, paths: args.positionals, analyzer: analyzer, repairer: repairer, jobs: jobs)
        }
        var failed = false
        let ok = Inputs.each(args.positionals, command: name) { input in
            if case .invalidUTF8 = input.decoded.problem, !force, inPlace || !diff {
                Console.err("translint fix: \(Console.shown(input.path)): not rewritten: it is not valid UTF-8 and re-encoding would change bytes outside any fix (use --force)")
                if !inPlace { Console.out(String(decoding: input.bytes, as: UTF8.self)) }
                failed = true
                return
            }
            let result = repairer.repair(input.decoded.text)
            if !quiet {
                let counts = Dictionary(grouping: result.applied, by: { $0.finding.category }).mapValues(\.count)
                    .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
                Console.err("\(Console.shown(input.path)): \(result.applied.count) fix\(result.applied.count == 1 ? "" : "es") applied"
                            + (counts.isEmpty ? "" : " (\(counts))"))
            }
            if diff {
                Console.out(UnifiedDiff.diff(input.decoded.text, result.text,
                                             oldName: Console.shown("a" + (input.path.hasPrefix("/") ? "" : "/") + input.path),
                                             newName: Console.shown("b" + (input.path.hasPrefix("/") ? "" : "/") + input.path)))
            } else if inPlace {
                guard result.changed else { return }
                do {
                    try FileWriter.replace(path: input.path, with: FileWriter.encode(result.text, as: input.decoded.encoding),
                                           backupSuffix: backup)
                } catch {
                    Console.err("translint fix: \(Console.shown(input.path)): \(error)")
                    failed = true
                }
            } else if result.changed || input.decoded.roundTrips == false {
                Console.out(String(decoding: FileWriter.encode(result.text, as: .utf8), as: UTF8.self))
            } else {
                // Unchanged: write the input bytes back exactly.
                FileHandle.standardOutput.write(Data(input.bytes))
            }
        }
        return ok && !failed ? 0 : 2
    }
}
