import Foundation
import SitegenData
import SitegenSupport

/// A typed record with the map it was read from, for positions in later checks.
struct Decoded<Value: Sendable>: Sendable {
    var value: Value
    var record: DataValue
    var path: String

    /// The position of a field (dotted key path), or of the record when it is missing.
    func position(_ keyPath: String) -> SourcePosition {
        var parts = keyPath.split(separator: ".")
        while !parts.isEmpty {
            if let value = record.value(atKeyPath: parts.joined(separator: ".")) {
                return value.position
            }
            parts.removeLast()
        }
        return record.position
    }
}

/// Reads the four typed datasets' records; every problem goes to `diagnostics`.
enum RecordDecoding {
    static let sourceKeys = (required: ["id", "publisher", "title", "date"], optional: ["url"])
    static let companyKeys = (required: ["id", "name", "kind"], optional: [String]())
    static let capexKeys = (
        required: ["company", "year", "amount", "currency", "qualifier", "basis", "source"],
        optional: [String]()
    )
    static let dealKeys = (
        required: ["id", "announced", "investor", "investee", "status", "summary", "sources"],
        optional: ["investment", "commitment"]
    )
    static let moneyKeys = ["amount", "currency", "qualifier"]

    static func source(_ record: DataValue, path: String, diagnostics: inout [DataDiagnostic])
        -> Source?
    {
        guard
            let map = MapDecoder(
                record, path: path, required: sourceKeys.required, optional: sourceKeys.optional,
                diagnostics: &diagnostics)
        else { return nil }
        let id = map.identifier("id", diagnostics: &diagnostics)
        let publisher = map.string("publisher", diagnostics: &diagnostics)
        let title = map.string("title", diagnostics: &diagnostics)
        let date = map.date("date", diagnostics: &diagnostics)
        let url = map.url("url", diagnostics: &diagnostics)
        guard let id, let publisher, let title, let date else { return nil }
        if map.value("url") != nil, url == nil { return nil }
        return Source(
            id: id, publisher: publisher, title: title, date: date, url: url, path: path,
            position: record.position)
    }

    static func company(_ record: DataValue, path: String, diagnostics: inout [DataDiagnostic])
        -> Company?
    {
        guard
            let map = MapDecoder(
                record, path: path, required: companyKeys.required, diagnostics: &diagnostics)
        else { return nil }
        let id = map.identifier("id", diagnostics: &diagnostics)
        let name = map.string("name", diagnostics: &diagnostics)
        let kind = map.choice(
            "kind", as: Company.Kind.self, noun: "kind", diagnostics: &diagnostics)
        guard let id, let name, let kind else { return nil }
        return Company(id: id, name: name, kind: kind, path: path, position: record.position)
    }

    static func capex(_ record: DataValue, path: String, diagnostics: inout [DataDiagnostic])
        -> CapexEntry?
    {
        guard
            let map = MapDecoder(
                record, path: path, required: capexKeys.required, diagnostics: &diagnostics)
        else { return nil }
        let company = map.identifier("company", diagnostics: &diagnostics)
        let year = self.year(map, "year", diagnostics: &diagnostics)
        let amount = money(map, diagnostics: &diagnostics)
        let basis = map.choice(
            "basis", as: CapexEntry.Basis.self, noun: "basis", diagnostics: &diagnostics)
        let source = map.identifier("source", diagnostics: &diagnostics)
        guard let company, let year, let amount, let basis, let source else { return nil }
        return CapexEntry(
            company: company, year: year, amount: amount, basis: basis, source: source, path: path,
            position: record.position)
    }

    static func deal(_ record: DataValue, path: String, diagnostics: inout [DataDiagnostic])
        -> Deal?
    {
        guard
            let map = MapDecoder(
                record, path: path, required: dealKeys.required, optional: dealKeys.optional,
                diagnostics: &diagnostics)
        else { return nil }
        let id = map.identifier("id", diagnostics: &diagnostics)
        let announced = map.date("announced", diagnostics: &diagnostics)
        let investor = map.identifier("investor", diagnostics: &diagnostics)
        let investee = map.identifier("investee", diagnostics: &diagnostics)
        let status = map.choice(
            "status", as: Deal.Status.self, noun: "status", diagnostics: &diagnostics)
        let summary = map.string("summary", diagnostics: &diagnostics)
        let sources = self.sources(map, diagnostics: &diagnostics)
        var valid = true
        var investment: QualifiedMoney?
        let undisclosed = map.value("investment")?.string == "undisclosed"
        if undisclosed {
            // Known to exist, amount not disclosed: no figure, and sums lose their ceiling.
        } else if let nested = map.nested(
            "investment", required: moneyKeys, optional: ["firm"], diagnostics: &diagnostics)
        {
            investment = money(nested, diagnostics: &diagnostics)
            valid = valid && investment != nil
        } else if map.value("investment") != nil {
            valid = false
        }
        var commitment: Deal.Commitment?
        if map.value("commitment") != nil {
            commitment = self.commitment(map, diagnostics: &diagnostics)
            valid = valid && commitment != nil
        }
        if map.value("investment") == nil, map.value("commitment") == nil {
            diagnostics.append(
                DataDiagnostic(
                    path: path, position: record.position,
                    message: "A deal needs an 'investment', a 'commitment' or both"))
            valid = false
        }
        guard valid, let id, let announced, let investor, let investee, let status, let summary,
            let sources
        else { return nil }
        return Deal(
            id: id, announced: announced, investor: investor, investee: investee, status: status,
            investment: investment, investmentUndisclosed: undisclosed, commitment: commitment,
            summary: summary, sources: sources, path: path, position: record.position)
    }

    private static func commitment(_ map: MapDecoder, diagnostics: inout [DataDiagnostic])
        -> Deal.Commitment?
    {
        guard
            let nested = map.nested(
                "commitment", required: moneyKeys + ["provider"], optional: ["term_years"],
                diagnostics: &diagnostics)
        else { return nil }
        let amount = money(nested, diagnostics: &diagnostics)
        let provider = nested.identifier("provider", diagnostics: &diagnostics)
        var term: Decimal?
        var termValid = true
        if nested.value("term_years") != nil {
            term = nested.decimal("term_years", diagnostics: &diagnostics)
            if let value = term, value <= 0 {
                diagnostics.append(
                    nested.error(
                        "Term '\(nested.value("term_years")?.scalarText ?? "")' for '\(nested.fieldName("term_years"))' must be a positive number of years",
                        at: "term_years"))
                term = nil
            }
            termValid = term != nil
        }
        guard let amount, let provider, termValid else { return nil }
        return Deal.Commitment(amount: amount, termYears: term, provider: provider)
    }

    private static func sources(_ map: MapDecoder, diagnostics: inout [DataDiagnostic]) -> [String]?
    {
        guard let list = map.strings("sources", diagnostics: &diagnostics) else { return nil }
        var result: [String] = []
        var listed: Set<String> = []
        for (index, id) in list.enumerated() {
            let keyPath = "sources.\(index + 1)"
            let position =
                map.value.value(atKeyPath: keyPath)?.position ?? map.position(of: "sources")
            if !listed.insert(id).inserted {
                diagnostics.append(
                    DataDiagnostic(
                        path: map.path, position: position,
                        message: "Source '\(id)' is listed twice in 'sources'"))
                continue
            }
            guard Identifier.isValid(id) else {
                diagnostics.append(
                    DataDiagnostic(
                        path: map.path, position: position,
                        message:
                            "Invalid id '\(id)' for 'sources'; use lowercase letters, digits and '-'"
                    ))
                return nil
            }
            result.append(id)
        }
        guard !result.isEmpty else {
            diagnostics.append(
                map.error("Expected at least one source id in 'sources'", at: "sources"))
            return nil
        }
        return result
    }

    private static func year(_ map: MapDecoder, _ key: String, diagnostics: inout [DataDiagnostic])
        -> Int?
    {
        guard let value = map.value(key) else { return nil }
        guard let text = value.scalarText, value.bool == nil, text.count == 4,
            text.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(text), year >= 1000
        else {
            diagnostics.append(
                map.error(
                    "Invalid year '\(value.scalarText ?? value.typeDescription)' for '\(map.fieldName(key))'; use four digits such as 2026",
                    at: key))
            return nil
        }
        return year
    }
}
