public import SitegenData
import SitegenSupport

/// Every figure a data set gives, by name, computed once.
///
/// Names follow docs/data-format.md (`deals.<id>.annual_commitment`, `totals.invested`, ...).
/// Lookup errors carry no file or position; the caller places them at the code span with
/// `DataDiagnostic.located(path:position:)`.
public struct FigureCatalog: Sendable {
    private let slots: [String: FigureSlot]
    /// The data set the figures are computed from.
    public let dataSet: DealData
    /// Every name with a computed figure, sorted.
    public let names: [String]
    /// Every name the data defines but whose figure cannot be computed, sorted.
    public let unavailableNames: [String]
    /// The full table of every dataset, built once (see `table(named:)`).
    private(set) var tables: [String: DataTable] = [:]
    /// The row offsets of the deals table by id and of the capex table by company, built
    /// once, so that each deal's and company's page picks its rows without scanning them all.
    private var rowIndexes: [String: [String: [String: [Int]]]] = [:]

    /// Computes every figure of `dataSet`.
    public init(dataSet: DealData) {
        let builder = FigureCatalogBuilder(dataSet: dataSet)
        self.slots = builder.slots
        self.dataSet = dataSet
        var available: [String] = []
        var unavailable: [String] = []
        for name in builder.order {
            if case .available = builder.slots[name] {
                available.append(name)
            } else {
                unavailable.append(name)
            }
        }
        self.names = available.sorted()
        self.unavailableNames = unavailable.sorted()
        var tables: [String: DataTable] = [:]
        for dataset in dataSet.datasets {
            tables[dataset.name] = buildTable(named: dataset.name)
        }
        if tables[DealDatasets.metrics] == nil {
            tables[DealDatasets.metrics] = Self.metricsTable()
        }
        self.tables = tables
        for (name, column) in [(DealDatasets.deals, "id"), (DealDatasets.capex, "company")] {
            if let table = tables[name], let index = table.columnIndex(column) {
                rowIndexes[name, default: [:]][column] = table.rowOffsets(byColumn: index)
            }
        }
    }

    /// The rows of a dataset's full table whose `column` is one of `values`, in table order;
    /// through an index for the deals' `id` and the capex `company`, by a scan otherwise.
    public func table(named name: String, where column: String, in values: [String])
        -> DataTable?
    {
        guard let table = tables[name] else { return nil }
        if let index = rowIndexes[name]?[column] {
            return table.keepingRows(at: values.flatMap { index[$0] ?? [] })
        }
        guard let offset = table.columnIndex(column) else { return table }
        return table.keepingRows(where: offset, in: values)
    }

    /// The offset of `name` in ``names``, or nil when it has no computed figure.
    public func offset(of name: String) -> Int? {
        guard contains(name) else { return nil }
        var low = 0
        var high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < name { low = middle + 1 } else { high = middle }
        }
        return low < names.count && names[low] == name ? low : nil
    }

    /// Whether `name` has a computed figure.
    public func contains(_ name: String) -> Bool {
        if case .available = slots[name] { return true }
        return false
    }

    /// Looks up a reference as written after `=`: `name` or `name:variant`.
    public func figure(reference: String) throws(DataDiagnostic) -> Figure {
        let parts = reference.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let variant = parts.count > 1 ? String(parts[1]) : nil
        return try figure(named: String(parts[0]), variantName: variant)
    }

    /// Looks up a figure with a variant given by name (`short`, `long`, `number`; `nil` or
    /// empty for the standard form).
    public func figure(named name: String, variantName: String?) throws(DataDiagnostic) -> Figure {
        guard let variant = FigureVariant(name: variantName) else {
            let names = FigureVariant.allCases.map(\.rawValue).filter { !$0.isEmpty }
            throw Self.error(
                "Unknown variant '\(variantName ?? "")' for figure '\(name)'; use \(Quoting.list(names, conjunction: "or")), or no variant"
            )
        }
        return try figure(named: name, variant: variant)
    }

    /// Looks up a figure and writes it in a variant.
    ///
    /// - Throws: "Unknown figure ..." with the nearest names, "Figure ... is not available:
    ///   <reason>" for a known name that cannot be computed, or an error for the `number`
    ///   variant of a figure that is not exact.
    public func figure(named name: String, variant: FigureVariant = .standard)
        throws(DataDiagnostic) -> Figure
    {
        guard let slot = slots[name] else {
            let near = suggestions(for: name)
            let hint =
                near.isEmpty
                ? "; names look like 'deals.<id>.investment', 'companies.<id>.invested' or 'totals.deal_count'"
                : "; did you mean \(Quoting.list(near, conjunction: "or"))?"
            throw Self.error("Unknown figure '\(name)'\(hint)")
        }
        let entry: FigureEntry
        switch slot {
        case .available(let found): entry = found
        case .unavailable(_, let reason):
            throw Self.error("Figure '\(name)' is not available: \(reason)")
        }
        let text: String
        let machineValue: String
        switch entry.value {
        case .quantity(let bounds, let unit):
            if variant == .number, !bounds.isExact {
                let standard = QuantityFormatter.text(bounds, unit: unit, variant: .standard)
                throw Self.error(
                    "Variant 'number' needs an exact figure, but '\(name)' is \(standard); use no variant, 'short' or 'long'"
                )
            }
            text = QuantityFormatter.text(bounds, unit: unit, variant: variant)
            machineValue = QuantityFormatter.machineValue(bounds)
        case .date(let date):
            switch variant {
            case .standard, .long: text = date.formatted
            case .short: text = date.formatted(abbreviated: true)
            case .number: text = date.iso
            }
            machineValue = date.iso
        }
        let definition = entry.metric.definition
        return Figure(
            name: name, variant: variant, text: text, machineValue: machineValue,
            value: entry.value, metric: entry.metric, formula: definition.formula,
            explanation: entry.explanation,
            sources: entry.sources.compactMap { dataSet.source(id: $0) })
    }

    /// Up to three valid names nearest to `name` by edit distance, nearest first.
    public func suggestions(for name: String) -> [String] {
        EditDistance.suggestions(for: name, among: names)
    }

    private static func error(_ message: String) -> DataDiagnostic {
        DataDiagnostic(path: "", position: nil, message: message)
    }
}
