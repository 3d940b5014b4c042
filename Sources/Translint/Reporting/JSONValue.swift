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
        var out = JSONBytes()
        write(to: &out, indent: nil, level: 0)
        return out.string
    }

    /// Indented JSON for people.
    public func pretty() -> String {
        var out = JSONBytes()
        write(to: &out, indent: Array("  ".utf8), level: 0)
        return out.string
    }

    private func write(to out: inout JSONBytes, indent: [UInt8]?, level: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(String(i))
        case .number(let d): out.append(JSONValue.numberText(d))
        case .string(let s): out.appendQuoted(s)
        case .array(let items):
            if items.isEmpty { out.append("[]"); return }
            out.byte(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                if let indent { out.newline(indent, level + 1) }
                item.write(to: &out, indent: indent, level: level + 1)
            }
            if let indent { out.newline(indent, level) }
            out.byte(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append("{}"); return }
            out.byte(UInt8(ascii: "{"))
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out.byte(UInt8(ascii: ",")) }
                if let indent { out.newline(indent, level + 1) }
                out.appendQuoted(key)
                out.append(indent == nil ? ":" : ": ")
                value.write(to: &out, indent: indent, level: level + 1)
            }
            if let indent { out.newline(indent, level) }
            out.byte(UInt8(ascii: "}"))
        }
    }

    /// A whole number as an integer, else up to four decimals with trailing zeros (and then a bare
    /// decimal point, for numbers that round to a whole one) dropped; NaN and infinities as `null`.
    static func numberText(_ d: Double) -> String {
        if d.isNaN || d.isInfinite { return "null" }
        if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
        var text = String(format: "%.4f", d)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
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
