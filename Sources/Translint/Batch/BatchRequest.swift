/// One line of batch input: `{"id": …, "text": …, "lang"?: …}`.
public struct BatchRequest: Sendable {
    public var id: JSONValue
    public var text: String
    public var language: Language?

    public enum ParseError: Error, CustomStringConvertible {
        case invalidJSON
        case notAnObject
        case missingText
        case unknownLanguage(String)

        public var description: String {
            switch self {
            case .invalidJSON: "the line is not valid JSON"
            case .notAnObject: "the line is not a JSON object"
            case .missingText: "the object has no string field \"text\""
            case .unknownLanguage(let l): "unknown language '\(l)'"
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
        if let code = value["lang"]?.string, code.lowercased() != "auto" {
            guard let l = Language(rawValue: code.lowercased()) else { return .failure(.unknownLanguage(code)) }
            language = l
        }
        return .success(BatchRequest(id: value["id"] ?? .null, text: body, language: language))
    }

    /// The error object written for a line that could not be processed.
    public static func errorLine(id: JSONValue?, line: Int, _ error: ParseError) -> String {
        JSONValue.object([("id", id ?? .null), ("line", .int(line)), ("error", .string(error.description))]).serialized()
    }
}
