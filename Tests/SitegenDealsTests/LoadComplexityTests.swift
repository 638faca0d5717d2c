import SitegenData
import SitegenDeals
import SitegenSupport
import SitegenTestSupport
import Testing

/// The cost of loading data with many rows, values and errors.
///
/// Issue 14: 10,000 invalid CSV rows took over 30 s (each diagnostic rescanned the file),
/// one YAML line of 20,000 values 7.9 s (each position rescanned the line) and every
/// company total filtered every deal. Four times the input must cost about four times as much.
@Suite("Loading cost")
struct LoadComplexityTests {
    /// The fixture data with `replacements` in place of the files at their paths.
    private func load(_ replacements: [DataFile]) -> DealLoadResult {
        let replaced = Set(replacements.map(\.path))
        return DealLoader.load(
            Fixtures.files.filter { !replaced.contains($0.path) } + replacements)
    }

    @Test("Errors in many CSV rows cost about linearly in the rows")
    func manyBadRows() async throws {
        let (growth, result) = try await Complexity.growth(from: 500) { size in
            var csv = "company,year,amount,currency,qualifier,basis,source\n"
            for index in 0..<size {
                csv += "amazon,20x\(index),1B,USD,about,reported,amazon-10k-2024\n"
            }
            return load([DataFile(path: "content/data/capex.csv", text: csv)])
        }
        #expect(result.errors.count >= 2_000)
        #expect(result.errors.last?.line == 2_001)
        #expect(growth < Complexity.limit, "4x the rows cost \(growth)x")
    }

    @Test("Many values on one YAML line, some not ASCII, cost about linearly")
    func longYAMLLine() async throws {
        let (growth, value) = try await Complexity.growth(from: 2_000) { size in
            let values = (0..<size).map { "é\($0)" }.joined(separator: ", ")
            return try YAMLLoader.load("names: [\(values)]\n", path: "a.yaml")
        }
        let items = value.entries?.first?.value.items
        #expect(items?.count == 8_000)
        // "names: [" is 8 bytes; each "éN, " before the last is its scalars plus 2.
        #expect(items?.dropFirst().first?.position == SourcePosition(line: 1, column: 14))
        #expect(growth < Complexity.limit, "4x the values cost \(growth)x")
    }

    @Test("Unknown sources on one long YAML line are reported at their columns, about linearly")
    func unknownSourcesOnOneLine() async throws {
        let (growth, result) = try await Complexity.growth(from: 1_000) { size in
            let ids = (0..<size).map { "missing-\($0)" }.joined(separator: ", ")
            let deals = Fixtures.deals.replacingOccurrences(
                of: "sources: [press-google-anthropic-2025]", with: "sources: [\(ids)]")
            return load([DataFile(path: "content/data/deals.yaml", text: deals)])
        }
        let unknown = result.errors.filter { $0.message.contains("missing-") }
        #expect(unknown.count == 4_000)
        #expect(Set(unknown.compactMap(\.column)).count == 4_000)
        #expect(growth < Complexity.limit, "4x the sources cost \(growth)x")
    }

    /// The fixture data plus `size` labs, each with one deal from Amazon.
    private func manyDeals(_ size: Int) -> DealLoadResult {
        var companies = Fixtures.companies
        var deals = Fixtures.deals
        for index in 0..<size {
            companies += "\n- id: lab-\(index)\n  name: Lab \(index)\n  kind: model-lab"
            deals += """

                - id: extra-\(index)
                  announced: 2025-0\(index % 9 + 1)
                  investor: amazon
                  investee: lab-\(index)
                  status: announced
                  investment:
                    amount: \(index % 90 + 1)B
                    currency: USD
                    qualifier: exact
                  summary: Deal \(index).
                  sources: [aboutamazon-2026-anthropic]
                """
        }
        return load([
            DataFile(path: "content/data/companies.yaml", text: companies),
            DataFile(path: "content/data/deals.yaml", text: deals),
        ])
    }

    @Test("Company totals and pair sums cost about linearly in the deals and companies")
    func companyTotals() async throws {
        let (growth, catalog) = try await Complexity.growth(from: 150) { size in
            FigureCatalog(dataSet: manyDeals(size).dataSet)
        }
        #expect(catalog.contains("companies.lab-599.received"))
        #expect(catalog.contains("pairs.amazon.lab-599.invested"))
        #expect(growth < Complexity.limit, "4x the deals and companies cost \(growth)x")
    }

    // Every deal's page and every company's page picks its rows of the deals table.
    @Test("Picking each deal's row from the deals table costs about linearly in the deals")
    func rowsPerDeal() async throws {
        let (growth, rows) = try await Complexity.growth(from: 500) { size in
            let catalog = FigureCatalog(dataSet: manyDeals(size).dataSet)
            return (0..<size).map { index in
                catalog.table(named: "deals", where: "id", in: ["extra-\(index)"])?.rows.count
            }
        }
        #expect(rows.count == 2_000)
        #expect(rows.allSatisfy { $0 == 1 })
        #expect(growth < Complexity.limit, "4x the deals cost \(growth)x")
    }
}
