import Foundation

/// Number and text formatting shared by the bench table and threshold messages.
public enum BenchFormat {
    /// Three decimals; "—" for an undefined metric.
    public static func ratio(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.3f", value)
    }

    /// A whole number as is, anything else with up to three decimals.
    public static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.3f", value)
    }

    /// Context text on one line: newlines and tabs shown as ⏎ and ⇥.
    public static func oneLine(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n": out += "⏎"
            case "\r": continue
            case "\t": out += "⇥"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let n = s.count
        guard n < width else { return s }
        let fill = String(repeating: " ", count: width - n)
        return right ? fill + s : s + fill
    }
}
