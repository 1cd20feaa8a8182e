import Foundation
import JDCloudCore

/// Reads the call's JSON input: `--input '<json>'`, `--input @file`, or
/// standard input when `--input` is not given and standard input is not a
/// terminal. No input at all is an empty object.
enum InputReader {
    /// `option` is the option's value; `name` says where it came from in messages (`--input`, `--filters`).
    static func read(_ option: String?, from name: String = "--input") throws -> JSONValue {
        let data: Data
        let origin: String
        if let option, option.hasPrefix("@") {
            let path = String(option.dropFirst())
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CommandUsageError(message: "cannot read the input file '\(path)'")
            }
            data = contents
            origin = "the file '\(path)' of \(name)"
        } else if let option {
            data = Data(option.utf8)
            origin = name
        } else if isatty(STDIN_FILENO) == 0 {
            data = FileHandle.standardInput.readDataToEndOfFile()
            origin = "standard input"
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
