public import SitegenData
public import SitegenSupport

/// A company's capital spending in one year (a row of the `capex` dataset).
public struct CapexEntry: Sendable, Hashable {
    /// Whether the amount is an actual or a projection.
    public enum Basis: String, Sendable, Hashable, CaseIterable {
        /// Actual spending, as reported.
        case reported
        /// Company guidance or a projection.
        case guided
    }

    /// The company id.
    public var company: String
    /// The calendar or fiscal year the amount covers.
    public var year: Int
    /// The amount with its qualifier.
    public var amount: QualifiedMoney
    /// Whether the amount is reported or guided.
    public var basis: Basis
    /// The source id.
    public var source: String
    /// The file it is defined in.
    public var path: String
    /// Where its row starts.
    public var position: SourcePosition

    /// Creates a capex entry.
    public init(
        company: String, year: Int, amount: QualifiedMoney, basis: Basis, source: String,
        path: String, position: SourcePosition
    ) {
        self.company = company
        self.year = year
        self.amount = amount
        self.basis = basis
        self.source = source
        self.path = path
        self.position = position
    }
}
