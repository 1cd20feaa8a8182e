import Foundation

/// When and how long to wait before retrying a failed attempt, without ever
/// repeating a side effect.
///
/// - ``alwaysRetriedStatuses`` (429, 503: the service did not act) are
///   retried for every operation, after the reply's `Retry-After` seconds
///   when it gives them (capped at ``maxDelay``).
/// - Connection failures, timeouts and ``idempotentRetriedStatuses`` (500,
///   502, 504: the service may have acted) are retried only for GET, HEAD and
///   DELETE, and for operations with a `clientToken`, which the client fills
///   once per call so that every attempt carries the same one.
///
/// Otherwise the delay before attempt `n + 1` is `min(maxDelay, baseDelay *
/// 2^(n-1))`, of which a random part (the jitter) is subtracted so that
/// clients do not retry in lockstep.
public struct RetryPolicy: Sendable, Hashable {
    /// Total attempts including the first one; `1` disables retries.
    public var maxAttempts: Int
    /// The delay before the first retry, before jitter.
    public var baseDelay: Duration
    /// The cap on any single delay, `Retry-After` included.
    public var maxDelay: Duration
    /// The fraction (0...1) of each delay that is randomised.
    public var jitter: Double
    /// HTTP statuses retried for every operation: the service says it did not act.
    public var alwaysRetriedStatuses: Set<Int>
    /// HTTP statuses retried only for operations that are safe to repeat.
    public var idempotentRetriedStatuses: Set<Int>

    /// Creates a policy; the defaults make 3 attempts, 200 ms then 400 ms apart (±jitter).
    public init(
        maxAttempts: Int = 3,
        baseDelay: Duration = .milliseconds(200),
        maxDelay: Duration = .seconds(5),
        jitter: Double = 0.5,
        alwaysRetriedStatuses: Set<Int> = [429, 503],
        idempotentRetriedStatuses: Set<Int> = [500, 502, 504]
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = min(1, max(0, jitter))
        self.alwaysRetriedStatuses = alwaysRetriedStatuses
        self.idempotentRetriedStatuses = idempotentRetriedStatuses
    }

    /// Three attempts with capped exponential backoff and jitter.
    public static let `default` = RetryPolicy()

    /// A single attempt, never retried.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The wait after failed attempt number `attempt` (1-based), jitter included.
    public func delay(afterAttempt attempt: Int) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        var delay = baseDelay * (1 << exponent)
        if delay > maxDelay { delay = maxDelay }
        guard jitter > 0 else { return delay }
        let randomPart = Double.random(in: 0...jitter)
        return delay * (1 - randomPart)
    }

    /// The wait a reply asks for (`Retry-After` in seconds), within ``maxDelay``.
    public func delay(retryAfter header: String?) -> Duration? {
        guard let header, let seconds = Int(header.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
            return nil
        }
        let asked = Duration.seconds(seconds)
        return asked > maxDelay ? maxDelay : asked
    }
}
