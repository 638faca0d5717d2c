import Foundation
import SitegenSupport

/// A tick step of `factor × 10^power` with factor 1, 2 or 5, applied exactly.
///
/// For `power < 0` the step is applied by dividing by its integer inverse, so 0.3 is `3 / 10`
/// and never `3 × 0.1`.
struct TickStep: Sendable, Equatable {
    /// 1, 2 or 5.
    let factor: Int
    /// The power of ten.
    let power: Int

    /// Creates a step, folding a factor of 10 into the power.
    init(factor: Int, power: Int) {
        if factor == 10 {
            self.factor = 1
            self.power = power + 1
        } else {
            self.factor = factor
            self.power = power
        }
    }

    /// The integer inverse `10^-power / factor` when the step is below 1.
    var inverse: Double? {
        power < 0 ? powerOfTen(-power) / Double(factor) : nil
    }

    /// The step as a `Double`.
    var double: Double {
        if let inverse { return 1 / inverse }
        return Double(factor) * powerOfTen(power)
    }

    /// The value of tick index `i`, computed exactly (one rounding at most).
    func value(at index: Int) -> Double {
        if let inverse { return Double(index) / inverse }
        return Double(index) * (Double(factor) * powerOfTen(power))
    }

    /// The exact decimal value of tick index `i`.
    func exact(at index: Int) -> ExactDecimal {
        ExactDecimal(significand: index * factor, exponent: power)
    }
}

/// A run of tick indices `first...last` on one step.
struct TickRun: Sendable, Equatable {
    /// The first index.
    let first: Int
    /// The last index (below `first` when there are no ticks).
    let last: Int
    /// The step.
    let step: TickStep

    /// The tick indices in ascending order.
    var indices: [Int] { first <= last ? Array(first...last) : [] }

    /// The tick values.
    var values: [Double] { indices.map { step.value(at: $0) } }

    /// The exact tick values.
    var exactValues: [ExactDecimal] { indices.map { step.exact(at: $0) } }
}

/// `10^p` for integer p, exact for |p| ≤ 22.
func powerOfTen(_ p: Int) -> Double {
    var result = 1.0
    if p >= 0 {
        for _ in 0..<min(p, 308) { result *= 10 }
    } else {
        for _ in 0..<min(-p, 308) { result *= 10 }
        result = 1 / result
    }
    return result
}

/// The d3 1-2-5 tick rule, restated with exact integer and inverse arithmetic (CHARTS.md 2.1).
enum NiceTicks {
    /// Relative spread below which a domain is treated as a single value.
    static let precisionGuard = 1e-9

    /// Whether `[lo, hi]` is too narrow for distinct ticks (or a single value).
    static func isDegenerate(_ lo: Double, _ hi: Double) -> Bool {
        if lo == hi { return true }
        let scale = max(abs(lo), abs(hi))
        return scale > 0 && abs(hi - lo) / scale < precisionGuard
    }

    /// The tick run for an ascending domain, or nil when there is none to draw.
    static func run(_ lo: Double, _ hi: Double, count: Double) -> TickRun? {
        guard lo.isFinite, hi.isFinite, count > 0, lo < hi, !isDegenerate(lo, hi) else {
            return nil
        }
        let raw = (hi - lo) / count
        guard raw.isFinite, raw > 0 else { return nil }
        let power = Int(log10(raw).rounded(.down))
        let error = raw / powerOfTen(power)
        let factor: Int
        if error >= 50.0.squareRoot() {
            factor = 10
        } else if error >= 10.0.squareRoot() {
            factor = 5
        } else if error >= 2.0.squareRoot() {
            factor = 2
        } else {
            factor = 1
        }
        let step = TickStep(factor: factor, power: power)
        var i1: Double
        var i2: Double
        if let inverse = step.inverse {
            i1 = (lo * inverse).rounded()
            i2 = (hi * inverse).rounded()
            if i1 / inverse < lo { i1 += 1 }
            if i2 / inverse > hi { i2 -= 1 }
        } else {
            let inc = step.double
            i1 = (lo / inc).rounded()
            i2 = (hi / inc).rounded()
            if i1 * inc < lo { i1 += 1 }
            if i2 * inc > hi { i2 -= 1 }
        }
        if i2 < i1, count >= 0.5, count < 2 { return run(lo, hi, count: count * 2) }
        guard abs(i1) < 1e15, abs(i2) < 1e15 else { return nil }
        return TickRun(first: Int(i1), last: Int(i2), step: step)
    }

    /// Tick values for a domain in either direction (reversed when descending).
    static func ticks(_ lo: Double, _ hi: Double, count: Int) -> [Double] {
        guard count > 0, lo.isFinite, hi.isFinite else { return [] }
        if lo == hi || isDegenerate(lo, hi) { return [lo] }
        let reversed = hi < lo
        let values = run(min(lo, hi), max(lo, hi), count: Double(count))?.values ?? []
        return reversed ? values.reversed() : values
    }

    /// A niced domain: both ends on whole steps, with the step it converged on.
    struct Domain: Sendable, Equatable {
        /// The lower end.
        let lo: Double
        /// The upper end.
        let hi: Double
        /// The step of the last pass.
        let step: TickStep?
    }

    /// Extends `[lo, hi]` outward to whole steps until the step stops changing (max 10 passes).
    static func niceDomain(_ lo: Double, _ hi: Double, count: Int) -> Domain {
        var start = lo
        var stop = hi
        var previous: TickStep?
        for _ in 0..<10 {
            guard let run = run(start, stop, count: Double(count)) else { break }
            let step = run.step
            if step == previous { break }
            if let inverse = step.inverse {
                start = (start * inverse).rounded(.down) / inverse
                stop = (stop * inverse).rounded(.up) / inverse
            } else {
                let inc = step.double
                start = (start / inc).rounded(.down) * inc
                stop = (stop / inc).rounded(.up) * inc
            }
            previous = step
        }
        return Domain(lo: start == 0 ? 0 : start, hi: stop == 0 ? 0 : stop, step: previous)
    }

    /// Niceing with the 25 % growth guard of CHARTS.md 2.2: returns the domain and tick count.
    static func guardedNiceDomain(_ lo: Double, _ hi: Double, count: Int) -> (Domain, Int) {
        let span = hi - lo
        let first = niceDomain(lo, hi, count: count)
        func growth(_ d: Domain) -> Double { span > 0 ? (d.hi - d.lo) / span - 1 : 0 }
        if growth(first) <= 0.25 { return (first, count) }
        var best = (first, count)
        for candidate in [count - 1, count + 1] where candidate >= 1 {
            let domain = niceDomain(lo, hi, count: candidate)
            if growth(domain) < growth(best.0) { best = (domain, candidate) }
        }
        return best
    }
}
