import Dispatch

extension Array where Element: Sendable {
    /// `map` on every core, results in the original order. Pages are parsed
    /// and files rendered this way: each element is independent of the others.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                // Each index is written exactly once, by one worker.
                (slots.base + index).initialize(to: transform(self[index]))
            }
            initialized = count
        }
    }
}

/// The result buffer, shared with the workers; they never write the same slot.
private struct Slots<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>
    init(_ base: UnsafeMutablePointer<Value>) { self.base = base }
}
