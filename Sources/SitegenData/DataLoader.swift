/// Loads a folder's worth of data files into a `DataSet`, collecting every problem.
///
/// Callers read the files; this type only parses and validates. A typical call from
/// SitegenCore:
///
/// ```swift
/// let result = DataLoader.load(files)   // [DataFile] from content/data/
/// if result.hasErrors { report(result.diagnostics) }
/// let catalog = FigureCatalog(dataSet: result.dataSet)
/// ```
public enum DataLoader {
    /// The datasets with a typed schema.
    public static let typedDatasetNames = ["capex", "companies", "deals", "sources"]

    /// Parses and validates every file; never throws.
    ///
    /// Invalid records are left out of the data set, and every problem of every file is in the
    /// result's diagnostics.
    public static func load(_ files: [DataFile]) -> DataLoadResult {
        var diagnostics: [DataDiagnostic] = []
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
        let dataSet = DataSetBuilder.build(datasets, diagnostics: &diagnostics)
        return DataLoadResult(dataSet: dataSet, diagnostics: diagnostics)
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

/// What loading a data folder gave: the data set and every problem found.
public struct DataLoadResult: Sendable {
    /// The data set, without the records that had errors.
    public var dataSet: DataSet
    /// Every problem, sorted by path and position, each reported once.
    public var diagnostics: [DataDiagnostic]

    /// Creates a result, sorting the diagnostics and dropping exact repeats.
    public init(dataSet: DataSet, diagnostics: [DataDiagnostic]) {
        self.dataSet = dataSet
        var unique: [DataDiagnostic] = []
        for diagnostic in diagnostics.sorted() where unique.last != diagnostic {
            unique.append(diagnostic)
        }
        self.diagnostics = unique
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// The errors only.
    public var errors: [DataDiagnostic] { diagnostics.filter(\.isError) }
}
