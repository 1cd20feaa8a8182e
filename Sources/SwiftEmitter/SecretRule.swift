/// Which parameters and fields hold secrets, the one rule for all of them:
/// a wire name that contains `password`, `passwd`, `secret`, `token` or
/// `privateKey` (whatever the case or separators), except `clientToken`,
/// which is an idempotency key, not a secret. Generated types show such
/// values as `<redacted>` in `description`, `debugDescription`, `dump` and
/// string interpolation.
enum SecretRule {
    private static let words = ["password", "passwd", "secret", "token", "privatekey"]

    static func isSecret(_ wireName: String) -> Bool {
        let key = String(
            wireName.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        if key.hasSuffix("clienttoken") { return false }
        return words.contains { key.contains($0) }
    }
}
