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

    /// All four, in the order the data page offers them for download.
    public static let all = [deals, companies, capex, sources]
}
