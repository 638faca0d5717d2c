import SitegenData
import SitegenDeals

/// Reads `content/data/` and hands the files to SitegenData, turning its diagnostics into
/// ours with the source line for the caret.
struct DataFolderLoader {
    let reader: SiteReader

    static let extensions: Set<String> = ["yaml", "yml", "json", "csv"]

    /// The figure catalog of the site's data (empty when there is no data folder).
    func load(into diagnostics: inout DiagnosticBag) -> FigureCatalog {
        var files: [DataFile] = []
        var sources: [String: SourceFile] = [:]
        for path in reader.files(in: "content/data", extensions: Self.extensions) {
            let name = String(path.split(separator: "/").last ?? "")
            let stem = name.split(separator: ".").dropLast().joined(separator: ".")
            guard !stem.isEmpty,
                stem.allSatisfy({
                    $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_")
                })
            else {
                diagnostics.error(
                    "The dataset name '\(stem)' must be lowercase letters, digits, '-' or '_'; rename the file",
                    path: path)
                continue
            }
            switch reader.data(path) {
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case .success(let data):
                let bytes = data
                files.append(DataFile(path: path, bytes: bytes))
                if case .success(let file) = TextDecoding.decode(bytes, path: path) {
                    sources[path] = file
                }
            }
        }
        let result = DealLoader.load(files)
        diagnostics.append(
            contentsOf: result.diagnostics.map { Diagnostic($0, in: sources[$0.path]) })
        return FigureCatalog(dataSet: result.dataSet)
    }
}

extension Diagnostic {
    /// A SitegenData diagnostic as ours, with the source line when the file is known.
    init(_ data: DataDiagnostic, in file: SourceFile?) {
        let severity: Severity = data.isError ? .error : .warning
        self.init(
            severity, path: data.path, line: data.line, column: data.column, message: data.message,
            excerpt: data.line.flatMap { file?.excerpt(line: $0, column: data.column) })
    }
}
