import APIModel

/// Reads API reference pages into the IR.
public enum SpecReader {
    /// Reads every page at `paths`: files as given, folders walked recursively
    /// for `*.md` in sorted order. Never throws: unreadable input becomes a
    /// diagnostic, pages that are not API pages are listed as skipped.
    public static func read(paths: [String]) -> APIDocument {
        APIDocument()  // placeholder until the parser lands
    }
}
