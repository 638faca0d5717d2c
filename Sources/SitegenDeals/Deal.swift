public import Foundation
public import SitegenData
public import SitegenSupport

/// An investment and/or compute commitment between two companies (a row of `deals`).
public struct Deal: Sendable, Hashable {
    /// How firm a deal is.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Announced by the companies.
        case announced
        /// Closed.
        case completed
        /// Known from press reports, not confirmed by the companies.
        case reported
    }

    /// Compute the investee commits to buy from a provider.
    public struct Commitment: Sendable, Hashable {
        /// The committed amount with its qualifier.
        public var amount: QualifiedMoney
        /// The term in years, when stated; positive.
        public var termYears: Decimal?
        /// The company id of the cloud provider that is paid.
        public var provider: String

        /// Creates a commitment.
        public init(amount: QualifiedMoney, termYears: Decimal?, provider: String) {
            self.amount = amount
            self.termYears = termYears
            self.provider = provider
        }
    }

    /// The unique id, used in URLs and figure names.
    public var id: String
    /// When the deal was announced, at the precision given.
    public var announced: CalendarDate
    /// The company id of the investor.
    public var investor: String
    /// The company id of the investee.
    public var investee: String
    /// How firm the deal is.
    public var status: Status
    /// Equity put into the investee, when any and disclosed.
    public var investment: QualifiedMoney?
    /// Whether the deal includes an investment whose amount was not disclosed
    /// (`investment: undisclosed`); `investment` is then nil.
    public var investmentUndisclosed: Bool
    /// Compute the investee commits to buy, when any.
    public var commitment: Commitment?
    /// One sentence in the analyst's words.
    public var summary: String
    /// Source ids, at least one.
    public var sources: [String]
    /// The file it is defined in.
    public var path: String
    /// Where its record starts.
    public var position: SourcePosition

    /// Creates a deal.
    public init(
        id: String, announced: CalendarDate, investor: String, investee: String, status: Status,
        investment: QualifiedMoney?, investmentUndisclosed: Bool = false,
        commitment: Commitment?, summary: String, sources: [String], path: String,
        position: SourcePosition
    ) {
        self.id = id
        self.announced = announced
        self.investor = investor
        self.investee = investee
        self.status = status
        self.investment = investment
        self.investmentUndisclosed = investmentUndisclosed
        self.commitment = commitment
        self.summary = summary
        self.sources = sources
        self.path = path
        self.position = position
    }

    /// The ids of every company the deal involves: investor, investee and provider, once each.
    public var companyIDs: [String] {
        var ids = [investor]
        for id in [investee, commitment?.provider].compactMap({ $0 }) where !ids.contains(id) {
            ids.append(id)
        }
        return ids
    }
}
