// SitegenData owns generic datasets: loading YAML, JSON and CSV with source positions, plain
// datasets, tables, and exact quantities (money with qualifiers, bounds, calendar dates).
//
// It does no file I/O: callers hand in `DataFile` values (site-relative path and text or
// bytes). It knows nothing of deals; SitegenDeals builds the typed deal model on top of it.
// The public surface, in reading order:
//
// - Problems: `DataDiagnostic` (`path:line:col: error: message`), the module's one error type,
//   placed with SitegenSupport's `SourcePosition` (1-based line, column in UTF-8 bytes).
// - The value tree and its loaders: `DataValue`, `YAMLLoader`, `JSONLoader`, `CSVLoader`,
//   `UTF8Text`, and `MapDecoder` for reading maps with known keys (front matter, specs).
// - Plain datasets: `DataLoader` turns `[DataFile]` into `Dataset`s (one per file stem).
// - Quantities: `Money`, `Qualifier`, `QualifiedMoney`, `Bounds` (bounds arithmetic),
//   `CalendarDate` (dates at their precision), `FigureUnit` and `FigureVariant` (how numbers
//   are written).
// - Tables: `TableSpec` (a table block's YAML), `DataTable` and `DataCell`.
