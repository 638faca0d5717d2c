/// Parses data files into plain datasets, collecting every problem.
///
/// Callers read the files; this type only parses. SitegenDeals' `DealLoader` builds the typed
/// deal model on top of it.
public enum DataLoader {
    /// Parses every file, in path order, into a dataset named by its file stem; never throws.
    ///
    /// A file that cannot be parsed, or whose stem another file already took, is left out and
    /// its problem appended to `diagnostics`.
    public static func loadDatasets(_ files: [DataFile], diagnostics: inout [DataDiagnostic])
        -> [Dataset]
    {
        var datasets: [Dataset] = []
        var pathByName: [String: String] = [:]
        for file in files.sorted(by: { $0.path < $1.path }) {
            if let first = pathByName[file.stem] {
                diagnostics.append(
                    DataDiagnostic(
                        path: file.path, position: nil,
                        message:
                            "Dataset '\(file.stem)' is already defined by '\(first)'; use each name once"
                    ))
                continue
            }
            do {
                let dataset = try parse(file)
                pathByName[file.stem] = file.path
                datasets.append(dataset)
            } catch {
                pathByName[file.stem] = file.path
                diagnostics.append(error)
            }
        }
        return datasets
    }

    /// Parses one file into records: picks the format from the extension, decodes bytes as
    /// UTF-8, rejects empty files and checks that the file is a list of records (maps).
    public static func parse(_ file: DataFile) throws(DataDiagnostic) -> Dataset {
        guard let format = Dataset.Format(fileExtension: file.fileExtension) else {
            throw DataDiagnostic(
                path: file.path, position: nil,
                message:
                    "Unsupported data file extension '\(file.fileExtension)'; use .yaml, .yml, .json or .csv"
            )
        }
        let text: String
        switch file.contents {
        case .text(let string): text = string
        case .bytes(let bytes): text = try UTF8Text.decode(bytes, path: file.path)
        }
        if text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) {
            throw DataDiagnostic(
                path: file.path, position: .start, message: "The data file is empty")
        }
        let root: DataValue
        switch format {
        case .yaml: root = try YAMLLoader.load(text, path: file.path)
        case .json: root = try JSONLoader.load(text, path: file.path)
        case .csv: root = try CSVLoader.load(text, path: file.path)
        }
        if root.isNull {
            throw DataDiagnostic(
                path: file.path, position: root.position,
                message: "The data file has no records, only comments")
        }
        guard let items = root.items else {
            throw DataDiagnostic(
                path: file.path, position: root.position,
                message: "Expected a list of records, found \(root.typeDescription)")
        }
        for item in items where item.entries == nil {
            throw DataDiagnostic(
                path: file.path, position: item.position,
                message: "Expected a record (a map of fields), found \(item.typeDescription)")
        }
        return Dataset(
            name: file.stem, path: file.path, format: format, records: items,
            position: root.position)
    }
}
