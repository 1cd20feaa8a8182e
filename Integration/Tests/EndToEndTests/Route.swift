import APIModel

/// An operation's method and `/{version}{path}` template, matched against
/// raw request paths the way the gateway routes them.
struct Route {
    enum Piece: Equatable {
        case literal(String)
        case placeholder(String)
    }

    let operation: APIOperation
    let pieces: [Piece]

    init(_ operation: APIOperation) {
        self.operation = operation
        var pieces: [Piece] = []
        var literal = ""
        var placeholder: String?
        for character in "/\(operation.version)\(operation.path)" {
            switch (character, placeholder) {
            case ("{", nil):
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                placeholder = ""
            case ("}", let name?):
                pieces.append(.placeholder(name))
                placeholder = nil
            case (_, .some(let name)):
                placeholder = name + String(character)
            default:
                literal.append(character)
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// The placeholder values (percent-decoded) when `method` and `path` are this route's.
    func match(method: String, path: String) -> [String: String]? {
        guard method == operation.method else { return nil }
        return Self.match(pieces[...], Substring(path), [:])
    }

    /// A placeholder takes one or more characters of one segment; the rest must match too.
    private static func match(_ pieces: ArraySlice<Piece>, _ path: Substring, _ values: [String: String]) -> [String: String]? {
        guard let piece = pieces.first else { return path.isEmpty ? values : nil }
        switch piece {
        case .literal(let text):
            guard path.hasPrefix(text) else { return nil }
            return match(pieces.dropFirst(), path.dropFirst(text.count), values)
        case .placeholder(let name):
            let segment = path.prefix { $0 != "/" }
            var end = segment.startIndex
            while end < segment.endIndex {
                end = segment.index(after: end)
                var values = values
                values[name] = String(path[..<end]).removingPercentEncoding ?? String(path[..<end])
                if let matched = match(pieces.dropFirst(), path[end...], values) { return matched }
            }
            return nil
        }
    }
}
