import SitegenSupport

/// `Amount (US$)`.
func headerWithUnit(_ field: String, _ unit: ChartUnit) -> String {
    let suffix = ValueText.unitHeader(unit)
    return suffix.isEmpty ? humanize(field) : humanize(field) + " (" + suffix + ")"
}

/// The notes cell for a number: derivation and qualifier flags.
func derivedNote(_ number: ChartNumber?) -> String {
    guard let number, number.derived else { return "" }
    return number.working.map { "derived: " + $0 } ?? "derived"
}

/// A label shortened to at most 40 characters for a chart description.
func clipLabel(_ text: String) -> String {
    text.count > 40 ? String(text.prefix(39)) + "…" : text
}

/// The note under a chart that leaves out rows without a value.
///
/// For example `Not shown, with no investment recorded: A, B and C.`
func omissionNote(_ labels: [String], measure: String) -> String {
    "Not shown, with no \(measure.lowercased()) recorded: "
        + Quoting.sentence(labels.map(clipLabel), conjunction: "and") + "."
}
