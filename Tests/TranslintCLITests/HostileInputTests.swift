import Foundation
import Testing

/// A folder of hostile files, generated here (nothing large is committed), through `check`,
/// `fix` and `score`: documented behaviour and exit codes, and no crash.
@Suite(.serialized) struct HostileInputTests {
    static func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func invalidUTF8IsAnalysedWithReplacementsAndNotRewritten() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let path = try Self.write(Array("Le sommet avec le Le dirigeant.\n".utf8) + [0xC3, 0x28, 0x0A], "bad.txt", in: dir)
        let check = try CLIRunner.run(["check", "--lang", "fr", path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("invalid UTF-8 at byte 32"))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let fix = try CLIRunner.run(["fix", "--in-place", "--lang", "fr", path])
        #expect(fix.status == 2)
        #expect(fix.stderr.contains("use --force"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "fix must not touch an invalid file")
        #expect(try CLIRunner.run(["fix", "--in-place", "--force", "--lang", "fr", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("Le sommet avec le dirigeant."))
    }

    @Test func binaryEmptyAndWhitespaceFiles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let binary = try Self.write([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02], "a.out", in: dir)
        let empty = try Self.write([], "empty.txt", in: dir)
        let blank = try Self.write(Array(" \n\t\n\r\n".utf8), "blank.txt", in: dir)
        let r = try CLIRunner.run(["check", "--lang", "fr", binary, empty, blank])
        #expect(r.status == 2)
        #expect(r.stderr.contains("skipped: binary file"))
        let score = try CLIRunner.run(["score", "--lang", "fr", empty, blank])
        #expect(score.status == 0)
        #expect(score.stdout.split(separator: "\n").count == 2)
        let fix = try CLIRunner.run(["fix", "--lang", "fr", blank])
        #expect(fix.stdoutBytes == Array(" \n\t\n\r\n".utf8))
    }

    @Test func bomAndCRLFArePreservedByFix() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let text = "\u{FEFF}Le sommet avec le Le dirigeant a eu lieu.\r\nUne autre ligne.\r\n"
        let path = try Self.write(Array(text.utf8), "bom.txt", in: dir)
        let r = try CLIRunner.run(["fix", "--in-place", "--lang", "fr", path])
        #expect(r.status == 0)
        let after = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(after == Array("\u{FEFF}Le sommet avec le dirigeant a eu lieu.\r\nUne autre ligne.\r\n".utf8))
    }

    @Test func utf16WithBOMIsDecoded() throws {
        let dir = try CLIRunner.temporaryDirectory()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Le sommet avec le Le dirigeant.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try Self.write(bytes, "utf16.txt", in: dir)
        let r = try CLIRunner.run(["check", "--lang", "fr", path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("doubled-article"))
    }

    /// Sizes are scaled down for the debug build `swift test` uses; `Benchmarks/large-inputs.sh`
    /// runs the full sizes (a 50 MB line, a million lines, 200 MB) against the release binary in CI.
    static let megabytes = Int(ProcessInfo.processInfo.environment["TRANSLINT_TEST_MB"] ?? "") ?? 1

    @Test func largeAndOddShapedInputs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let sentence = "Le président a rencontré le ministre à Genève pour parler du budget. "
        let longLine = try Self.write(Array(String(repeating: sentence, count: Self.megabytes * 1_000_000 / sentence.utf8.count).utf8), "oneline.txt", in: dir)
        let manyLines = try Self.write(Array(String(repeating: "Oui.\n", count: Self.megabytes * 200_000).utf8), "lines.txt", in: dir)
        let longWord = try Self.write(Array(("Un " + String(repeating: "a", count: 100_000) + " mot.").utf8), "word.txt", in: dir)
        let r = try CLIRunner.run(["score", "--lang", "fr", longLine, manyLines, longWord])
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 3)
    }

    @Test func unicodeOddities() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let text = "e\u{301}te\u{301} 👩‍👩‍👧‍👦 שלום עולם مرحبا \u{202E}abc\u{202C} Le sommet avec le Le dirigeant.\n"
        let path = try Self.write(Array(text.utf8), "odd.txt", in: dir)
        let r = try CLIRunner.run(["check", "--format", "json", "--lang", "fr", path])
        #expect(r.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let findings = ((object?["documents"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        let scalars = Array(text.unicodeScalars)
        for f in findings {
            let start = f["start"] as! Int, end = f["end"] as! Int
            var slice = String()
            slice.unicodeScalars.append(contentsOf: scalars[start..<end])
            #expect(slice == f["text"] as? String, "the finding's range slices exactly its text")
        }
        #expect(findings.contains { $0["text"] as? String == "le Le" })
    }

    @Test func inPlaceFixKeepsPermissionsBacksUpAndSkipsUnchangedFiles() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let changed = try Self.write(Array("Le sommet avec le Le dirigeant.\n".utf8), "changed.txt", in: dir)
        let unchanged = try Self.write(Array("Un texte propre.\n".utf8), "unchanged.txt", in: dir)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: changed)
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: unchanged)
        let r = try CLIRunner.run(["fix", "--in-place", "--backup", ".orig", "--lang", "fr", changed, unchanged])
        #expect(r.status == 0)
        #expect(try String(contentsOfFile: changed, encoding: .utf8) == "Le sommet avec le dirigeant.\n")
        #expect(try String(contentsOfFile: changed + ".orig", encoding: .utf8) == "Le sommet avec le Le dirigeant.\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: changed)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        let unchangedDate = try FileManager.default.attributesOfItem(atPath: unchanged)[.modificationDate] as? Date
        #expect(unchangedDate == past, "an unchanged file is not rewritten")
        #expect(!FileManager.default.fileExists(atPath: unchanged + ".orig"))
    }

    /// Regression: `fix --in-place` through a symbolic link renamed the new text over the link,
    /// so the link became a regular file with the link's own permissions (0777) and the file it
    /// pointed to kept the old text.
    @Test func inPlaceFollowsSymbolicLinks() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let target = try Self.write(Array("Le sommet avec le Le dirigeant.\n".utf8), "target.txt", in: dir)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target)
        let link = dir.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.txt")
        let r = try CLIRunner.run(["fix", "--in-place", "--backup", ".orig", "--lang", "fr", link])
        #expect(r.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.txt", "the link stays a link")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "Le sommet avec le dirigeant.\n")
        #expect(try String(contentsOfFile: target + ".orig", encoding: .utf8) == "Le sommet avec le Le dirigeant.\n")
        let attributes = try FileManager.default.attributesOfItem(atPath: target)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o640)
    }

    /// Regression: a named pipe (what a shell's `<(command)` passes) was refused as "cannot read
    /// the file (permission denied?)", and a device was read as a file; pipes are now read to
    /// their end, devices refused by name, in every command and in batch mode.
    @Test func pipesAreReadAndDevicesRefused() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data("Le sommet avec le Le dirigeant.\n".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let fromPipe = try CLIRunner.run(["fix", "--lang", "fr", fifo])
        #expect(fromPipe.status == 0)
        #expect(fromPipe.stdout == "Le sommet avec le dirigeant.\n")
        for arguments in [["check", "/dev/zero"], ["score", "/dev/zero"], ["fix", "/dev/zero"], ["check", "--input", "jsonl", "/dev/zero"]] {
            let r = try CLIRunner.run(arguments)
            #expect(r.status == 2, "\(arguments)")
            #expect(r.stderr.contains("/dev/zero: is a device, not a text file"), "\(arguments)")
        }
    }

    /// Regression: a file name holding a newline was printed raw, so one finding took two lines
    /// of the one-line-per-finding text output. Line-oriented outputs now show such a name in
    /// quotes with backslash escapes (a JSON string literal); JSON keeps the name itself.
    @Test func fileNamesWithControlCharactersStayOnOneLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let path = try Self.write(Array("Le sommet avec le Le dirigeant.\n".utf8), "odd\nname\t\"x\".txt", in: dir)
        let quoted = "\"" + dir.path + "/odd\\nname\\t\\\"x\\\".txt\""
        func lines(_ s: String) -> [Substring] { s.split(separator: "\n") }

        let check = try CLIRunner.run(["check", "--lang", "fr", path])
        #expect(check.status == 1)
        #expect(lines(check.stdout).count == 1)
        #expect(check.stdout.hasPrefix(quoted + ":1:") && check.stdout.contains("doubled-article"), "\(check.stdout)")

        let score = try CLIRunner.run(["score", "--lang", "fr", path])
        #expect(lines(score.stdout).count == 1)
        #expect(score.stdout.hasSuffix("\t" + quoted + "\n"), "\(score.stdout)")

        let json = try CLIRunner.run(["check", "--lang", "fr", "--format", "json", path])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
        let documents = (object as? [String: Any])?["documents"] as? [[String: Any]]
        #expect(documents?.first?["path"] as? String == path, "JSON keeps the name itself")

        let fix = try CLIRunner.run(["fix", "--in-place", "--lang", "fr", path])
        #expect(fix.status == 0)
        #expect(fix.stderr == quoted + ": 1 fix applied (doubled-article=1)\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Le sommet avec le dirigeant.\n")

        let missing = try CLIRunner.run(["check", dir.path + "/no\nsuch"])
        #expect(missing.status == 2)
        #expect(lines(missing.stderr).count == 1, "\(missing.stderr)")
    }

    @Test func batchModeIsDeterministicAcrossWorkerCountsAndSurvivesBadLines() throws {
        var input = ""
        for i in 0..<300 {
            input += "{\"id\": \(i), \"text\": \"Le sommet avec le Le dirigeant numéro \(i) a eu lieu.\", \"lang\": \"fr\"}\n"
            if i == 150 { input += "this is not json\n{\"id\": \"x\"}\n{\"id\": \"y\", \"lang\": \"el\", \"text\": \"avec le Le dirigeant\"}\n" }
        }
        let one = try CLIRunner.run(["check", "--input", "jsonl", "--jobs", "1"], stdin: Array(input.utf8))
        let two = try CLIRunner.run(["check", "--input", "jsonl", "--jobs", "2"], stdin: Array(input.utf8))
        #expect(one.status == 0)
        #expect(one.stdout == two.stdout)
        let lines = one.stdout.split(separator: "\n")
        #expect(lines.count == 303)
        #expect(lines[153].contains("unknown language 'el'") && lines[153].contains("doubled-article"),
                "an unknown language falls back to the command's language, with a warning")
        #expect(lines[151].contains("\"error\""))
        #expect(lines[152].contains("\"id\":\"x\"") && lines[152].contains("no string field"))
        #expect(lines[0].hasPrefix("{\"id\":0,"))
    }
}
