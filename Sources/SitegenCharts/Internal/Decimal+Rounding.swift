import Foundation

extension Decimal {
    /// Rounded to one decimal place, half away from zero.
    var rounded1: Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, 1, .plain)
        return result
    }
}
