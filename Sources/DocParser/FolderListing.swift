#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists a folder with `readdir`: FileManager's enumerator took a tenth of
/// `sdkgen ir`'s time on the corpus.
enum FolderListing {
    struct Entry {
        var name: String
        /// A folder, or a link to one (links are followed, as `find -L` would).
        var isFolder: Bool
    }

    /// A folder's device and inode: the same folder reached through two paths has one identity.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    static func identity(of folder: String) -> Identity? {
        var info = stat()
        guard stat(folder, &info) == 0 else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    static func entries(of folder: String) -> [Entry] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let pointer = readdir(directory) {
            let name = withUnsafeBytes(of: pointer.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." || name.hasPrefix(".") { continue }
            let type = pointer.pointee.d_type
            var isFolder = type == UInt8(DT_DIR)
            if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = stat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append(Entry(name: name, isFolder: isFolder))
        }
        return entries
    }
}
