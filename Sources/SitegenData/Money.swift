public import Foundation

/// An exact amount of money in one currency.
public struct Money: Sendable, Hashable {
    /// The amount in whole currency units, exact.
    public var amount: Decimal
    /// The ISO 4217 currency code, such as `USD`.
    public var currency: String

    /// Creates an amount of money.
    public init(amount: Decimal, currency: String) {
        self.amount = amount
        self.currency = currency
    }
}

/// A reported amount of money with its qualifier, such as "up to $25B", and optionally the
/// firm part of it: "$5B at signing, up to $25B in all".
public struct QualifiedMoney: Sendable, Hashable {
    /// The amount and currency as reported: the whole, contingent parts included.
    public var money: Money
    /// How the reported amount relates to the true amount.
    public var qualifier: Qualifier
    /// The part paid or committed at signing, in the same currency, when reported; the rest
    /// (the amount minus the firm part) depends on later conditions.
    public var firm: Decimal?

    /// Creates a qualified amount.
    public init(money: Money, qualifier: Qualifier, firm: Decimal? = nil) {
        self.money = money
        self.qualifier = qualifier
        self.firm = firm
    }

    /// The amount as bounds, for arithmetic: with a firm part, "up to" the whole has the
    /// firm part as its floor ("$5B to $25B").
    public var bounds: Bounds {
        if let firm, qualifier == .upTo { return Bounds(lower: firm, upper: money.amount) }
        return Bounds(money.amount, qualifier: qualifier)
    }

    /// The firm part as bounds, nil when none is recorded.
    public var firmBounds: Bounds? {
        firm.map { Bounds($0, qualifier: qualifier == .about ? .about : .exact) }
    }

    /// The contingent part (the whole minus the firm part) as bounds, nil when no firm part
    /// is recorded: "up to" when the whole is a ceiling.
    public var contingentBounds: Bounds? {
        firm.map { Bounds(money.amount - $0, qualifier: qualifier) }
    }
}

extension Money {
    /// Parses an amount that may be negative, as in a waterfall step.
    ///
    /// Accepts `-25B`, `−1.5T`, `100B`, `750K` or `42`; nil for anything else.
    public static func signedAmount(_ text: String) -> Decimal? {
        var body = Substring(text)
        var negative = false
        if body.hasPrefix("-") || body.hasPrefix("\u{2212}") {
            negative = true
            body = body.dropFirst()
        }
        guard let value = try? AmountText.parse(String(body)) else { return nil }
        return negative ? -value : value
    }
}

extension QualifiedMoney {
    /// Parses a US-dollar amount written as prose writes one, with an optional qualifier:
    /// `25B`, `-25B`, `up to 35B`, `at least 100B`, `about 200B`; nil for anything else.
    public static func inline(_ text: String) -> (amount: Decimal, qualifier: Qualifier)? {
        for (prefix, qualifier) in [
            ("up to ", Qualifier.upTo), ("at least ", .atLeast), ("about ", .about),
        ] where text.hasPrefix(prefix) {
            return Money.signedAmount(String(text.dropFirst(prefix.count))).map {
                ($0, qualifier)
            }
        }
        return Money.signedAmount(text).map { ($0, .exact) }
    }
}
