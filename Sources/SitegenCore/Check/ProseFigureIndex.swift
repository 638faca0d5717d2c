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
        /// Its bounds.
        var lower: Decimal?
        var upper: Decimal?

        /// Its floor and ceiling, where known, each once.
        var values: [Decimal] {
            guard let lower, let upper, lower != upper else {
                return [lower, upper].compactMap { $0 }
            }
            return [lower, upper]
        }

        /// Whether `value` lies within the figure's bounds: a figure known as a floor or a
        /// range does not contradict a larger number inside it.
        func contains(_ value: Decimal) -> Bool {
            value >= (lower ?? 0) && upper.map { value <= $0 } ?? true
        }
    }

    let candidates: [Candidate]
    /// Entries by kind key (`money:USD`, `share`, `multiple`), sorted by value then name.
    private let entries: [String: [Entry]]
    /// The figures of each kind about each company, in the order of `entries`, each once.
    private let byCompany: [String: [String: [Int]]]
    /// Company names by their first word: each name's words and the company's id.
    private let companyNames: [String: [(words: [String], id: String)]]

    init(catalog: FigureCatalog) {
        let data = catalog.dataSet
        var candidates: [Candidate] = []
        var entries: [String: [Entry]] = [:]
        for name in catalog.names {
            guard let figure = try? catalog.figure(named: name),
                case .quantity(let bounds, let unit) = figure.value, let key = Self.key(unit)
            else { continue }
            let index = candidates.count
            let candidate = Candidate(
                name: name, text: figure.text,
                companies: Set(Self.companies(ofFigure: name, data: data)), lower: bounds.lower,
                upper: bounds.upper)
            candidates.append(candidate)
            for value in candidate.values {
                entries[key, default: []].append(Entry(value: value, figure: index))
            }
        }
        for key in entries.keys {
            entries[key]?.sort {
                $0.value != $1.value
                    ? $0.value < $1.value : candidates[$0.figure].name < candidates[$1.figure].name
            }
        }
        var byCompany: [String: [String: [Int]]] = [:]
        for (key, list) in entries {
            var seen: Set<Int> = []
            var lists: [String: [Int]] = [:]
            for entry in list where seen.insert(entry.figure).inserted {
                for company in candidates[entry.figure].companies {
                    lists[company, default: []].append(entry.figure)
                }
            }
            byCompany[key] = lists
        }
        self.byCompany = byCompany
        self.candidates = candidates
        self.entries = entries
        var names: [String: [(words: [String], id: String)]] = [:]
        for company in data.companies {
            let words = Self.words(Array(company.name.utf8))
            guard let first = words.first else { continue }
            names[first, default: []].append((words, company.id))
        }
        companyNames = names
    }

    /// The figures with a bound the typed number rounds from: within its tolerance.
    func matches(_ quantity: TypedQuantity) -> [Int] {
        guard let key = Self.key(quantity.unit), let list = entries[key] else { return [] }
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

    /// The figures of the quantity's kind about any of `companies`, in figure order.
    func related(to companies: Set<String>, unit: FigureUnit) -> [Int] {
        guard let key = Self.key(unit), let lists = byCompany[key] else { return [] }
        var found: Set<Int> = []
        for company in companies { found.formUnion(lists[company] ?? []) }
        return found.sorted()
    }

    /// The ids of the companies whose names occur in `text` as whole words, case-sensitive.
    func companies(named text: ArraySlice<UInt8>) -> Set<String> {
        let words = Self.words(text)
        var ids: Set<String> = []
        for (index, word) in words.enumerated() {
            for (name, id) in companyNames[word] ?? []
            where index + name.count <= words.count
                && words[index..<index + name.count].elementsEqual(name)
            {
                ids.insert(id)
            }
        }
        return ids
    }

    /// The words of UTF-8 text: runs of ASCII letters and digits and other non-ASCII
    /// characters; punctuation, including curly quotes, apostrophes and dashes (U+2000 to
    /// U+206F), separates them, so "Amazon’s" holds the word "Amazon".
    static func words<Bytes: Collection>(_ bytes: Bytes) -> [String]
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var words: [String] = []
        var start: Int?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            var width = 1
            var isWord: Bool
            if byte == 0xE2, index + 2 < bytes.endIndex,
                bytes[index + 1] == 0x80
                    || bytes[index + 1] == 0x81
            {
                isWord = false
                width = 3
            } else {
                isWord =
                    byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                    || (0x61...0x7A).contains(byte)
            }
            if isWord {
                if start == nil { start = index }
            } else if let first = start {
                words.append(String(decoding: bytes[first..<index], as: UTF8.self))
                start = nil
            }
            index += width
        }
        if let first = start {
            words.append(String(decoding: bytes[first..<bytes.endIndex], as: UTF8.self))
        }
        return words
    }

    /// The companies a figure name (`deals.x.y`, or a reference `=deals.x.y:short`) is
    /// about: a deal's investor, investee and provider, a company, or a pair's two.
    static func companies(ofFigure name: String, data: DealData) -> [String] {
        let parts = name.drop(while: { $0 == "=" }).split(separator: ".").map(String.init)
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

}
