/// The names of the four typed datasets, each the file stem of a file in `content/data/`.
public enum DealDatasets {
    /// `deals`: one record a deal.
    public static let deals = "deals"
    /// `companies`: the companies deals name.
    public static let companies = "companies"
    /// `capex`: capital expenditure a company a year.
    public static let capex = "capex"
    /// `sources`: the sources records cite.
    public static let sources = "sources"

    /// `metrics`: every figure kind the site computes, with its formula, built from the
    /// metric registry (``Metric``) rather than read from a file, so a page that lists the
    /// formulas cannot drift from what the code computes; a file `metrics` replaces it.
    public static let metrics = "metrics"

    /// The four typed datasets, in the order the data page offers them for download.
    public static let all = [deals, companies, capex, sources]
}
