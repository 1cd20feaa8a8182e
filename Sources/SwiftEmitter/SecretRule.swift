/// Which parameters and fields hold secrets, the one rule for all of them:
/// a wire name that contains `password`, `passwd`, `secret`, `token` or
/// `privateKey` (whatever the case or separators), except `clientToken`,
/// which is an idempotency key, not a secret. Generated types show such
/// values as `<redacted>` in `description`, `debugDescription`, `dump` and
/// string interpolation.
enum SecretRule {
    private static let words: [[UInt8]] = ["password", "passwd", "secret", "token", "privatekey"].map { Array($0.utf8) }
    private static let clientToken = Array("clienttoken".utf8)

    /// Asked for every parameter and field of every page, so it works on the
    /// name's ASCII letters and digits, lower-cased, as bytes.
    static func isSecret(_ wireName: String) -> Bool {
        var key: [UInt8] = []
        key.reserveCapacity(wireName.utf8.count)
        for byte in wireName.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): key.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte + 32)
            default: continue
            }
        }
        if key.count >= clientToken.count && key.suffix(clientToken.count).elementsEqual(clientToken) { return false }
        return words.contains { word in
            guard key.count >= word.count else { return false }
            return (0...(key.count - word.count)).contains { start in
                key[start..<start + word.count].elementsEqual(word)
            }
        }
    }
}
