import Foundation

extension JSONValue {
    /// The JSON that `value` encodes to, such as a decoded reply.
    ///
    /// - Throws: `EncodingError` when `value` cannot be encoded.
    public init(encoding value: some Encodable) throws {
        self = try JSONValueEncoder.encode(value)
    }

    /// A short name for the kind of value, for messages (`a string`, `an object`).
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int, .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
