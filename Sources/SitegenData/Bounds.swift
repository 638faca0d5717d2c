public import Foundation

/// What is known about a non-negative quantity: an optional floor, an optional ceiling and
/// whether those bounds are approximate.
///
/// Every reported amount becomes bounds (`exact` and `about` set both bounds to the amount,
/// `up-to` sets only the ceiling, `at-least` only the floor), and derived figures are computed
/// on bounds, so they carry the qualifier that follows from their inputs:
///
/// - `at least $100B ÷ exactly 10 years` is at least $10B a year (floor ÷ ceiling);
/// - `at least $100B ÷ up to $25B` is at least 4× (floor ÷ ceiling, no ceiling survives);
/// - `up to $X ÷ up to $Y` has no bound at all, so it is not computed;
/// - anything involving an approximate input is approximate.
///
/// All quantities are zero or more, so a floor of zero says nothing and is dropped when a
/// ceiling is known.
public struct Bounds: Sendable, Hashable {
    /// The floor, when known.
    public var lower: Decimal?
    /// The ceiling, when known.
    public var upper: Decimal?
    /// Whether the bounds are estimates ("about").
    public var approximate: Bool

    /// Creates bounds; a zero floor with a positive ceiling is dropped as uninformative.
    public init(lower: Decimal?, upper: Decimal?, approximate: Bool = false) {
        if let lowerValue = lower, lowerValue.isZero, let upperValue = upper, !upperValue.isZero {
            self.lower = nil
        } else {
            self.lower = lower
        }
        self.upper = upper
        self.approximate = approximate
    }

    /// The bounds a reported amount with a qualifier gives.
    public init(_ value: Decimal, qualifier: Qualifier) {
        switch qualifier {
        case .exact: self.init(lower: value, upper: value)
        case .about: self.init(lower: value, upper: value, approximate: true)
        case .upTo: self.init(lower: nil, upper: value)
        case .atLeast: self.init(lower: value, upper: nil)
        }
    }

    /// An exactly known quantity.
    public static func exact(_ value: Decimal) -> Bounds { Bounds(lower: value, upper: value) }

    /// What the bounds say, for choosing words.
    public enum Shape: Sendable, Hashable {
        /// One known value (exact, or about when approximate).
        case point(Decimal)
        /// Only a ceiling.
        case upTo(Decimal)
        /// Only a floor.
        case atLeast(Decimal)
        /// A floor and a different ceiling.
        case between(Decimal, Decimal)
        /// Neither bound: nothing is known.
        case unknown
    }

    /// What the bounds say.
    public var shape: Shape {
        switch (lower, upper) {
        case (let low?, let high?): return low == high ? .point(low) : .between(low, high)
        case (nil, let high?): return .upTo(high)
        case (let low?, nil): return .atLeast(low)
        case (nil, nil): return .unknown
        }
    }

    /// Whether at least one bound is known.
    public var isKnown: Bool { lower != nil || upper != nil }

    /// Whether the quantity is known exactly (one value, not approximate).
    public var isExact: Bool {
        if case .point = shape { return !approximate }
        return false
    }

    /// One value standing for the bounds, for sorting and chart geometry: the value itself,
    /// the ceiling of an "up to", the floor of an "at least", the midpoint of a range.
    public var representative: Decimal? {
        switch shape {
        case .point(let value), .upTo(let value), .atLeast(let value): return value
        case .between(let low, let high): return (low + high) / 2
        case .unknown: return nil
        }
    }

    /// The qualifier that reads these bounds, or `nil` for a range or unknown bounds.
    public var qualifier: Qualifier? {
        switch shape {
        case .point: return approximate ? .about : .exact
        case .upTo: return .upTo
        case .atLeast: return .atLeast
        case .between, .unknown: return nil
        }
    }

    /// The sum of several quantities: floors add up (a missing floor counts as zero) and
    /// ceilings add up only when every ceiling is known.
    public static func sum(_ terms: [Bounds]) -> Bounds {
        guard !terms.isEmpty else { return .exact(0) }
        let anyLower = terms.contains { $0.lower != nil }
        let lower = anyLower ? terms.reduce(Decimal(0)) { $0 + ($1.lower ?? 0) } : nil
        let allUpper = terms.allSatisfy { $0.upper != nil }
        let upper = allUpper ? terms.reduce(Decimal(0)) { $0 + ($1.upper ?? 0) } : nil
        return Bounds(lower: lower, upper: upper, approximate: terms.contains { $0.approximate })
    }

    /// The quotient of two quantities: floor ÷ ceiling and ceiling ÷ floor.
    ///
    /// A bound that needs a missing input or a division by zero is dropped.
    public func divided(by divisor: Bounds) -> Bounds {
        var lowerResult: Decimal?
        if let low = lower, let high = divisor.upper, !high.isZero { lowerResult = low / high }
        var upperResult: Decimal?
        if let high = upper, let low = divisor.lower, !low.isZero { upperResult = high / low }
        if lowerResult?.isNaN == true { lowerResult = nil }
        if upperResult?.isNaN == true { upperResult = nil }
        return Bounds(
            lower: lowerResult, upper: upperResult,
            approximate: approximate || divisor.approximate)
    }

    /// The bounds scaled by an exact non-negative factor.
    public func multiplied(by factor: Decimal) -> Bounds {
        Bounds(
            lower: lower.map { $0 * factor }, upper: upper.map { $0 * factor },
            approximate: approximate)
    }
}
