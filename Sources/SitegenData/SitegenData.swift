// SitegenData owns datasets: loading YAML, JSON and CSV with source positions, the typed deal
// model, exact money with qualifiers, and the derived figures computed from them.
//
// It does no file I/O: callers hand in `DataFile` values (site-relative path and text or
// bytes). The public surface, in reading order:
//
// - Problems: `DataDiagnostic` (`path:line:col: error: message`), the module's one error type,
//   placed with SitegenSupport's `SourcePosition` (1-based line, column in UTF-8 bytes).
// - The value tree and its loaders: `DataValue`, `YAMLLoader`, `JSONLoader`, `CSVLoader`,
//   `UTF8Text`, and `MapDecoder` for reading maps with known keys (front matter, specs).
// - The typed model: `DataLoader` turns `[DataFile]` into a `DataLoadResult` (a `DataSet` of
//   `Source`, `Company`, `CapexEntry`, `Deal` and plain `Dataset`s, plus every diagnostic).
// - Quantities: `Money`, `Qualifier`, `QualifiedMoney`, `Bounds` (bounds arithmetic),
//   `CalendarDate` (dates at their precision).
// - Figures: `Metric` / `MetricDefinition` (the registry), `FigureCatalog` (every figure by
//   name, lookups with suggestions) and `Figure` (text, machine value, formula, sources).
// - Tables: `TableSpec` (a table block's YAML), `DataTable` and `DataCell`, built by
//   `FigureCatalog.table(named:)` and `FigureCatalog.table(for:)`.
