import Foundation
import HTTPTypes
import XCTest
@testable import JDCloudCore

/// The official JDCLOUD3-HMAC-SHA256 vectors.
final class SignerVectorTests: XCTestCase {
    private let prefix = "JDCLOUD3-HMAC-SHA256 Credential=ak/20190917/cn-north-1/apigatewaytestproductline/jdcloud3_request, "
        + "SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce, Signature="

    private func authorization(path: String, nonce: String = "X-Jdcloud-Nonce") -> String {
        var request = HTTPRequest(
            method: .get, scheme: "http", authority: "apigw-internal-dev.cn-north-1.jcloudcs.com:8000", path: path,
            headerFields: [.contentType: "application/json"])
        JDCloudSigner(credentials: Credentials(accessKeyId: "ak", secretAccessKey: "sk")).sign(
            &request, body: Data(), service: "apigatewaytestproductline", region: "cn-north-1",
            date: SigningDate.parse("20190917T064708Z")!, nonce: nonce)
        XCTAssertEqual(request.headerFields[JDCloudSigner.dateHeader], "20190917T064708Z")
        return request.headerFields[.authorization] ?? ""
    }

    func testChinesePathVector() {
        XCTAssertEqual(authorization(path: "/v1/regions/cn-north-1/instances/中文:GET"),
                       prefix + "936ed2dcb6fb4271ad640e0f46f1fe61763a0bad8bb4f4eb1224261f969612fa")
    }

    func testEmptyPathVector() {
        XCTAssertEqual(authorization(path: ""),
                       prefix + "44c5ec30b6185516986ae171d8276552bc0f37f6a536a44e4f578958fc1c12be")
    }

    func testPathWithoutLeadingSlashVector() {
        XCTAssertEqual(authorization(path: "v1"),
                       prefix + "92cd3ed582c13af58b4c81ddad150c350e656c6cc9e78ec154d7385e499b91b6")
    }

    func testEmptyQueryKeyVector() {
        XCTAssertEqual(authorization(path: "/v1/regions/cn-north-1/instances?=a&a=a"),
                       prefix + "43efb5fb00e86faf35d8bf0bed3b72e84cfc98ee4754065e29c3caa7bcaa12cb")
    }

    /// More cases published with the official Python signer's tests.
    func testFurtherOfficialVectors() {
        let base = "/v1/regions/cn-north-1/instances"
        let cases: [(String, String)] = [
            ("v1/", "035689ae2ce6a3603928ac3d60a6d2fbfb550d33c5da983342a6356419ccd914"),
            ("%2Fv1%2Fregions%2F%2F%2Fcn-north-1%2Finstances", "33df199719f9edc6de860e6b53c61d4824e1f389e6030fd37ddc977fda29e467"),
            ("/v1%2Fregions/cn-north-1%2F%2F%2Finstances", "33df199719f9edc6de860e6b53c61d4824e1f389e6030fd37ddc977fda29e467"),
            ("/v1/%2/%2f/%2b%f", "6610271450ea321baab326f8debc51a2e4dd7e73b04200275a1d9b3897045caf"),
            ("/v1%2Fregions/cn-north-1%2F%2F%2Finstances/ + /+/ +/+ /%2B%20%2B%2F%2F",
             "7286237483a7fcc51ff7621c9a5c586a0ec85fd06cbf91c20adde2ec3b5e4d97"),
            (base + "?=&a=a", "43efb5fb00e86faf35d8bf0bed3b72e84cfc98ee4754065e29c3caa7bcaa12cb"),
            (base + "?aa=aa&aa%3Daa=&aa=aa%3D&aa=&aa=aaa&aaa=aaa&aaa=aa&aaa=a&ab=aa&ab=aa&cc=&cc=&bb=aa&bb=",
             "8ccc3c9af11e964b3c5d6020d2af49e97e27fbb23e2b8f57bdc84815e471d54b"),
            (base + "? =blank&%20=blank&+= 2&%2b= 1&blank= &blank=+&blank=%20",
             "78c0a4db84050d773533c78c1a0f73bf974faf5df881e39b18c3e0de8110324e"),
            (base + "? =blank&%2=blank&+=jia0&%2b=jia1&%2B=jia2&blank= %2b%2f%2/&blank=+&%2/blank=%0%f",
             "972987a6f95be456935cde8be8f106114e2ad27465a507644e61f021a98a7218"),
            (base + "?中文参数=中文参数值", "7e3094d23adde49fcc99b7d0de911d7ecaa7767590edd57769d7bdbaca919276"),
        ]
        for (path, signature) in cases {
            XCTAssertEqual(authorization(path: path), prefix + signature, "path \(path)")
        }
    }

    func testHeaderValuesAreTrimmedVectors() {
        let base = "/v1/regions/cn-north-1/instances"
        XCTAssertEqual(authorization(path: base, nonce: " X-Jdcloud- -Nonce "),
                       prefix + "5d955d1de475eac2b4378473ca0adce8fddd13f45d2be53bc2ffb6eee6450ba4")
        XCTAssertEqual(authorization(path: base, nonce: "  X-Jdcloud-  -Nonce  "),
                       prefix + "a03bb8d755cb93e4d8846fe5fcad180f319fa50356f63e8afdc749bd1a95695f")
        XCTAssertEqual(
            authorization(path: base, nonce: #"/`!@#$%^&*()=+/0123456789/[]\;',<>?:"{}|/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/-_.~"#),
            prefix + "9046b11889b993a808fccf1322f7f04e7e5a7e0cc22d8b65e9986a8aab986ad7")
    }

    func testSessionTokenIsSetAndSigned() {
        var request = HTTPRequest(method: .get, scheme: "https", authority: "vm.jdcloud-api.com", path: "/v1/x")
        let credentials = Credentials(accessKeyId: "ak", secretAccessKey: "sk", sessionToken: "tok")
        JDCloudSigner(credentials: credentials).sign(
            &request, body: Data(), service: "vm", region: "cn-north-1", date: Date(), nonce: "n")
        XCTAssertEqual(request.headerFields[JDCloudSigner.securityTokenHeader], "tok")
        XCTAssertTrue(request.headerFields[.authorization]!.contains(
            "SignedHeaders=host;x-jdcloud-date;x-jdcloud-nonce;x-jdcloud-security-token,"))
    }

    func testUserAgentAndDefaultPortAreNotSigned() {
        var request = HTTPRequest(
            method: .get, scheme: "https", authority: "vm.jdcloud-api.com:443", path: "/v1/x",
            headerFields: [.userAgent: "JdcloudSdkSwift/0.1.0 vm/v1"])
        var withoutPort = HTTPRequest(method: .get, scheme: "https", authority: "vm.jdcloud-api.com", path: "/v1/x")
        let signer = JDCloudSigner(credentials: Credentials(accessKeyId: "ak", secretAccessKey: "sk"))
        let date = Date(timeIntervalSince1970: 1_568_702_828)
        signer.sign(&request, body: Data("{}".utf8), service: "vm", region: "cn-north-1", date: date, nonce: "n")
        signer.sign(&withoutPort, body: Data("{}".utf8), service: "vm", region: "cn-north-1", date: date, nonce: "n")
        XCTAssertEqual(request.headerFields[.authorization], withoutPort.headerFields[.authorization])
    }

    func testSigningDateFormat() {
        let date = Date(timeIntervalSince1970: 1_568_702_828)
        XCTAssertEqual(SigningDate.format(date), "20190917T064708Z")
        XCTAssertEqual(SigningDate.parse("20190917T064708Z"), date)
        XCTAssertNil(SigningDate.parse("2019-09-17"))
    }
}
