import Foundation

/// Text for a `ChartNumber`: value labels, tooltips, table cells and spoken descriptions.
enum ValueText {
    /// How much room a label has.
    enum Style {
        /// Words for qualifiers: `up to $25B`, `at least $100B`, `~$200B`.
        case label
        /// Symbols only: `≤$25B`, `≥$100B`, `~$200B`.
        case short
        /// Tooltips and tables: every digit kept, `about` spelled out.
        case precise
        /// Screen-reader words: `up to $25 billion`.
        case words
    }

    /// The exact value (zero if the `Decimal` is NaN, which validation rejects earlier).
    static func exact(_ number: ChartNumber) -> ExactDecimal {
        ExactDecimal(number.value) ?? .zero
    }

    /// The number with its qualifier, derived mark and `/yr` in the given style.
    static func text(_ number: ChartNumber, style: Style) -> String {
        let value = exact(number)
        var base: String
        switch (number.unit, style) {
        case (.money(let currency), .precise):
            base = NumberFormat.preciseMoney(value, currency: currency)
        case (.money(let currency), .words):
            base = NumberFormat.compactMoney(value, currency: currency, words: true)
        case (.money(let currency), _):
            base = NumberFormat.compactMoney(value, currency: currency)
        case (.percent, _):
            base = NumberFormat.percent(value)
        case (.multiple, _):
            base = NumberFormat.multiple(value)
        case (.years, _):
            base = NumberFormat.years(value)
        case (.count, .precise), (.plain, .precise):
            base = NumberFormat.count(value.trimmed)
        case (.count, _), (.plain, _):
            base = NumberFormat.count(value)
        }
        if number.perYear { base += style == .words ? " a year" : "/yr" }
        switch (number.qualifier, style) {
        case (.exact, _):
            return number.derived && (style == .label || style == .short) ? "≈" + base : base
        case (.about, .precise), (.about, .words): return "about " + base
        case (.about, _): return "~" + base
        case (.upTo, .short): return "≤" + base
        case (.upTo, _): return "up to " + base
        case (.atLeast, .short): return "≥" + base
        case (.atLeast, _): return "at least " + base
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
