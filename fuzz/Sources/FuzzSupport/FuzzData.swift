import SitegenData
import SitegenDeals

/// The data loaders on one fuzzed file: as a plain dataset, and as the deal data's file of
/// the same kind, validated with the rest of the repository's data.
public enum FuzzData {
    /// Loads `bytes` as `name` (its extension picks the loader) and as the deal data's file
    /// `replacing` (a path below `content/data/`), when given.
    public static func load(_ bytes: [UInt8], as name: String, replacing: String? = nil) {
        _ = try? DataLoader.parse(DataFile(path: "content/data/" + name, bytes: bytes))
        guard let replacing else { return }
        var files = FuzzSite.base.compactMap { path, contents -> DataFile? in
            guard path.hasPrefix("content/data/"), path != "content/data/" + replacing else {
                return nil
            }
            return DataFile(path: path, bytes: contents)
        }
        files.append(DataFile(path: "content/data/" + replacing, bytes: bytes))
        _ = DealLoader.load(files.sorted { $0.path < $1.path })
    }
}
