import Foundation
@testable import Translint

/// A small JSON-schema (draft 4) validator for tests: enough of the vocabulary to check a SARIF
/// log against the official schema. Supports `type`, `required`, `properties`,
/// `additionalProperties` (boolean or schema), `enum`, `items`, `$ref` within the document
/// (`#/definitions/…`), `anyOf`, `oneOf`, `minimum`, `maximum`, `minItems`, `uniqueItems` and
/// `pattern`. `format` and `default` are annotations and are not checked.
struct JSONSchemaValidator {
    let root: JSONValue

    init?(schema text: String) {
        guard let root = JSONValue.parse(text) else { return nil }
        self.root = root
    }

    /// Every violation, as "path: problem"; empty when the instance is valid.
    func validate(_ instance: JSONValue) -> [String] {
        var errors: [String] = []
        check(instance, against: root, path: "$", errors: &errors)
        return errors
    }

    func resolve(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node = root
        for part in ref.dropFirst(2).split(separator: "/") {
            let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = node[key] else { return nil }
            node = next
        }
        return node
    }

    static func typeMatches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object): return true
        case ("integer", .int): return true
        case ("integer", .number(let d)): return d == d.rounded()
        case ("number", .int), ("number", .number): return true
        default: return false
        }
    }

    func check(_ value: JSONValue, against schema: JSONValue, path: String, errors: inout [String]) {
        if let ref = schema["$ref"]?.string {
            guard let target = resolve(ref) else { errors.append("\(path): unresolvable $ref \(ref)"); return }
            check(value, against: target, path: path, errors: &errors)
            return
        }
        if let type = schema["type"] {
            let types = type.array?.compactMap(\.string) ?? [type.string].compactMap { $0 }
            if !types.contains(where: { JSONSchemaValidator.typeMatches(value, $0) }) {
                errors.append("\(path): expected type \(types.joined(separator: "|"))")
                return
            }
        }
        if let options = schema["enum"]?.array, !options.contains(value) {
            errors.append("\(path): \(value.serialized()) not in enum")
        }
        if let anyOf = schema["anyOf"]?.array {
            let ok = anyOf.contains { sub in
                var e: [String] = []
                check(value, against: sub, path: path, errors: &e)
                return e.isEmpty
            }
            if !ok { errors.append("\(path): matches none of anyOf") }
        }
        if let oneOf = schema["oneOf"]?.array {
            let matches = oneOf.filter { sub in
                var e: [String] = []
                check(value, against: sub, path: path, errors: &e)
                return e.isEmpty
            }.count
            if matches != 1 { errors.append("\(path): matches \(matches) of oneOf, not exactly one") }
        }
        if let d = value.double {
            if let min = schema["minimum"]?.double, d < min { errors.append("\(path): \(d) < minimum \(min)") }
            if let max = schema["maximum"]?.double, d > max { errors.append("\(path): \(d) > maximum \(max)") }
        }
        if case .string(let s) = value, let pattern = schema["pattern"]?.string {
            if let regex = try? NSRegularExpression(pattern: pattern),
               regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) == nil {
                errors.append("\(path): '\(s)' does not match \(pattern)")
            }
        }
        if case .array(let items) = value {
            if let min = schema["minItems"]?.int, items.count < min { errors.append("\(path): fewer than \(min) items") }
            if schema["uniqueItems"]?.bool == true {
                let texts = items.map { $0.serialized() }
                if Set(texts).count != texts.count { errors.append("\(path): items are not unique") }
            }
            if let itemSchema = schema["items"] {
                for (i, item) in items.enumerated() {
                    check(item, against: itemSchema, path: "\(path)[\(i)]", errors: &errors)
                }
            }
        }
        if case .object(let members) = value {
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where !members.contains(where: { $0.0 == key }) {
                errors.append("\(path): missing required '\(key)'")
            }
            let properties = schema["properties"]
            for (key, member) in members {
                if let sub = properties?[key] {
                    check(member, against: sub, path: "\(path).\(key)", errors: &errors)
                } else if let additional = schema["additionalProperties"] {
                    if additional.bool == false {
                        errors.append("\(path): unexpected property '\(key)'")
                    } else if case .object = additional {
                        check(member, against: additional, path: "\(path).\(key)", errors: &errors)
                    }
                }
            }
        }
    }
}
