import Foundation
import Translint

/// Writes a repaired file atomically: a temporary file beside the original, the original's
/// permissions copied onto it, then a rename over the original, so a crash or a full disk
/// leaves either the old file or the new one, never half of each.
enum FileWriter {
    struct WriteError: Error, CustomStringConvertible { var description: String }

    static func encode(_ text: String, as encoding: DecodedText.Encoding) -> [UInt8] {
        switch encoding {
        case .utf8: return Array(text.utf8)
        case .utf16LE, .utf16BE:
            var bytes: [UInt8] = encoding == .utf16LE ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in text.utf16 {
                if encoding == .utf16LE { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
                else { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
            }
            return bytes
        }
    }

    static func replace(path: String, with bytes: [UInt8], backupSuffix: String?) throws {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).translint-\(ProcessInfo.processInfo.processIdentifier).tmp")
        let attributes = try? fm.attributesOfItem(atPath: path)
        guard fm.createFile(atPath: temporary.path, contents: Data(bytes),
                            attributes: attributes?[.posixPermissions].map { [.posixPermissions: $0] }) else {
            throw WriteError(description: "cannot write a temporary file in \(directory.path)")
        }
        if let suffix = backupSuffix {
            let backup = path + suffix
            try? fm.removeItem(atPath: backup)
            do { try fm.copyItem(atPath: path, toPath: backup) } catch {
                try? fm.removeItem(at: temporary)
                throw WriteError(description: "cannot write the backup \(backup): \(error.localizedDescription)")
            }
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: temporary)
            throw WriteError(description: "cannot replace the file: \(reason)")
        }
    }
}
