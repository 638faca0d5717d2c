// SitegenDeals owns the AI-deals domain, built on SitegenData's positioned datasets.
//
// The public surface, in reading order:
//
// - The dataset names: `DealDatasets` (`deals`, `companies`, `capex`, `sources`).
// - The typed model: `DealLoader` turns `[DataFile]` into a `DealLoadResult` (a `DealData` of
//   `Source`, `Company`, `CapexEntry`, `Deal` and plain `Dataset`s, plus every diagnostic).
// - Figures: `Metric` / `MetricDefinition` (the registry), `FigureCatalog` (every figure by
//   name, lookups with suggestions) and `Figure` (text, machine value, formula, sources).
// - Tables of the typed datasets: `FigureCatalog.table(named:)` and `FigureCatalog.table(for:)`
//   build SitegenData's `DataTable` from a name or a `TableSpec`.
