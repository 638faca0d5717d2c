public import SitegenData

/// Loads a folder's worth of data files into `DealData`, collecting every problem.
///
/// Callers read the files; this type only parses and validates. A typical call from
/// SitegenCore:
///
/// ```swift
/// let result = DealLoader.load(files)   // [DataFile] from content/data/
/// if result.hasErrors { report(result.diagnostics) }
/// let catalog = FigureCatalog(dataSet: result.dataSet)
/// ```
public enum DealLoader {
    /// Parses and validates every file; never throws.
    ///
    /// Invalid records are left out of the data, and every problem of every file is in the
    /// result's diagnostics.
    public static func load(_ files: [DataFile]) -> DealLoadResult {
        var diagnostics: [DataDiagnostic] = []
        let datasets = DataLoader.loadDatasets(files, diagnostics: &diagnostics)
        // A dataset whose file could not be read at all has its own error; records naming
        // its ids are not also wrong.
        let loaded = Set(datasets.map(\.name))
        let unreadable = Set(
            files.map { file in
                let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
                return name.split(separator: ".").dropLast().joined(separator: ".")
            }
        ).subtracting(loaded)
        let dataSet = DealDataBuilder.build(
            datasets, unreadable: unreadable, diagnostics: &diagnostics)
        return DealLoadResult(dataSet: dataSet, diagnostics: diagnostics)
    }
}

/// What loading a data folder gave: the data set and every problem found.
public struct DealLoadResult: Sendable {
    /// The data set, without the records that had errors.
    public var dataSet: DealData
    /// Every problem, sorted by path and position, each reported once.
    public var diagnostics: [DataDiagnostic]

    /// Creates a result, sorting the diagnostics and dropping exact repeats.
    public init(dataSet: DealData, diagnostics: [DataDiagnostic]) {
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
