import Foundation

/// Encodes an `Encodable` value straight into a ``JSONValue`` tree, with no
/// JSON text in between: the query of a GET is flattened from this tree, and
/// `jdcloud` prints replies from it. Nil optionals are left out, as
/// `JSONEncoder` leaves them out.
enum JSONValueEncoder {
    static func encode(_ value: some Encodable) throws -> JSONValue {
        let box = ValueBox()
        try box.encode(value, codingPath: [])
        return box.json
    }
}

/// One node of the tree being built; containers write into it in place.
private final class ValueBox {
    var scalar: JSONValue?
    var members: [String: ValueBox]?
    var elements: [ValueBox]?

    var json: JSONValue {
        if let members { return .object(members.mapValues(\.json)) }
        if let elements { return .array(elements.map(\.json)) }
        // A value that encoded nothing at all is an empty object, as with `JSONEncoder`.
        return scalar ?? .object([:])
    }

    func encode(_ value: some Encodable, codingPath: [any CodingKey]) throws {
        switch value {
        case let value as JSONValue: scalar = value
        case let value as String: scalar = .string(value)
        case let value as Bool: scalar = .bool(value)
        case let value as Double: scalar = .double(value)
        case let value as Float: scalar = .double(Double(value))
        case let value as any BinaryInteger:
            // Every integer type, not only Int: their own `encode(to:)` would come straight back here.
            guard let number = Int(exactly: value) else {
                throw EncodingError.invalidValue(
                    value, .init(codingPath: codingPath, debugDescription: "\(value) does not fit in an Int"))
            }
            scalar = .int(number)
        // As JSONEncoder writes them by default.
        case let value as Data: scalar = .string(value.base64EncodedString())
        case let value as Decimal: scalar = .double(NSDecimalNumber(decimal: value).doubleValue)
        case let value as URL: scalar = .string(value.absoluteString)
        case let value as Date: scalar = .double(value.timeIntervalSinceReferenceDate)
        default: try value.encode(to: TreeEncoder(box: self, codingPath: codingPath))
        }
    }

    func member(_ key: String) -> ValueBox {
        if members == nil { members = [:] }
        let child = ValueBox()
        members![key] = child
        return child
    }

    func appendElement() -> ValueBox {
        if elements == nil { elements = [] }
        let child = ValueBox()
        elements!.append(child)
        return child
    }
}

private struct TreeEncoder: Encoder {
    let box: ValueBox
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if box.members == nil { box.members = [:] }
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if box.elements == nil { box.elements = [] }
        return UnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(box: box, codingPath: codingPath)
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ValueBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.member(key.stringValue).scalar = .null }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try box.member(key.stringValue).encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        TreeEncoder(box: box.member(key.stringValue), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        TreeEncoder(box: box.member(key.stringValue), codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(box: box.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        TreeEncoder(box: box.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: ValueBox
    let codingPath: [any CodingKey]
    var count: Int { box.elements?.count ?? 0 }

    mutating func encodeNil() throws { box.appendElement().scalar = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try box.appendElement().encode(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        TreeEncoder(box: box.appendElement(), codingPath: codingPath).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        TreeEncoder(box: box.appendElement(), codingPath: codingPath).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        TreeEncoder(box: box.appendElement(), codingPath: codingPath)
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let box: ValueBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.scalar = .null }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try box.encode(value, codingPath: codingPath)
    }
}
