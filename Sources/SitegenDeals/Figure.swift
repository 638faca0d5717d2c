public import SitegenData

/// A figure ready to render: its text in one variant, machine value, unit, qualifier,
/// formula with inputs filled in, and sources.
///
/// Rendered by SitegenCore as `<data value="{machineValue}" title="{explanation}">{text}</data>`
/// with the sources one click away.
public struct Figure: Sendable, Hashable {
    /// What the figure holds.
    public enum Value: Sendable, Hashable {
        /// A quantity with bounds in a unit.
        case quantity(Bounds, FigureUnit)
        /// A date at its precision.
        case date(CalendarDate)
    }

    /// The figure name, such as `deals.amazon-anthropic-2026.annual_commitment`.
    public var name: String
    /// The variant `text` is written in.
    public var variant: FigureVariant
    /// The formatted text, such as `at least $10B a year`.
    public var text: String
    /// The value for a `<data value>` attribute: plain digits (`10000000000`), a range with
    /// `..` and an open side for a missing bound (`10000000000..`, `..25000000000`), a share
    /// as a fraction (`0.125`), a date in ISO form (`2026-04`).
    public var machineValue: String
    /// What the figure holds.
    public var value: Value
    /// The metric it is an instance of.
    public var metric: Metric
    /// The formula in words, such as `commitment ÷ term`; `reported` for data read as is.
    public var formula: String
    /// The formula with its inputs filled in, such as `at least $100B commitment ÷ 10 years`.
    public var explanation: String
    /// The sources behind the figure, in order of first use.
    public var sources: [Source]

    /// The unit, or `nil` for a date.
    public var unit: FigureUnit? {
        if case .quantity(_, let unit) = value { return unit }
        return nil
    }

    /// The qualifier the figure is shown with; dates are exact.
    public var qualifier: FigureQualifier {
        if case .quantity(let bounds, _) = value { return FigureQualifier(bounds) ?? .exact }
        return .exact
    }

    /// Whether the figure is approximate.
    public var isApproximate: Bool {
        if case .quantity(let bounds, _) = value { return bounds.approximate }
        return false
    }
}
