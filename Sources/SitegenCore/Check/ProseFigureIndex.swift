import Foundation
import SitegenData
import SitegenDeals
import SitegenSupport

/// Every money, share and multiple figure of a catalog, sorted by the values of its bounds,
/// with the companies each one is about: what the prose check looks typed numbers up in.
struct ProseFigureIndex: Sendable {
    /// One bound of one figure.
    struct Entry: Sendable {
        var value: Decimal
        var figure: Int
    }

    /// A figure the check can name.
    struct Candidate: Sendable {
        var name: String
        /// The figure as it reads (`up to $25B`).
        var text: String
        var companies: Set<String>
        /// Its floor and ceiling, where known.
        var values: [Decimal]
    }

    let candidates: [Candidate]
    /// Entries by kind key (`money:USD`, `share`, `multiple`), sorted by value then name.
    private let entries: [String: [Entry]]
    /// Company names and ids, longest name first, for finding them in a sentence.
    let companyNames: [(name: String, id: String)]

    init(catalog: FigureCatalog) {
        let data = catalog.dataSet
        var candidates: [Candidate] = []
        var entries: [String: [Entry]] = [:]
        var dealCompanies: [String: [String]] = [:]
        for deal in data.deals { dealCompanies[deal.id] = deal.companyIDs }
        for name in catalog.names {
            guard let figure = try? catalog.figure(named: name),
                case .quantity(let bounds, let unit) = figure.value, let key = Self.key(unit)
            else { continue }
            let parts = name.split(separator: ".").map(String.init)
            var companies: Set<String> = []
            switch parts.first {
            case "deals" where parts.count > 1: companies = Set(dealCompanies[parts[1]] ?? [])
            case "companies" where parts.count > 1: companies = [parts[1]]
            case "pairs" where parts.count > 2: companies = [parts[1], parts[2]]
            default: break
            }
            let index = candidates.count
            var values: [Decimal] = []
            for value in [bounds.lower, bounds.upper].compactMap({ $0 })
            where !values.contains(value) {
                values.append(value)
            }
            candidates.append(
                Candidate(name: name, text: figure.text, companies: companies, values: values))
            for value in values {
                entries[key, default: []].append(Entry(value: value, figure: index))
            }
        }
        for key in entries.keys {
            entries[key]?.sort {
                $0.value != $1.value
                    ? $0.value < $1.value : candidates[$0.figure].name < candidates[$1.figure].name
            }
        }
        self.candidates = candidates
        self.entries = entries
        companyNames = data.companies.map { ($0.name, $0.id) }.sorted {
            $0.name.count != $1.name.count ? $0.name.count > $1.name.count : $0.name < $1.name
        }
    }

    /// The figures with a bound the typed number rounds from: within its tolerance.
    func matches(_ quantity: TypedQuantity) -> [Int] {
        guard let list = entries[Self.key(quantity.kind)] else { return [] }
        let low = quantity.value - quantity.tolerance
        let high = quantity.value + quantity.tolerance
        var start = list.startIndex
        var end = list.endIndex
        while start < end {
            let middle = (start + end) / 2
            if list[middle].value < low { start = middle + 1 } else { end = middle }
        }
        var found: [Int] = []
        var index = start
        while index < list.count, list[index].value < high {
            if !found.contains(list[index].figure) { found.append(list[index].figure) }
            index += 1
        }
        return found
    }

    /// The figures of the quantity's kind about any of `companies`.
    func related(to companies: Set<String>, kind: TypedQuantity.Kind) -> [Int] {
        guard !companies.isEmpty, let list = entries[Self.key(kind)] else { return [] }
        var seen: Set<Int> = []
        return list.compactMap { entry in
            guard !candidates[entry.figure].companies.isDisjoint(with: companies),
                seen.insert(entry.figure).inserted
            else { return nil }
            return entry.figure
        }
    }

    /// The companies a figure reference names: `=deals.x.y` its deal's, `=companies.x.y` and
    /// `=pairs.x.z.y` theirs.
    func companies(inReference code: String, data: DealData) -> [String] {
        let parts = code.dropFirst().split(separator: ".").map(String.init)
        guard parts.count > 1 else { return [] }
        switch parts[0] {
        case "deals": return data.deal(id: parts[1])?.companyIDs ?? []
        case "companies": return [parts[1]]
        case "pairs" where parts.count > 2: return [parts[1], parts[2]]
        default: return []
        }
    }

    private static func key(_ unit: FigureUnit) -> String? {
        switch unit {
        case .money(let currency): return "money:" + currency
        case .moneyPerYear(let currency): return "money-per-year:" + currency
        case .share: return "share"
        case .multiple: return "multiple"
        case .years, .count: return nil
        }
    }

    private static func key(_ kind: TypedQuantity.Kind) -> String {
        switch kind {
        case .money(let currency): return "money:" + currency
        case .moneyPerYear(let currency): return "money-per-year:" + currency
        case .share: return "share"
        case .multiple: return "multiple"
        }
    }
}
