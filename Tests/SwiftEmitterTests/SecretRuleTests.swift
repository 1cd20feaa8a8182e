import XCTest

@testable import SwiftEmitter

/// The one rule that decides which values generated types print as `<redacted>`.
final class SecretRuleTests: XCTestCase {
    func testSecretWordsAnywhereInTheNameWhateverTheCaseOrSeparators() {
        for name in [
            "password", "Password", "newPassword", "db_passwd", "accessKeySecret", "x-jdcloud-token",
            "SessionToken", "private_key", "PrivateKey", "password2",
        ] {
            XCTAssertTrue(SecretRule.isSecret(name), name)
        }
    }

    func testClientTokenAndOrdinaryNamesAreNotSecrets() {
        for name in ["clientToken", "client-token", "ClientToken", "instanceId", "pageSize", "", "tok", "é"] {
            XCTAssertFalse(SecretRule.isSecret(name), name)
        }
    }
}
