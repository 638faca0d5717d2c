import SitegenData
import SitegenDeals
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
    func manyBadRows() {
        let growth = Complexity.growth(from: 500) { size in
            var csv = "company,year,amount,currency,qualifier,basis,source\n"
            for index in 0..<size {
                csv += "amazon,20x\(index),1B,USD,about,reported,amazon-10k-2024\n"
            }
            let result = load([DataFile(path: "content/data/capex.csv", text: csv)])
            #expect(result.errors.count >= size)
            #expect(result.errors.last?.line == size + 1)
        }
        #expect(growth < Complexity.limit, "4x the rows cost \(growth)x")
    }

    @Test("Many values on one YAML line, some not ASCII, cost about linearly")
    func longYAMLLine() throws {
        let growth = try Complexity.growth(from: 2_000) { size in
            let values = (0..<size).map { "é\($0)" }.joined(separator: ", ")
            let value = try YAMLLoader.load("names: [\(values)]\n", path: "a.yaml")
            #expect(value.entries?.first?.value.items?.count == size)
        }
        #expect(growth < Complexity.limit, "4x the values cost \(growth)x")
    }

    @Test("Unknown sources on one long YAML line are reported at their columns, about linearly")
    func unknownSourcesOnOneLine() {
        let growth = Complexity.growth(from: 1_000) { size in
            let ids = (0..<size).map { "missing-\($0)" }.joined(separator: ", ")
            let deals = Fixtures.deals.replacingOccurrences(
                of: "sources: [press-google-anthropic-2025]", with: "sources: [\(ids)]")
            let result = load([DataFile(path: "content/data/deals.yaml", text: deals)])
            let unknown = result.errors.filter { $0.message.contains("missing-") }
            #expect(unknown.count == size)
            #expect(Set(unknown.compactMap(\.column)).count == size)
        }
        #expect(growth < Complexity.limit, "4x the sources cost \(growth)x")
    }

    @Test("Company totals and pair sums cost about linearly in the deals and companies")
    func companyTotals() {
        let growth = Complexity.growth(from: 150) { size in
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
            let result = load([
                DataFile(path: "content/data/companies.yaml", text: companies),
                DataFile(path: "content/data/deals.yaml", text: deals),
            ])
            #expect(result.errors.isEmpty, "\(result.errors.prefix(2))")
            let catalog = FigureCatalog(dataSet: result.dataSet)
            #expect(catalog.contains("companies.lab-\(size - 1).received"))
        }
        #expect(growth < Complexity.limit, "4x the deals and companies cost \(growth)x")
    }
}
