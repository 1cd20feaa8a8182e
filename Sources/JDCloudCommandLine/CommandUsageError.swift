/// A call that was refused before anything was sent: a missing or wrongly
/// typed parameter, or a key the operation does not take.
///
/// The message names the parameter and what was expected, so the command
/// line can print it as it is.
public struct CommandUsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The wire name of the parameter at fault, when there is one.
    public var parameter: String?
    /// One line saying what is wrong and what was expected.
    public var message: String

    /// Creates a usage error.
    public init(parameter: String? = nil, message: String) {
        self.parameter = parameter
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
