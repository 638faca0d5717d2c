import Foundation

/// What a signed chart number says about the true value: a floor and a ceiling, either of
/// which may be unknown.
///
/// A qualifier speaks of the amount's size, so for a negative step (an outflow) "up to
/// −$25B" lies between −$25B and zero, and "at least −$25B" is −$25B or below.
struct SignedBounds: Equatable {
    var lower: Decimal?
    var upper: Decimal?
    var approximate: Bool

    init(lower: Decimal?, upper: Decimal?, approximate: Bool) {
        self.lower = lower
        self.upper = upper
        self.approximate = approximate
    }

    init(_ number: ChartNumber) {
        let value = number.value
        let negative = value < 0
        switch number.qualifier {
        case .exact: self.init(lower: value, upper: value, approximate: false)
        case .about: self.init(lower: value, upper: value, approximate: true)
        case .upTo:
            self.init(lower: negative ? value : 0, upper: negative ? 0 : value, approximate: false)
        case .atLeast:
            self.init(
                lower: negative ? nil : value, upper: negative ? value : nil, approximate: false)
        case .between(let low, let approximate):
            self.init(lower: low, upper: value, approximate: approximate)
        }
    }

    /// The sum of several numbers: floors add up when every floor is known, and so do
    /// ceilings.
    static func sum(_ parts: [SignedBounds]) -> SignedBounds {
        var lower: Decimal? = 0
        var upper: Decimal? = 0
        for part in parts {
            lower = lower.flatMap { total in part.lower.map { total + $0 } }
            upper = upper.flatMap { total in part.upper.map { total + $0 } }
        }
        return SignedBounds(
            lower: lower, upper: upper, approximate: parts.contains(where: \.approximate))
    }

    /// The value and qualifier that state these bounds in a chart, or nil when neither bound
    /// is known.
    ///
    /// A floor below zero with no ceiling has no qualifier of its own (a negative "at least"
    /// speaks of size); it is stated as its floor with "at least".
    var valueAndQualifier: (value: Decimal, qualifier: ChartQualifier)? {
        switch (lower, upper) {
        case (let low?, let high?) where low == high:
            return (low, approximate ? .about : .exact)
        case (let low?, let high?) where low.isZero && !approximate:
            return (high, .upTo)
        case (let low?, let high?) where high.isZero && !approximate:
            return (low, .upTo)
        case (let low?, let high?):
            return (high, .between(low: low, approximate: approximate))
        case (let low?, nil):
            return (low, .atLeast)
        case (nil, let high?):
            return (high, high < 0 ? .atLeast : .upTo)
        case (nil, nil):
            return nil
        }
    }
}

/// Sums chart numbers exactly by bounds arithmetic, so the total says what its parts allow:
/// `$15B + up to $35B` is `$15B to $50B`, `at least $100B − up to $25B` is at least $75B.
///
/// The value of a range is its ceiling, as for "up to". Nil when no bound survives, as for
/// a floor on an inflow plus a floor on an outflow.
func sum(_ parts: [ChartNumber], unit: ChartUnit) -> ChartNumber? {
    guard let stated = SignedBounds.sum(parts.map(SignedBounds.init)).valueAndQualifier else {
        return nil
    }
    return ChartNumber(
        value: stated.value, unit: unit, qualifier: stated.qualifier,
        derived: parts.contains { $0.derived }, perYear: parts.first?.perYear ?? false)
}

/// `y ÷ x` as a multiple, by bounds arithmetic (floor ÷ ceiling, ceiling ÷ floor).
///
/// So a ratio keeps the qualifier its inputs give: at least $100B ÷ up to $25B is at least
/// 4×, about $185B ÷ about $32.3B is about 5.7×. Nil when no bound survives or `x` may be
/// zero.
func ratio(_ y: ChartNumber, to x: ChartNumber) -> ChartNumber? {
    let top = SignedBounds(y)
    let bottom = SignedBounds(x)
    func quotient(_ a: Decimal?, _ b: Decimal?) -> Decimal? {
        guard let a, let b, b > 0, a >= 0 else { return nil }
        return a / b
    }
    let low = quotient(top.lower, bottom.upper)
    let bounds = SignedBounds(
        lower: low?.isZero == true ? nil : low, upper: quotient(top.upper, bottom.lower),
        approximate: top.approximate || bottom.approximate)
    guard let stated = bounds.valueAndQualifier else { return nil }
    return ChartNumber(value: stated.value, unit: .multiple, qualifier: stated.qualifier)
}
