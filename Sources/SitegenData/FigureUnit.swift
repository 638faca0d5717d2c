/// The unit of a figure or table cell, which decides how its numbers are written.
public enum FigureUnit: Sendable, Hashable {
    /// An amount of money: `$25B`, `$1.5T`, `€8B`.
    case money(currency: String)
    /// Money per year: `$10B a year`, `$10B/yr`.
    case moneyPerYear(currency: String)
    /// A ratio written as a multiple: `4×`.
    case multiple
    /// A share held as a fraction and written as a percentage: 0.125 is `12.5%`.
    case share
    /// A number of years: `10 years`.
    case years
    /// A count: `3`.
    case count

    /// A short machine-readable name: `USD`, `USD/year`, `multiple`, `share`, `years` or
    /// `count`.
    public var name: String {
        switch self {
        case .money(let currency): return currency
        case .moneyPerYear(let currency): return currency + "/year"
        case .multiple: return "multiple"
        case .share: return "share"
        case .years: return "years"
        case .count: return "count"
        }
    }

    /// The currency code of a money unit.
    public var currency: String? {
        switch self {
        case .money(let currency), .moneyPerYear(let currency): return currency
        default: return nil
        }
    }
}

/// How a figure is written: the part after the colon in `=name:variant`.
public enum FigureVariant: String, Sendable, Hashable, CaseIterable {
    /// No variant: `at least $10B a year`.
    case standard = ""
    /// Symbols instead of words: `≥$10B/yr`.
    case short
    /// Words instead of abbreviations: `at least $10 billion a year`.
    case long
    /// The bare number with no qualifier, unit or scale (`25,000,000,000`); only for exact
    /// figures and counts.
    case number

    /// The variant named in a figure reference; empty or `nil` is `standard`.
    public init?(name: String?) {
        guard let name, !name.isEmpty else {
            self = .standard
            return
        }
        guard let variant = FigureVariant(rawValue: name) else { return nil }
        self = variant
    }
}

/// The qualifier a figure is shown with, following from its bounds.
public enum FigureQualifier: String, Sendable, Hashable {
    /// One exactly known value.
    case exact
    /// One approximate value.
    case about
    /// Only a ceiling is known.
    case upTo = "up-to"
    /// Only a floor is known.
    case atLeast = "at-least"
    /// A floor and a ceiling are known.
    case between

    /// The qualifier for bounds; `nil` when nothing is known.
    public init?(_ bounds: Bounds) {
        switch bounds.shape {
        case .point: self = bounds.approximate ? .about : .exact
        case .upTo: self = .upTo
        case .atLeast: self = .atLeast
        case .between: self = .between
        case .unknown: return nil
        }
    }
}
