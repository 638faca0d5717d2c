import Foundation
package import SitegenSupport

/// Writes bounds in a unit and variant, by the one formatter every shown number goes through
/// (``QuantityText``), and their machine values.
package enum QuantityFormatter {
    static let significantDigits = QuantityText.significantDigits

    package static func text(_ bounds: Bounds, unit: FigureUnit, variant: FigureVariant) -> String {
        if variant == .number, let value = bounds.representative {
            return bareNumber(value, unit: unit)
        }
        guard let amount = amount(bounds) else { return "" }
        let (textUnit, perYear) = quantityUnit(unit)
        return QuantityText.text(
            amount, unit: textUnit, approximate: bounds.approximate, perYear: perYear,
            variant: variant == .short ? .short : variant == .long ? .long : .standard)
    }

    /// The amount `bounds` say, in the shared formatter's terms; nil when nothing is known.
    package static func amount(_ bounds: Bounds) -> QuantityText.Amount? {
        func exact(_ value: Decimal) -> ExactDecimal {
            ExactDecimal(parsing: DecimalText.plain(value)) ?? .zero
        }
        switch bounds.shape {
        case .point(let value): return .point(exact(value))
        case .upTo(let value): return .upTo(exact(value))
        case .atLeast(let value): return .atLeast(exact(value))
        case .between(let low, let high): return .between(exact(low), exact(high))
        case .unknown: return nil
        }
    }

    /// The shared formatter's unit for `unit`, and whether it is a rate per year.
    package static func quantityUnit(_ unit: FigureUnit) -> (QuantityText.Unit, perYear: Bool) {
        switch unit {
        case .money(let currency): return (.money(currency: currency), false)
        case .moneyPerYear(let currency): return (.money(currency: currency), true)
        case .multiple: return (.multiple, false)
        case .share: return (.share, false)
        case .years: return (.years, false)
        case .count: return (.count, false)
        }
    }

    /// The value for a `<data value="...">` attribute (``QuantityText/machineValue(_:)``);
    /// empty when nothing is known.
    package static func machineValue(_ bounds: Bounds) -> String {
        amount(bounds).map(QuantityText.machineValue) ?? ""
    }

    /// The `number` variant: whole numbers in full, smaller ones to 3 significant digits;
    /// shares as a percentage number (`12.5`).
    static func bareNumber(_ value: Decimal, unit: FigureUnit) -> String {
        let scaled = unit == .share ? value * 100 : value
        let magnitude = DecimalText.magnitude(scaled)
        let rounded =
            magnitude >= significantDigits - 1
            ? DecimalText.rounded(scaled, scale: 0, rounding: .halfAwayFromZero)
            : DecimalText.roundedToSignificant(
                scaled, digits: significantDigits, rounding: .halfAwayFromZero)
        return DecimalText.grouped(rounded)
    }
}
