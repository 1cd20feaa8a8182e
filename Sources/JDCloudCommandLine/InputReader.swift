import Foundation
import JDCloudCore

/// Reads the call's JSON input: `--input '<json>'`, `--input @file`, or
/// standard input with `--input -` (or `@-`). Standard input is read only
/// when asked for: a `jdcloud` in a `while read` loop or under `ssh` must not
/// swallow or wait for what it was not given. No input at all is an empty object.
enum InputReader {
    /// `option` is the option's value; `name` says where it came from in messages (`--input`, `--filters`).
    static func read(_ option: String?, from name: String = "--input") throws -> JSONValue {
        let data: Data
        let origin: String
        if option == "-" || option == "@-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            origin = "standard input"
        } else if let option, option.hasPrefix("@") {
            let path = String(option.dropFirst())
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CommandUsageError(message: "cannot read the file '\(path)' of \(name)")
            }
            data = contents
            origin = "the file '\(path)' of \(name)"
        } else if let option {
            data = Data(option.utf8)
            origin = name
        } else {
            return .object([:])
        }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .object([:])
        }
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw CommandUsageError(message: "\(origin) is not valid JSON")
        }
    }
}
