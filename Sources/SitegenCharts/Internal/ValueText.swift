import Foundation
import SitegenSupport

/// Text for a `ChartNumber`: value labels, tooltips, table cells and spoken descriptions.
enum ValueText {
    /// How much room a label has.
    enum Style {
        /// Words for qualifiers: `up to $25B`, `at least $100B`, `~$200B`.
        case label
        /// Symbols only: `≤$25B`, `≥$100B`, `~$200B`.
        case short
        /// Tooltips and tables: as a label, but never marked `≈` (their text says derived).
        case precise
        /// Screen-reader words: `up to $25 billion`.
        case words
    }

    /// The exact value (zero if the `Decimal` is NaN, which validation rejects earlier).
    static func exact(_ number: ChartNumber) -> ExactDecimal {
        ExactDecimal(number.value) ?? .zero
    }

    /// The floor of a range, for chart geometry; nil for every other qualifier.
    static func rangeStart(_ number: ChartNumber) -> Double? {
        number.rangeLow.map { (ExactDecimal($0) ?? .zero).doubleValue }
    }

    /// The number with its qualifier, derived mark and `/yr` in the given style, written by
    /// the formatter prose figures use (``QuantityText``), so a chart label and the inline
    /// figure of the same quantity read the same.
    ///
    /// With `signed`, a rise is marked `+` after its qualifier (`at least +$100B`).
    static func text(_ number: ChartNumber, style: Style, signed: Bool = false) -> String {
        let variant: QuantityText.Variant
        switch style {
        case .label, .precise: variant = .standard
        case .short: variant = .short
        case .words: variant = .long
        }
        let text = QuantityText.text(
            amount(number), unit: quantityUnit(number.unit),
            approximate: isApproximate(number),
            perYear: number.perYear, variant: variant, signed: signed)
        let marked = number.derived && number.qualifier == .exact
        return marked && (style == .label || style == .short) ? "≈" + text : text
    }

    /// What is known of the number, in the shared formatter's terms.
    static func amount(_ number: ChartNumber) -> QuantityText.Amount {
        let value = exact(number)
        switch number.qualifier {
        case .exact, .about: return .point(value)
        case .upTo: return .upTo(value)
        case .atLeast: return .atLeast(value)
        case .between(let low, _): return .between(ExactDecimal(low) ?? .zero, value)
        }
    }

    /// Whether the number is an estimate ("about", or a range of estimates).
    static func isApproximate(_ number: ChartNumber) -> Bool {
        switch number.qualifier {
        case .about, .between(_, true): return true
        case .exact, .upTo, .atLeast, .between: return false
        }
    }

    /// Whether `a` ranks below `b` when a description names the largest or smallest: by
    /// value (a range by its ceiling), and at equal values a ceiling or range below a stated
    /// amount below a floor, since "at least $100B" is no less than "$100B".
    static func ranksBelow(_ a: ChartNumber, _ b: ChartNumber) -> Bool {
        func rank(_ qualifier: ChartQualifier) -> Int {
            switch qualifier {
            case .upTo, .between: return 0
            case .exact, .about: return 1
            case .atLeast: return 2
            }
        }
        if a.value != b.value { return a.value < b.value }
        return rank(a.qualifier) < rank(b.qualifier)
    }

    /// The shared formatter's unit for a chart unit.
    static func quantityUnit(_ unit: ChartUnit) -> QuantityText.Unit {
        switch unit {
        case .money(let currency): return .money(currency: currency)
        case .percent: return .share
        case .multiple: return .multiple
        case .years: return .years
        case .count, .plain: return .count
        }
    }

    /// The tooltip text: `{label}: {precise value}` plus the derivation when derived.
    static func tooltip(label: String, number: ChartNumber, extra: String? = nil) -> String {
        var text = label + ": " + text(number, style: .precise)
        if let extra { text += " " + extra }
        if number.derived {
            text += number.working.map { " (derived: \($0))" } ?? " (derived)"
        }
        return text
    }

    /// The unit spelled out for titles and headers (`US dollars`).
    static func unitWords(_ unit: ChartUnit) -> String {
        switch unit {
        case .money(let currency):
            switch currency.uppercased() {
            case "USD": return "US dollars"
            case "EUR": return "euros"
            case "GBP": return "pounds sterling"
            case "JPY": return "yen"
            default: return currency.uppercased()
            }
        case .percent: return "percent"
        case .multiple: return "multiple"
        case .years: return "years"
        case .count: return "count"
        case .plain: return "value"
        }
    }

    /// A short unit for table headers (`US$`, `%`, `×`).
    static func unitHeader(_ unit: ChartUnit) -> String {
        switch unit {
        case .money(let currency):
            return currency.uppercased() == "USD" ? "US$" : currency.uppercased()
        case .percent: return "%"
        case .multiple: return "×"
        case .years: return "years"
        case .count: return "count"
        case .plain: return ""
        }
    }
}

/// A chart-table cell as plain text for labels (`n/a` for missing, ISO dates).
func cellText(_ cell: ChartCell) -> String? {
    switch cell {
    case .text(let s): return s
    case .number(let n): return ValueText.text(n, style: .precise)
    case .year(let y): return NumberFormat.year(y)
    case .date(let y, let m, let d): return isoDate(year: y, month: m, day: d)
    case .missing: return nil
    }
}

/// `2023`, `2023-09` or `2023-09-25`.
func isoDate(year: Int, month: Int?, day: Int?) -> String {
    func two(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }
    var text = NumberFormat.year(year)
    if let month {
        text += "-" + two(month)
        if let day { text += "-" + two(day) }
    }
    return text
}

/// `deal` → `deals`, `company` → `companies` (English, for descriptions).
func pluralize(_ noun: String, _ count: Int) -> String {
    if count == 1 { return noun }
    if noun.hasSuffix("s") { return noun }
    if noun.hasSuffix("y"), let last = noun.dropLast().last, !"aeiou".contains(last) {
        return noun.dropLast() + "ies"
    }
    return noun + "s"
}
