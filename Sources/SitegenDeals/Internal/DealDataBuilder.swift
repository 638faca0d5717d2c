import SitegenData
import SitegenSupport

/// Decodes the typed datasets and checks ids and references across them.
enum DealDataBuilder {
    /// The typed data of `datasets`; references into the datasets named in `unreadable`
    /// (whose files failed to load, with errors of their own) are not checked.
    static func build(
        _ datasets: [Dataset], unreadable: Set<String> = [], diagnostics: inout [DataDiagnostic]
    ) -> DealData {
        func records(_ name: String) -> Dataset? { datasets.first { $0.name == name } }
        let sources = decode(records(DealDatasets.sources), RecordDecoding.source, &diagnostics)
        let companies = decode(
            records(DealDatasets.companies), RecordDecoding.company, &diagnostics)
        let capex = decode(records(DealDatasets.capex), RecordDecoding.capex, &diagnostics)
        let deals = decode(records(DealDatasets.deals), RecordDecoding.deal, &diagnostics)

        let sourceIDs = uniqueIDs(records(DealDatasets.sources), noun: "source", &diagnostics)
        let companyIDs = uniqueIDs(records(DealDatasets.companies), noun: "company", &diagnostics)
        _ = uniqueIDs(records(DealDatasets.deals), noun: "deal", &diagnostics)
        var references = ReferenceChecker(
            sourceIDs: sourceIDs, companyIDs: companyIDs,
            hasSources: records(DealDatasets.sources) != nil,
            hasCompanies: records(DealDatasets.companies) != nil,
            checksSources: !unreadable.contains(DealDatasets.sources),
            checksCompanies: !unreadable.contains(DealDatasets.companies))
        var capexKeys: [String: Int] = [:]
        for entry in capex {
            references.company(entry.value.company, field: "company", in: entry, &diagnostics)
            references.source(entry.value.source, field: "source", in: entry, &diagnostics)
            let key = "\(entry.value.company) \(entry.value.year)"
            if let line = capexKeys[key] {
                diagnostics.append(
                    DataDiagnostic(
                        path: entry.path, position: entry.record.position,
                        message:
                            "Duplicate capex row for '\(entry.value.company)' in \(entry.value.year); the first is at line \(line)"
                    ))
            } else {
                capexKeys[key] = entry.record.position.line
            }
        }
        for deal in deals {
            references.company(deal.value.investor, field: "investor", in: deal, &diagnostics)
            references.company(deal.value.investee, field: "investee", in: deal, &diagnostics)
            if let provider = deal.value.commitment?.provider {
                references.company(provider, field: "commitment.provider", in: deal, &diagnostics)
            }
            if deal.value.investor == deal.value.investee {
                diagnostics.append(
                    DataDiagnostic(
                        path: deal.path, position: deal.position("investee"),
                        message:
                            "The investee '\(deal.value.investee)' is also the investor; a deal needs two companies"
                    ))
            }
            for (index, source) in deal.value.sources.enumerated() {
                references.source(source, field: "sources.\(index + 1)", in: deal, &diagnostics)
            }
        }
        return DealData(
            sources: sources.map(\.value), companies: companies.map(\.value),
            capex: capex.map(\.value), deals: deals.map(\.value), datasets: datasets)
    }

    private static func decode<Value: Sendable>(
        _ dataset: Dataset?,
        _ decode: (DataValue, String, inout [DataDiagnostic]) -> Value?,
        _ diagnostics: inout [DataDiagnostic]
    ) -> [Decoded<Value>] {
        guard let dataset else { return [] }
        return dataset.records.compactMap { record in
            decode(record, dataset.path, &diagnostics).map {
                Decoded(value: $0, record: record, path: dataset.path)
            }
        }
    }

    /// Reports every id used twice, looking at every record that has a valid id (even one
    /// with other errors), and returns the ids, first occurrence kept.
    private static func uniqueIDs(
        _ dataset: Dataset?, noun: String, _ diagnostics: inout [DataDiagnostic]
    ) -> [String] {
        guard let dataset else { return [] }
        var firstLine: [String: Int] = [:]
        var ids: [String] = []
        for record in dataset.records {
            guard let value = record["id"], let id = value.scalarText, Identifier.isValid(id) else {
                continue
            }
            if let line = firstLine[id] {
                diagnostics.append(
                    DataDiagnostic(
                        path: dataset.path, position: value.position,
                        message: "Duplicate \(noun) id '\(id)'; it is already used at line \(line)")
                )
            } else {
                firstLine[id] = value.position.line
                ids.append(id)
            }
        }
        return ids
    }
}

/// Checks that company and source ids exist, suggesting the nearest ids.
private struct ReferenceChecker {
    let sourceIDs: [String]
    let companyIDs: [String]
    let sourceSet: Set<String>
    let companySet: Set<String>
    let hasSources: Bool
    let hasCompanies: Bool
    /// False when that dataset's file failed to load: its own error says so.
    let checksSources: Bool
    let checksCompanies: Bool

    init(
        sourceIDs: [String], companyIDs: [String], hasSources: Bool, hasCompanies: Bool,
        checksSources: Bool = true, checksCompanies: Bool = true
    ) {
        self.checksSources = checksSources
        self.checksCompanies = checksCompanies
        self.sourceIDs = sourceIDs
        self.companyIDs = companyIDs
        self.sourceSet = Set(sourceIDs)
        self.companySet = Set(companyIDs)
        self.hasSources = hasSources
        self.hasCompanies = hasCompanies
    }

    mutating func company<Value>(
        _ id: String, field: String, in record: Decoded<Value>,
        _ diagnostics: inout [DataDiagnostic]
    ) {
        guard checksCompanies, !companySet.contains(id) else { return }
        let hint =
            hasCompanies
            ? EditDistance.didYouMean(id, among: companyIDs)
            : "; there is no 'companies' dataset"
        diagnostics.append(
            DataDiagnostic(
                path: record.path, position: record.position(field),
                message: "Unknown company '\(id)' for '\(displayField(field))'\(hint)"))
    }

    mutating func source<Value>(
        _ id: String, field: String, in record: Decoded<Value>,
        _ diagnostics: inout [DataDiagnostic]
    ) {
        guard checksSources, !sourceSet.contains(id) else { return }
        let hint =
            hasSources
            ? EditDistance.didYouMean(id, among: sourceIDs) : "; there is no 'sources' dataset"
        diagnostics.append(
            DataDiagnostic(
                path: record.path, position: record.position(field),
                message: "Unknown source '\(id)' for '\(displayField(field))'\(hint)"))
    }

    /// `sources.2` reads as `sources`.
    private func displayField(_ field: String) -> String {
        field.hasPrefix("sources.") ? "sources" : field
    }
}
