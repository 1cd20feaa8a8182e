/// Stores a model field out of line, so that a model can contain itself.
///
/// Generated code marks a field `@Indirect` when the field's type can reach
/// back to the model that holds it (`Node.parent: Node?`). The value lives
/// in a one-element array, which keeps the enclosing struct finite while
/// keeping value semantics. In JSON the wrapper is invisible: it encodes and
/// decodes exactly as the wrapped value would, and an optional wrapped value
/// may be absent from the JSON and is omitted when `nil`.
@propertyWrapper
public struct Indirect<Value> {
    private var storage: [Value]

    /// Wraps a value; `@Indirect var parent: Node?` calls this for you.
    public init(wrappedValue: Value) {
        storage = [wrappedValue]
    }

    /// The stored value.
    public var wrappedValue: Value {
        get { storage[0] }
        set { storage[0] = newValue }
    }
}

extension Indirect: Sendable where Value: Sendable {}
extension Indirect: Equatable where Value: Equatable {}
extension Indirect: Hashable where Value: Hashable {}

extension Indirect: Decodable where Value: Decodable {
    /// Decodes the wrapped value as if there were no wrapper.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(wrappedValue: try container.decode(Value.self))
    }
}

extension Indirect: Encodable where Value: Encodable {
    /// Encodes the wrapped value as if there were no wrapper.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension KeyedDecodingContainer {
    /// An absent key or `null` decodes as `nil` for an optional indirect field.
    public func decode<Wrapped: Decodable>(_ type: Indirect<Wrapped?>.Type, forKey key: Key) throws -> Indirect<
        Wrapped?
    > {
        Indirect(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// A `nil` optional indirect field is left out, like any other optional field.
    public mutating func encode<Wrapped: Encodable>(_ value: Indirect<Wrapped?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}
