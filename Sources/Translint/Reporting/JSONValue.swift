import Foundation

/// A JSON value with ordered object keys, so every report is byte-identical from run to run
/// and reads in a sensible order. Also parses JSON (via Foundation) for corpora and batch input.
public indirect enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A floating-point number; written as an integer when whole, else with up to four decimals (NaN as `null`).
    case number(Double)
    /// An integer; the parser yields it for numbers written without fraction or exponent.
    case int(Int)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; keys keep their order and are written as given.
    case object([(String, JSONValue)])

    /// Equal when both serialize to the same JSON text (so `.int(1) == .number(1)`).
    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    /// Compact JSON on one line.
    public func serialized() -> String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// Indented JSON for people.
    public func pretty() -> String {
        var out = ""
        write(to: &out, indent: "  ", level: 0)
        return out
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d):
            if d.isNaN || d.isInfinite { out += "null" }
            else if d == d.rounded() && abs(d) < 1e15 { out += String(Int(d)) }
            else { out += String(format: "%.4f", d).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression) }
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                item.write(to: &out, indent: indent, level: level + 1)
            }
            if let indent { out += "\n" + String(repeating: indent, count: level) }
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
                JSONValue.writeString(key, to: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: indent, level: level + 1)
            }
            if let indent { out += "\n" + String(repeating: indent, count: level) }
            out += "}"
        }
    }

    private static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    // MARK: Reading

    /// Parses one JSON document; nil when it is not valid JSON.
    public static func parse(_ text: String) -> JSONValue? {
        var parser = JSONParser(Array(text.utf8))
        return parser.parseDocument()
    }

    /// The value of the first member named `key`; nil when absent or not an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.0 == key }?.1 }
        return nil
    }

    /// The string, when this is one.
    public var string: String? { if case .string(let s) = self { return s }; return nil }
    /// The integer, when this is an integer or a whole number.
    public var int: Int? {
        switch self {
        case .int(let i): return i
        case .number(let d) where d == d.rounded(): return Int(d)
        default: return nil
        }
    }
    /// The number, when this is an integer or a number.
    public var double: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .number(let d): return d
        default: return nil
        }
    }
    /// The Boolean, when this is one.
    public var bool: Bool? { if case .bool(let b) = self { return b }; return nil }
    /// The elements, when this is an array.
    public var array: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
}
