import APIModel

/// Something a page lists by name, where the first row of a name wins.
protocol Named {
    var name: String { get }
}

extension Parameter: Named {}
extension Field: Named {}
extension Model: Named {}

/// Rows in page order, at most one per name. Membership is a set look-up,
/// so reading a table stays linear in its rows (a list search made a
/// 120,000-row table take minutes).
struct UniqueByName<Element: Named> {
    private(set) var items: [Element] = []
    private var indexes: [String: Int] = [:]

    /// Appends `element` unless its name is taken; `false` when it was.
    @discardableResult
    mutating func insert(_ element: Element) -> Bool {
        guard indexes[element.name] == nil else { return false }
        indexes[element.name] = items.count
        items.append(element)
        return true
    }

    subscript(name: String) -> Element? {
        indexes[name].map { items[$0] }
    }
}
