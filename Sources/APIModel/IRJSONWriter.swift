/// Writes an ``APIDocument`` as the IR's JSON: the keys in the documented
/// order, `null` for blank defaults, UTF-8 unescaped except where JSON
/// requires it. The same JSON `Codable` reads back; written by hand because
/// the generic encoder was a fifth of `sdkgen ir`'s time on the corpus.
public struct IRJSONWriter {
    private var bytes: [UInt8] = []
    /// One entry per open object or array: whether a member was written yet.
    private var opened: [Bool] = []

    private init() {}

    /// The document as JSON, one line, followed by a newline.
    public static func json(_ document: APIDocument) -> [UInt8] {
        var writer = IRJSONWriter()
        writer.bytes.reserveCapacity(1 << 16)
        writer.write(document)
        writer.raw("\n")
        return writer.bytes
    }

    private mutating func write(_ document: APIDocument) {
        begin("{")
        // Operations are independent: write each on any core, then join them in order.
        let operations = document.operations.concurrentMap { operation in
            var writer = IRJSONWriter()
            writer.write(operation)
            return writer.bytes
        }
        array("operations", operations) { $0.bytes.append(contentsOf: $1) }
        array("skipped", document.skipped) { writer, page in
            writer.begin("{")
            writer.field("source", page.source)
            writer.field("reason", page.reason)
            writer.end("}")
        }
        array("diagnostics", document.diagnostics) { writer, diagnostic in
            writer.begin("{")
            writer.field("file", diagnostic.file)
            writer.field("line", diagnostic.line)
            writer.field("column", diagnostic.column)
            writer.field("severity", diagnostic.severity.rawValue)
            writer.field("message", diagnostic.message)
            writer.end("}")
        }
        end("}")
    }

    private mutating func write(_ operation: APIOperation) {
        begin("{")
        field("name", operation.name)
        field("source", operation.source)
        field("line", operation.line)
        field("description", operation.description)
        field("method", operation.method)
        field("host", operation.host.text)
        field("service", operation.service)
        field("version", operation.version)
        field("path", operation.path.text)
        array("parameters", operation.parameters) { writer, parameter in
            writer.begin("{")
            writer.field("name", parameter.name)
            writer.field("type", parameter.type)
            writer.field("required", parameter.required)
            writer.field("default", parameter.default)
            writer.field("description", parameter.description)
            writer.field("location", parameter.location.rawValue)
            writer.end("}")
        }
        array("responseFields", operation.responseFields) { writer, field in
            writer.begin("{")
            writer.field("name", field.name)
            writer.field("type", field.type)
            writer.field("description", field.description)
            writer.end("}")
        }
        array("models", operation.models) { writer, model in
            writer.begin("{")
            writer.field("name", model.name)
            writer.array("fields", model.fields) { writer, field in
                writer.begin("{")
                writer.field("name", field.name)
                writer.field("type", field.type)
                writer.field("required", field.required)
                writer.field("default", field.default)
                writer.field("description", field.description)
                writer.end("}")
            }
            writer.end("}")
        }
        array("responseCodes", operation.responseCodes) { writer, code in
            writer.begin("{")
            writer.field("code", code.code)
            writer.field("description", code.description)
            writer.end("}")
        }
        end("}")
    }

    // MARK: - JSON pieces

    private mutating func begin(_ bracket: String) {
        raw(bracket)
        opened.append(false)
    }

    private mutating func end(_ bracket: String) {
        opened.removeLast()
        raw(bracket)
    }

    /// A comma before every member or element but the first.
    private mutating func separate() {
        if opened[opened.count - 1] { raw(",") }
        opened[opened.count - 1] = true
    }

    private mutating func key(_ name: String) {
        separate()
        string(name)
        raw(":")
    }

    private mutating func field(_ name: String, _ text: String) {
        key(name)
        string(text)
    }

    private mutating func field(_ name: String, _ text: String?) {
        key(name)
        if let text { string(text) } else { raw("null") }
    }

    private mutating func field(_ name: String, _ number: Int) {
        key(name)
        raw(String(number))
    }

    private mutating func field(_ name: String, _ flag: Bool) {
        key(name)
        raw(flag ? "true" : "false")
    }

    private mutating func array<Element>(
        _ name: String, _ elements: [Element], _ element: (inout IRJSONWriter, Element) -> Void
    ) {
        key(name)
        begin("[")
        for item in elements {
            separate()
            element(&self, item)
        }
        end("]")
    }

    private mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func string(_ text: String) {
        JSONQuoting.append(text, to: &bytes)
    }
}

/// JSON string literals: UTF-8 unescaped except where JSON requires it.
public enum JSONQuoting {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// `text` as a quoted JSON string.
    public static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` as a quoted JSON string.
    public static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most text needs no escape: copy it whole.
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                return false
            }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
