public import SitegenSupport

/// One data file loaded as a list of records, named by its file stem.
public struct Dataset: Sendable, Hashable {
    /// The file formats datasets can be written in.
    public enum Format: String, Sendable, Hashable, CaseIterable {
        /// `.yaml` or `.yml`.
        case yaml
        /// `.json`.
        case json
        /// `.csv`, with a header row.
        case csv

        /// The format for a file name's extension, compared without case.
        public init?(fileExtension: String) {
            switch fileExtension.lowercased() {
            case "yaml", "yml": self = .yaml
            case "json": self = .json
            case "csv": self = .csv
            default: return nil
            }
        }
    }

    /// The file stem, such as `deals` for `content/data/deals.yaml`.
    public var name: String
    /// The site-relative path of the file.
    public var path: String
    /// The file's format.
    public var format: Format
    /// The records, each a map, in file order.
    public var records: [DataValue]
    /// Where the list of records starts.
    public var position: SourcePosition

    /// Creates a dataset.
    public init(
        name: String, path: String, format: Format, records: [DataValue], position: SourcePosition
    ) {
        self.name = name
        self.path = path
        self.format = format
        self.records = records
        self.position = position
    }

    /// Every field name used by the records, in order of first use; nested maps give dotted
    /// names (`investment.amount`).
    public var fieldNames: [String] {
        var names: [String] = []
        var seen = Set<String>()
        for record in records {
            for name in Self.fieldNames(of: record, prefix: "") where seen.insert(name).inserted {
                names.append(name)
            }
        }
        return names
    }

    static func fieldNames(of value: DataValue, prefix: String) -> [String] {
        guard let entries = value.entries else { return prefix.isEmpty ? [] : [prefix] }
        return entries.flatMap { entry -> [String] in
            let name = prefix.isEmpty ? entry.key : prefix + "." + entry.key
            return entry.value.entries != nil ? fieldNames(of: entry.value, prefix: name) : [name]
        }
    }
}
