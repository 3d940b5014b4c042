import Foundation
import Translint

/// `translint garble`: makes a labeled synthetic corpus from clean text.
enum GarbleCommand: Command {
    static let name = "garble"
    static let summary = "Inject MT artifacts into clean text and write a labeled JSONL corpus"
    static let help = """
    USAGE: translint garble --lang L --seed N [--rate R] [--kinds K,...] [--id-prefix P]
                            [--clean-share S] [--source TEXT] [--license TEXT] [FILE] > corpus.jsonl

    Reads plain text (FILE or standard input; paragraphs separated by blank lines, or one per
    line), groups paragraphs into documents of about 100–300 words and injects the artifacts an
    MT pipeline produces, each labeled with its exact span and fix. Writes one corpus document
    per line (the format of Corpora/README.md). The same input, options and seed give the same
    bytes.

    OPTIONS:
      --lang L           Language of the input (fr, es, it, pt, de, en)
      --seed N           Seed of the pseudo-random generator (a whole number)
      --rate R           Probability per eligible site before per-kind weights (default 0.07)
      --kinds K,...      Only these kinds: \(GarbleKind.allCases.map(\.rawValue).joined(separator: ", "))
      --id-prefix P      Document ids P-0001, P-0002, … (default <lang>-synth)
      --clean-share S    Share of documents left clean, garbled: false (default 0.2)
      --source TEXT      The "source" field (default: the command line)
      --license TEXT     The "license" field (default: "inherited from the input text")

    EXAMPLE:
      translint garble --lang fr --seed 1 < Corpora/sources/fr-garbler-input.txt > fr-synthetic.jsonl
    """

    static func run(_ arguments: [String]) -> Int32 {
        var options: Garbler.Options
        var input: String
        do {
            var args = try Arguments(arguments, valueOptions: ["--lang", "--seed", "--rate", "--kinds", "--id-prefix",
                                                               "--clean-share", "--source", "--license"])
            if args.flag("--help", "-h") { Console.out(help + "\n"); return 0 }
            guard let code = try args.value("--lang") else { throw Arguments.UsageError(description: "--lang is required") }
            guard let language = Language(rawValue: code.lowercased()) else {
                throw Arguments.UsageError(description: "--lang takes one of \(Language.allCases.map(\.rawValue).joined(separator: ", ")), not '\(code)'")
            }
            guard let seedText = try args.value("--seed") else { throw Arguments.UsageError(description: "--seed is required") }
            guard let seed = UInt64(seedText) else {
                throw Arguments.UsageError(description: "--seed takes a whole number ≥ 0, not '\(seedText)'")
            }
            options = Garbler.Options(language: language, seed: seed)
            options.rate = try args.double("--rate", in: 0...1) ?? options.rate
            options.cleanShare = try args.double("--clean-share", in: 0...1) ?? options.cleanShare
            let kinds = try args.values("--kinds")
            if !kinds.isEmpty {
                options.kinds = []
                for k in kinds {
                    guard let kind = GarbleKind(rawValue: k) else {
                        throw Arguments.UsageError(description: "--kinds: no kind '\(k)' (kinds: \(GarbleKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    options.kinds.insert(kind)
                }
            }
            options.idPrefix = try args.value("--id-prefix")
            let source = try args.value("--source")
            options.license = try args.value("--license") ?? options.license
            try args.finish()
            guard args.positionals.count <= 1 else { throw Arguments.UsageError(description: "give at most one input file") }
            let file = args.positionals.first
            options.source = source ?? "synthetic: translint garble --lang \(language.rawValue) --seed \(seed) --rate \(options.rate)"
                + (kinds.isEmpty ? "" : " --kinds \(kinds.joined(separator: ","))")
                + (file.map { " \(($0 as NSString).lastPathComponent)" } ?? "")
            let data: Data?
            if let file, file != "-" { data = FileManager.default.contents(atPath: file) } else {
                data = FileHandle.standardInput.readDataToEndOfFile()
            }
            guard let data else { throw Arguments.UsageError(description: "cannot read \(file ?? "standard input")") }
            input = String(decoding: data, as: UTF8.self)
        } catch {
            return Console.usage("\(error)", command: name)
        }

        let documents = Garbler(options: options).garble(input)
        var out = ""
        for d in documents {
            out += d.json.serialized()
            out += "\n"
        }
        Console.out(out)
        return 0
    }
}
