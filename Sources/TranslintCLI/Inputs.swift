import Foundation
import Translint

/// One input document read from a path or standard input.
struct InputDocument {
    var path: String
    var bytes: [UInt8]
    var decoded: DecodedText
    var isStandardInput: Bool
}

/// Reads the inputs named on the command line. Problems are reported on stderr as one line
/// each and mark the run as failed (exit 2); the other inputs are still processed.
enum Inputs {
    /// Reads every path ("-" or no path at all means standard input). Calls `body` for each
    /// readable document; returns false when any input could not be read.
    static func each(_ paths: [String], command: String, body: (InputDocument) -> Void) -> Bool {
        var ok = true
        let list = paths.isEmpty ? ["-"] : paths
        for path in list {
            switch read(path) {
            case .success(let document):
                if case .binary(let offset) = document.decoded.problem {
                    Console.err("translint \(command): \(Console.shown(path)): skipped: binary file (NUL byte at offset \(offset))")
                    ok = false
                    continue
                }
                if case .invalidUTF8(let offset) = document.decoded.problem {
                    Console.err("translint \(command): \(Console.shown(path)): invalid UTF-8 at byte \(offset); analysing the text with U+FFFD replacements")
                }
                body(document)
            case .failure(let message):
                Console.err("translint \(command): \(Console.shown(path)): \(message)")
                ok = false
            }
        }
        return ok
    }

    enum ReadResult {
        case success(InputDocument)
        case failure(String)
    }

    /// The largest input read as one document: analysis needs about three times its size in
    /// memory, so a larger file is refused with a message rather than run out of memory. Batch
    /// mode (`--input jsonl`) streams inputs of any size.
    static let maximumBytes = 1 << 30

    /// What kind of file `path` names, or why it cannot be read as text.
    enum Kind {
        case regular(size: Int)
        case pipe
        case problem(String)
    }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .problem(errno == ENOENT ? "no such file" : "cannot read: \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .problem("is a directory (pass files, for example dir/*.txt)")
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFIFO, S_IFSOCK: return .pipe
        default: return .problem("is a device, not a text file")
        }
    }

    static func read(_ path: String) -> ReadResult {
        if path == "-" { return stream(.standardInput, path: "<stdin>", isStandardInput: true) }
        switch kind(of: path) {
        case .problem(let message):
            return .failure(message)
        case .regular(let size):
            if size > maximumBytes { return .failure(tooLarge(size)) }
            guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
                return .failure("cannot read the file (permission denied?)")
            }
            let bytes = [UInt8](data)
            return .success(InputDocument(path: path, bytes: bytes, decoded: DecodedText(bytes: bytes), isStandardInput: false))
        case .pipe:
            // A pipe, such as the /dev/fd/N of a shell's `<(command)`: read to its end.
            guard let handle = FileHandle(forReadingAtPath: path) else { return .failure("cannot read the pipe") }
            return stream(handle, path: path, isStandardInput: false)
        }
    }

    /// Reads a stream to its end, in chunks, giving up past `maximumBytes`.
    private static func stream(_ handle: FileHandle, path: String, isStandardInput: Bool) -> ReadResult {
        var bytes: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > maximumBytes { return .failure(tooLarge(nil)) }
        }
        return .success(InputDocument(path: path, bytes: bytes, decoded: DecodedText(bytes: bytes),
                                      isStandardInput: isStandardInput))
    }

    private static func tooLarge(_ size: Int?) -> String {
        let what = size.map { "\($0) bytes" } ?? "longer than \(maximumBytes) bytes"
        return "not read: \(what), over the limit of \(maximumBytes >> 30) GiB for one document (split it, or use --input jsonl)"
    }
}

/// The options every analysing command shares: configuration file, language, confidence floor,
/// rules on and off. The configuration file is applied first; command-line options win.
struct AnalysisOptions {
    var configuration = Configuration()
    /// The language data, with the configuration file's extra words and places merged in.
    var resources: LanguageResources = .shared
    /// The configuration file in effect, if any.
    var configurationFile: ConfigurationFile?

    static let valueOptions: Set<String> = ["--lang", "--min-confidence", "--enable", "--disable", "--only", "--config"]

    /// An analyzer for these options.
    func analyzer() -> Analyzer { Analyzer(configuration: configuration, resources: resources) }

    static let help = """
      --config FILE          read settings from FILE (default: the nearest .translint.json, from the
                             working directory upward; see `translint init --help`)
      --no-config            ignore .translint.json files
      --lang L               fr, es, it, pt, de, en, or auto (default: auto, from the text)
      --min-confidence X     report findings at or above X (0…1, default 0.5)
      --enable RULE[,RULE]   also run rules that are off by default
      --disable RULE[,RULE]  do not run these rules
      --only RULE[,RULE]     run only these rules
    """

    init(_ args: inout Arguments) throws {
        let explicit = try args.value("--config")
        let noConfig = args.flag("--no-config")
        if explicit != nil && noConfig { throw Arguments.UsageError(description: "--config and --no-config exclude each other") }
        let url = explicit.map { URL(fileURLWithPath: $0) }
            ?? (noConfig ? nil : ConfigurationFile.find(startingAt: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)))
        if let url {
            if explicit != nil, !FileManager.default.fileExists(atPath: url.path) {
                throw Arguments.UsageError(description: "--config: \(url.path): no such file")
            }
            do {
                let file = try ConfigurationFile.load(contentsOf: url)
                file.apply(to: &configuration)
                resources = file.resources()
                configurationFile = file
            } catch {
                throw Arguments.UsageError(description: "configuration \(error)")
            }
        }
        if let lang = try args.value("--lang") {
            guard let choice = LanguageChoice(lang) else {
                throw Arguments.UsageError(description: "unknown language '\(lang)' (known: auto, \(Language.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            configuration.language = choice
        }
        if let c = try args.double("--min-confidence", in: 0...1) { configuration.minimumConfidence = c }
        let known = Set(RuleRegistry.descriptions.map(\.id))
        func check(_ ids: [String]) throws -> Set<String> {
            for id in ids where !known.contains(id) {
                throw Arguments.UsageError(description: "unknown rule '\(id)' (see `translint rules`)")
            }
            return Set(ids)
        }
        let enabled = try check(try args.values("--enable"))
        configuration.enabledRules.formUnion(enabled)
        configuration.disabledRules.subtract(enabled)
        configuration.disabledRules.formUnion(try check(try args.values("--disable")))
        let only = try check(try args.values("--only"))
        if !only.isEmpty { configuration.onlyRules = only }
    }

    /// Fails clearly when the data files cannot be found, instead of reporting nothing.
    static func checkResources() -> String? {
        LanguageResources.shared.isAvailable ? nil :
            "language data not found: keep Translint_Translint.resources beside the binary or set TRANSLINT_DATA to the Resources folder"
    }
}
