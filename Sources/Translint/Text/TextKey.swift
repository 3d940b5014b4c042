/// A string as a dictionary key that hashes and compares its UTF-8 bytes when `byBytes` says
/// bytes decide equality (the text is "simple", see `ByteKeyTable.isSimple`), and behaves as the
/// `String` otherwise. All keys of one dictionary must use the same mode. For lines of a
/// document: `String` hashing normalises the whole line first.
struct TextKey: Hashable {
    var text: String
    var byBytes: Bool

    static func == (a: TextKey, b: TextKey) -> Bool {
        a.byBytes && b.byBytes ? a.text.utf8.elementsEqual(b.text.utf8) : a.text == b.text
    }

    /// By bytes, the length and the first 64 bytes: equal texts hash alike, and lines that share
    /// both are rare enough that `==` settles them.
    func hash(into hasher: inout Hasher) {
        if byBytes {
            var text = text
            text.withUTF8 { b in
                hasher.combine(b.count)
                hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: b.prefix(64))))
            }
        } else {
            hasher.combine(text)
        }
    }
}

/// A line's UTF-8 bytes sliced from the document, as a dictionary key for texts where bytes
/// decide equality: what `TextKey` does by bytes, without building a `String` per line.
struct ByteSliceKey: Hashable {
    var bytes: ArraySlice<UInt8>

    static func == (a: ByteSliceKey, b: ByteSliceKey) -> Bool {
        a.bytes.elementsEqual(b.bytes)
    }

    /// The length and the first 64 bytes, as `TextKey` hashes.
    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.count)
        bytes.withUnsafeBytes { hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: $0.prefix(64))) }
    }
}
