import APIModel
import FileAccess

/// Reads API reference pages into the IR.
public enum SpecReader {
    /// Reads every page at `paths`: files as given, folders walked recursively
    /// for `*.md` in sorted order. Never throws: unreadable input becomes a
    /// diagnostic, pages that are not API pages are listed as skipped.
    /// Each page is dropped once parsed, so memory holds the IR, not every page.
    public static func read(paths: [String]) -> APIDocument {
        var document = APIDocument()
        var files: [String] = []
        for path in paths {
            files += pageFiles(at: path, diagnostics: &document.diagnostics)
        }
        for (outcome, diagnostics) in files.concurrentMap(parse(file:)) {
            document.diagnostics += diagnostics
            switch outcome {
            case .operation(let operation): document.operations.append(operation)
            case .skipped(let page): document.skipped.append(page)
            case .failed: break
            }
        }
        return document
    }

    private static func parse(file: String) -> (PageOutcome, [Diagnostic]) {
        guard let bytes = WholeFile.read(file) else {
            return (.failed, [Diagnostic(file: file, line: 1, severity: .error, message: "cannot read the file")])
        }
        let (outcome, diagnostics) = PageParser.parse(bytes: bytes, source: file)
        return (outcome, diagnostics)
    }

    /// The `.md` files at a path, sorted by their UTF-8 bytes so the order is
    /// the same on every machine.
    static func pageFiles(at path: String, diagnostics: inout [Diagnostic]) -> [String] {
        guard let isFolder = FolderListing.isFolder(path) else {
            diagnostics.append(Diagnostic(file: path, line: 1, severity: .error, message: "no such file or folder"))
            return []
        }
        guard isFolder else { return [path] }
        var files: [String] = []
        var folders = [path.hasSuffix("/") ? String(path.dropLast()) : path]
        // Links are followed, so a link to an enclosing folder would loop: visit each folder once.
        var visited: Set<FolderListing.Identity> = []
        while let folder = folders.popLast() {
            guard let identity = FolderListing.identity(of: folder), visited.insert(identity).inserted else { continue }
            for entry in FolderListing.entries(of: folder) {
                let full = folder + "/" + entry.name
                if entry.isFolder {
                    folders.append(full)
                } else if entry.name.hasSuffix(".md") {
                    files.append(full)
                }
            }
        }
        // Compared as byte arrays: comparing the strings' UTF-8 views directly was slower.
        return files.map { (key: Array($0.utf8), path: $0) }
            .sorted { $0.key.lexicographicallyPrecedes($1.key) }
            .map(\.path)
    }
}
