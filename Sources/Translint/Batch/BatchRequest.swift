/// One line of batch input: `{"id": …, "text": …, "lang"?: …}`.
public struct BatchRequest: Sendable {
    /// The line's `id`, as given (string or number); `.null` when absent.
    public var id: JSONValue
    /// The text to analyse.
    public var text: String
    /// The `lang` field's language; nil when absent, "auto" or unknown (the command's language applies).
    public var language: Language?
    /// Set when the line named a language Translint has no data for; the document is then
    /// analysed in the command's language (`--lang`, by default identified from the text).
    public var warning: String? = nil

    /// Why a line could not be read as a request.
    public enum ParseError: Error, CustomStringConvertible {
        /// The line is not valid UTF-8 JSON.
        case invalidJSON
        /// The line is JSON but not an object.
        case notAnObject
        /// The object has no string `text` field.
        case missingText
        /// The line is longer than the reader keeps (`LineReader.maximumLineLength`); it was skipped.
        case tooLong(length: Int, limit: Int)

        /// The message written in the line's error object.
        public var description: String {
            switch self {
            case .invalidJSON: "the line is not valid JSON"
            case .notAnObject: "the line is not a JSON object"
            case .missingText: "the object has no string field \"text\""
            case .tooLong(let length, let limit): "the line is \(length) bytes long, over the limit of \(limit) bytes; skipped"
            }
        }
    }

    /// Parses a line; the id is kept as given (string or number), or null when absent.
    public static func parse(_ bytes: [UInt8]) -> Result<BatchRequest, ParseError> {
        guard let text = String(validating: bytes, as: UTF8.self), let value = JSONValue.parse(text) else {
            return .failure(.invalidJSON)
        }
        guard case .object = value else { return .failure(.notAnObject) }
        guard let body = value["text"]?.string else { return .failure(.missingText) }
        var language: Language? = nil
        var warning: String? = nil
        if let code = value["lang"]?.string, code.lowercased() != "auto" {
            language = Language(rawValue: code.lowercased())
            if language == nil { warning = "unknown language '\(code)'; analysed as the command's language" }
        }
        return .success(BatchRequest(id: value["id"] ?? .null, text: body, language: language, warning: warning))
    }

    /// The error object written for a line that could not be processed.
    public static func errorLine(id: JSONValue?, line: Int, _ error: ParseError) -> String {
        JSONValue.object([("id", id ?? .null), ("line", .int(line)), ("error", .string(error.description))]).serialized()
    }
}
