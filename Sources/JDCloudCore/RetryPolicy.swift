/// When and how long to wait before retrying a failed attempt.
///
/// Only transient failures are retried: connection errors, timeouts and the
/// HTTP statuses in ``retryableStatuses``. The delay before attempt `n + 1`
/// is `min(maxDelay, baseDelay * 2^(n-1))`, of which a random part (the
/// jitter) is subtracted so that clients do not retry in lockstep.
public struct RetryPolicy: Sendable, Hashable {
    /// Total attempts including the first one; `1` disables retries.
    public var maxAttempts: Int
    /// The delay before the first retry, before jitter.
    public var baseDelay: Duration
    /// The cap on any single delay.
    public var maxDelay: Duration
    /// The fraction (0...1) of each delay that is randomised.
    public var jitter: Double
    /// HTTP statuses that are worth another attempt.
    public var retryableStatuses: Set<Int>

    /// Creates a policy; the defaults make 3 attempts, 200 ms then 400 ms apart (±jitter).
    public init(
        maxAttempts: Int = 3,
        baseDelay: Duration = .milliseconds(200),
        maxDelay: Duration = .seconds(5),
        jitter: Double = 0.5,
        retryableStatuses: Set<Int> = [429, 500, 502, 503, 504]
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = min(1, max(0, jitter))
        self.retryableStatuses = retryableStatuses
    }

    /// Three attempts with capped exponential backoff and jitter.
    public static let `default` = RetryPolicy()

    /// A single attempt, never retried.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// Whether a reply with this HTTP status should be retried.
    public func shouldRetry(status: Int) -> Bool {
        retryableStatuses.contains(status)
    }

    /// The wait after failed attempt number `attempt` (1-based), jitter included.
    public func delay(afterAttempt attempt: Int) -> Duration {
        let exponent = min(max(attempt - 1, 0), 30)
        var delay = baseDelay * (1 << exponent)
        if delay > maxDelay { delay = maxDelay }
        guard jitter > 0 else { return delay }
        let randomPart = Double.random(in: 0...jitter)
        return delay * (1 - randomPart)
    }
}
