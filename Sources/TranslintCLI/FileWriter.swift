import Foundation
import Translint

/// Writes a repaired file atomically: a temporary file beside the original, the original's
/// permissions (and, where allowed, owner and group) copied onto it, then a rename over the
/// original, so a crash or a full disk leaves either the old file or the new one, never half of
/// each. A symbolic link is followed: the file it points to is rewritten (and backed up beside
/// itself) and the link stays a link; renaming over the link would have replaced it with a
/// copy carrying the link's own 0777 permissions.
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

    /// The file `path` finally names, symbolic links followed; `path` itself when it cannot be
    /// resolved (the write then fails with a clear message).
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    static func replace(path requested: String, with bytes: [UInt8], backupSuffix: String?) throws {
        let fm = FileManager.default
        let path = resolved(requested)
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
        if let owner = (attributes?[.ownerAccountID] as? NSNumber)?.uint32Value,
           let group = (attributes?[.groupOwnerAccountID] as? NSNumber)?.uint32Value {
            _ = chown(temporary.path, owner, group)   // best effort: only root may give a file away
        }
        if rename(temporary.path, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? fm.removeItem(at: temporary)
            throw WriteError(description: "cannot replace the file: \(reason)")
        }
    }
}
