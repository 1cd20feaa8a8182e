/// What kind of change a docs update made, as `sdkgen diff` reports it.
public enum ChangeKind: String, Sendable, Hashable, CaseIterable, Codable {
    case operationAdded = "operation-added"
    case operationRemoved = "operation-removed"
    /// Method, version, path or host changed; one change per facet.
    case operationMoved = "operation-moved"
    case parameterAdded = "parameter-added"
    case parameterRemoved = "parameter-removed"
    case parameterTypeChanged = "parameter-type-changed"
    /// Optional → required.
    case parameterRequired = "parameter-required"
    /// Required → optional.
    case parameterOptional = "parameter-optional"
    /// Query, body or header changed: apps built against the old SDK send it where the service no longer reads it.
    case parameterMoved = "parameter-moved"
    case modelAdded = "model-added"
    case modelRemoved = "model-removed"
    case modelFieldAdded = "model-field-added"
    case modelFieldRemoved = "model-field-removed"
    case modelFieldTypeChanged = "model-field-type-changed"
    case modelFieldRequired = "model-field-required"
    case modelFieldOptional = "model-field-optional"
    /// The pages of a service now define a model differently, so it is no longer one type.
    case modelSplit = "model-split"
    /// The pages of a service now define a model alike, so their per-page types become one.
    case modelJoined = "model-joined"
    case responseFieldAdded = "response-field-added"
    case responseFieldRemoved = "response-field-removed"
    case responseFieldTypeChanged = "response-field-type-changed"
    case defaultChanged = "default-changed"
}

/// Whether code written against the old SDK keeps working.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    /// Code written against the SDK generated from the old pages may stop
    /// compiling against the new one, or may send a request the service now rejects.
    case breaking
    /// Nothing that compiled stops compiling; new things may be used.
    case compatible

    public static func < (a: Severity, b: Severity) -> Bool { a == .breaking && b == .compatible }
}

/// The release a set of changes calls for, in semantic-versioning terms.
public enum VersionBump: String, Sendable, Hashable, Codable, Comparable {
    case none, patch, minor, major

    private var rank: Int {
        switch self {
        case .none: return 0
        case .patch: return 1
        case .minor: return 2
        case .major: return 3
        }
    }

    public static func < (a: VersionBump, b: VersionBump) -> Bool { a.rank < b.rank }
}

/// One change to one operation.
public struct APIChange: Sendable, Hashable {
    public var kind: ChangeKind
    public var severity: Severity
    public var service: String
    /// The page title of the operation it belongs to.
    public var operation: String
    /// The parameter's wire name, `Model.field`, `Model`, a facet (`method`), or `""`.
    public var subject: String
    /// What it was (`"Integer, optional"`), `nil` when it did not exist.
    public var old: String?
    /// What it is, `nil` when it no longer exists.
    public var new: String?
    /// The page it is seen on: the new page's, or the old page's for removals.
    public var file: String
    public var line: Int
    /// One sentence for people.
    public var message: String

    public init(
        kind: ChangeKind, severity: Severity, service: String, operation: String, subject: String,
        old: String?, new: String?, file: String, line: Int, message: String
    ) {
        self.kind = kind
        self.severity = severity
        self.service = service
        self.operation = operation
        self.subject = subject
        self.old = old
        self.new = new
        self.file = file
        self.line = line
        self.message = message
    }
}

/// Everything one comparison found.
public struct ChangeReport: Sendable, Hashable {
    /// Grouped by service and operation (both sorted by name), breaking first within each operation.
    public var changes: [APIChange]
    /// Whether prose changed somewhere (descriptions, response codes, type spellings): at least a patch release.
    public var documentationChanged: Bool
    /// Pages left out of the comparison because they have errors.
    public var pagesWithErrors: Int

    public init(changes: [APIChange], documentationChanged: Bool, pagesWithErrors: Int = 0) {
        self.changes = changes
        self.documentationChanged = documentationChanged
        self.pagesWithErrors = pagesWithErrors
    }

    public var breakingCount: Int { changes.filter { $0.severity == .breaking }.count }
    public var compatibleCount: Int { changes.filter { $0.severity == .compatible }.count }

    /// `major` with any breaking change, `minor` with compatible ones, `patch` when only documentation changed.
    public var versionBump: VersionBump {
        if breakingCount > 0 { return .major }
        if compatibleCount > 0 { return .minor }
        return documentationChanged ? .patch : .none
    }

    /// `N breaking, N compatible changes in N operations of N services; version bump: major`.
    public var summaryLine: String {
        let operations = Set(changes.map { [$0.service, $0.operation] }).count
        let services = Set(changes.map(\.service)).count
        var line =
            "\(breakingCount) breaking, \(compatibleCount) compatible changes in \(operations) operations of "
            + "\(services) services; version bump: \(versionBump.rawValue)"
        if pagesWithErrors > 0 {
            line += "; \(pagesWithErrors) page\(pagesWithErrors == 1 ? "" : "s") with errors left out"
        }
        return line
    }
}
