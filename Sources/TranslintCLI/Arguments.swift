/// A small command-line parser: `--name value`, `--name=value`, boolean flags and positionals,
/// with errors that name the offending argument. (No package dependencies, so no ArgumentParser.)
struct Arguments {
    struct UsageError: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var positionals: [String] = []
    private var options: [(name: String, value: String?)] = []
    private var consumed = Set<Int>()

    /// `valueOptions` take a value; any other `--x` is a flag.
    init(_ args: [String], valueOptions: Set<String>) throws {
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let a = args[i]
            if onlyPositionals || a == "-" || !a.hasPrefix("-") {
                positionals.append(a)
            } else if a == "--" {
                onlyPositionals = true
            } else if let eq = a.firstIndex(of: "="), a.hasPrefix("--") {
                options.append((String(a[..<eq]), String(a[a.index(after: eq)...])))
            } else if valueOptions.contains(a) {
                guard i + 1 < args.count else { throw UsageError(description: "\(a) needs a value") }
                options.append((a, args[i + 1]))
                i += 1
            } else {
                options.append((a, nil))
            }
            i += 1
        }
    }

    /// True when the flag was given (and marks it as understood).
    mutating func flag(_ names: String...) -> Bool {
        var found = false
        for (k, o) in options.enumerated() where names.contains(o.name) {
            consumed.insert(k)
            found = true
        }
        return found
    }

    /// The last value of an option.
    mutating func value(_ names: String...) throws -> String? {
        var result: String? = nil
        for (k, o) in options.enumerated() where names.contains(o.name) {
            consumed.insert(k)
            guard let v = o.value else { throw UsageError(description: "\(o.name) needs a value") }
            result = v
        }
        return result
    }

    /// Every value of a repeatable option; comma-separated values are split.
    mutating func values(_ names: String...) throws -> [String] {
        var result: [String] = []
        for (k, o) in options.enumerated() where names.contains(o.name) {
            consumed.insert(k)
            guard let v = o.value else { throw UsageError(description: "\(o.name) needs a value") }
            result += v.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        return result
    }

    mutating func double(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let v = try value(name) else { return nil }
        guard let d = Double(v), range.contains(d) else {
            throw UsageError(description: "\(name) takes a number from \(range.lowerBound) to \(range.upperBound), not '\(v)'")
        }
        return d
    }

    mutating func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let v = try value(name) else { return nil }
        guard let d = Int(v), range.contains(d) else {
            throw UsageError(description: "\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(v)'")
        }
        return d
    }

    /// Throws when an option was given that no one asked about.
    func finish() throws {
        for (k, o) in options.enumerated() where !consumed.contains(k) {
            throw UsageError(description: "unknown option \(o.name)")
        }
    }
}

import Foundation
import Translint

/// A subcommand of `translint`.
protocol Command {
    static var name: String { get }
    /// One line for `translint --help`.
    static var summary: String { get }
    /// Full help with an example.
    static var help: String { get }
    /// Runs and returns the exit code (0 success, 1 findings or a missed threshold, 2 usage or input error).
    static func run(_ args: [String]) -> Int32
}

/// Standard error and standard output writers that never throw.
enum Console {
    static func out(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    static func err(_ s: String) {
        FileHandle.standardError.write(Data((s.hasSuffix("\n") ? s : s + "\n").utf8))
    }

    /// `path` as the line-oriented outputs show it: unchanged, unless it holds a control
    /// character or a line separator (a newline in a file name would split a
    /// one-line-per-finding output in two); then as a JSON string literal, in double quotes with
    /// the JSON writer's escapes. JSON outputs keep the name as it is, escaped by JSON.
    static func shown(_ path: String) -> String {
        let breaksLines = path.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
        }
        return breaksLines ? JSONValue.string(path).serialized() : path
    }

    /// Prints `translint: message` on stderr and returns exit code 2.
    static func usage(_ message: String, command: String? = nil) -> Int32 {
        err("translint\(command.map { " " + $0 } ?? ""): \(message)")
        return 2
    }
}
