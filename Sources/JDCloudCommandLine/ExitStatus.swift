/// The exit statuses of `jdcloud`, as its help documents them.
enum ExitStatus: Int32 {
    /// The call succeeded; the reply is on standard output.
    case success = 0
    /// JD Cloud answered with an error, or the call failed on the way.
    case failure = 1
    /// The command line or the input is wrong; nothing was sent.
    case usage = 2
}
