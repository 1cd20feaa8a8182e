import Foundation
import JDCloudCore

/// Operations shaped like the generated ones, for the tests.
struct InstanceFilter: Codable, Sendable {
    var name: String
    var `operator`: String?
    var values: [String]
}

struct DescribeInstancesRequest: JDCloudOperation {
    typealias Response = DescribeInstancesResponse
    static let descriptor = OperationDescriptor(
        name: "describeInstances", method: .get, version: "v1", pathTemplate: "/regions/{regionId}/instances")

    var regionId: String
    var pageNumber: Int?
    var pageSize: Int?
    var filters: [InstanceFilter]?
    var tags: [String]?

    enum CodingKeys: String, CodingKey { case pageNumber, pageSize, filters, tags }
    var pathParameters: [String: String] { ["regionId": regionId] }
}

struct DescribeInstancesResponse: Decodable, Sendable {
    struct Result: Decodable, Sendable {
        var instances: [JSONValue]
        var totalCount: Int?
    }
    var requestId: String
    var result: Result?
}

struct RebuildInstanceRequest: JDCloudOperation {
    typealias Response = RebuildInstanceResponse
    static let descriptor = OperationDescriptor(
        name: "rebuildInstance", method: .post, version: "v1",
        pathTemplate: "/regions/{regionId}/instances/{instanceId}:rebuild")

    var regionId: String
    var instanceId: String
    var imageId: String?
    var password: String?
    var userTags: [String: JSONValue]?
    var pin: String?
    var traceId: String?

    enum CodingKeys: String, CodingKey { case imageId, password, userTags }
    var pathParameters: [String: String] { ["regionId": regionId, "instanceId": instanceId] }
    var headerParameters: [String: String] {
        var headers: [String: String] = [:]
        if let pin { headers["x-jdcloud-pin"] = pin }
        if let traceId { headers["x-trace-id"] = traceId }
        return headers
    }
}

struct RebuildInstanceResponse: Decodable, Sendable {
    struct Result: Decodable, Sendable {}
    var requestId: String
    var result: Result?
}

struct HeadBucketRequest: JDCloudOperation {
    typealias Response = HeadBucketResponse
    static let descriptor = OperationDescriptor(
        name: "headBucket", method: .head, version: "1.0", pathTemplate: "/regions/{regionId}/buckets/{bucketName}")

    var regionId: String
    var bucketName: String

    enum CodingKeys: CodingKey {}
    var pathParameters: [String: String] { ["regionId": regionId, "bucketName": bucketName] }
    func encode(to encoder: any Encoder) throws { _ = encoder.container(keyedBy: CodingKeys.self) }
}

struct HeadBucketResponse: Decodable, Sendable {
    var requestId: String
    var result: JSONValue?
}

/// A regionless operation whose region travels as a query parameter.
struct DescribeUserRequest: JDCloudOperation {
    typealias Response = DescribeInstancesResponse
    static let descriptor = OperationDescriptor(
        name: "describeUser", method: .get, version: "v1", pathTemplate: "/users/{userName}")

    var userName: String
    var regionId: String?

    enum CodingKeys: String, CodingKey { case regionId }
    var pathParameters: [String: String] { ["userName": userName] }
}

/// An operation of a regional host, as monitor's `putMetricData` is.
struct PutMetricDataRequest: JDCloudOperation {
    typealias Response = HeadBucketResponse
    static let descriptor = OperationDescriptor(
        name: "putMetricData", method: .post, host: "monitor.{regionId}.jdcloud-api.com", version: "v1",
        pathTemplate: "/regions/{regionId}/metrics")

    var regionId: String?
    var metricData: [String]

    enum CodingKeys: String, CodingKey { case metricData }
    var pathParameters: [String: String] {
        var values: [String: String] = [:]
        if let regionId { values["regionId"] = regionId }
        return values
    }
}

/// A POST with an idempotency token, as createInstances is.
struct CreateThingsRequest: JDCloudOperation {
    typealias Response = RebuildInstanceResponse
    static let descriptor = OperationDescriptor(
        name: "createThings", method: .post, version: "v1", pathTemplate: "/regions/{regionId}/things",
        usesClientRegion: true, usesClientToken: true)

    var regionId: String?
    var name: String
    var clientToken: String?

    enum CodingKeys: String, CodingKey { case name, clientToken }
    var pathParameters: [String: String] {
        var values: [String: String] = [:]
        if let regionId { values["regionId"] = regionId }
        return values
    }
}
