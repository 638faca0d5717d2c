import Foundation

/// A linear map from a domain to a pixel range.
struct LinearScale: Sendable {
    /// Domain ends.
    let d0: Double, d1: Double
    /// Range ends in px.
    let r0: Double, r1: Double

    /// Maps a value to px; a zero-width domain maps everything to the range start.
    func callAsFunction(_ value: Double) -> Double {
        guard d1 != d0 else { return r0 }
        return r0 + (value - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// A log10 map from a positive domain to a pixel range.
struct LogScale: Sendable {
    /// Domain ends (positive).
    let d0: Double, d1: Double
    /// Range ends in px.
    let r0: Double, r1: Double

    /// Maps a positive value to px (values ≤ 0 map to the range start).
    func callAsFunction(_ value: Double) -> Double {
        guard value > 0, d0 > 0, d1 > d0 else { return r0 }
        return r0 + (log10(value) - log10(d0)) / (log10(d1) - log10(d0)) * (r1 - r0)
    }
}

/// d3 `scaleBand` semantics: equal bands with inner and outer padding (CHARTS.md 2.4).
struct BandScale: Sendable {
    /// Number of bands.
    let count: Int
    /// Range start and end in px.
    let start: Double, end: Double
    /// Padding between bands as a fraction of the step.
    let paddingInner: Double
    /// Padding at both ends as a fraction of the step.
    let paddingOuter: Double

    /// Distance between band starts.
    var step: Double {
        let denominator = Double(count) - paddingInner + 2 * paddingOuter
        return denominator > 0 ? (end - start) / denominator : 0
    }

    /// Width of one band.
    var bandwidth: Double { step * (1 - paddingInner) }

    /// Start of band `index` (leftover space split evenly, align 0.5).
    func position(_ index: Int) -> Double {
        let used = step * (Double(count) - paddingInner)
        let offset = ((end - start) - used) / 2
        return start + offset + step * Double(index)
    }
}

/// Integer days since 1970-01-01 for a proleptic Gregorian UTC date (no Foundation calendar).
func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = month
    let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
}

/// Days in a month of the proleptic Gregorian calendar.
func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 2:
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}

/// Fixed English month abbreviations (never the locale).
let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
