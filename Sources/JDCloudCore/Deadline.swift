import Foundation

/// Runs an operation with a timeout, returning as soon as it finishes, the
/// time is up (``JDCloudError/timedOut(after:)``) or the caller is cancelled
/// (`CancellationError`) — even if the operation ignores cancellation.
enum Deadline {
    static func run<Value: Sendable>(
        timeout: Duration,
        _ operation: @escaping @Sendable () async throws -> Value
    ) async throws -> Value {
        let race = Race<Value>()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                race.start(continuation)
                let work = Task {
                    do { race.finish(.success(try await operation())) } catch { race.finish(.failure(error)) }
                }
                let timer = Task {
                    do {
                        try await Task.sleep(for: timeout)
                        race.finish(.failure(JDCloudError.timedOut(after: timeout)))
                    } catch {}
                }
                race.track([work, timer])
            }
        } onCancel: {
            race.finish(.failure(CancellationError()))
        }
    }
}

/// The first of several outcomes to arrive resumes the continuation; the
/// others are dropped and the tasks cancelled.
private final class Race<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value, any Error>?
    private var early: Result<Value, any Error>?
    private var done = false
    private var tasks: [Task<Void, Never>] = []

    func start(_ continuation: CheckedContinuation<Value, any Error>) {
        lock.lock()
        if let early {
            lock.unlock()
            continuation.resume(with: early)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func track(_ newTasks: [Task<Void, Never>]) {
        lock.lock()
        let finished = done
        if !finished { tasks = newTasks }
        lock.unlock()
        if finished { newTasks.forEach { $0.cancel() } }
    }

    func finish(_ result: Result<Value, any Error>) {
        lock.lock()
        guard !done else { lock.unlock(); return }
        done = true
        let continuation = self.continuation
        self.continuation = nil
        if continuation == nil { early = result }
        let tasks = self.tasks
        self.tasks = []
        lock.unlock()
        continuation?.resume(with: result)
        tasks.forEach { $0.cancel() }
    }
}
