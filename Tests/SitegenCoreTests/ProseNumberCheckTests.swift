import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

@Suite("Numbers typed in prose")
struct ProseNumberCheckTests {
    /// The data site's analysis with `paragraph` added after its first paragraph, as line 10.
    private func site(_ paragraph: String) -> String {
        dataSite.replacingOccurrences(
            of: "for `=deals.amazon-anthropic-2026.annual_commitment:short`.\n",
            with: "for `=deals.amazon-anthropic-2026.annual_commitment:short`.\n\n\(paragraph)\n")
    }

    private func warnings(_ paragraph: String) async throws -> [String] {
        let (result, folder) = try await buildFixture(site(paragraph))
        defer { folder.remove() }
        return try result.get().warnings.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.message)" }
    }

    @Test("A typed amount the data has names the figure to write, at the amount's column")
    func namesTheMatchingFigure() async throws {
        let found = try await warnings(
            "Amazon put “up to” $25 billion into Anthropic, which will spend more than $100bn.")
        // The column counts bytes: each curly quote is three.
        #expect(
            found == [
                "10:24 '$25 billion' is typed by hand, and the data has it: write `=deals.amazon-anthropic-2026.investment` (up to $25B) or `=pairs.amazon.anthropic.invested` (up to $25B), so the number is computed, carries its qualifier and is traced to its sources",
                "10:79 '$100bn' is typed by hand, and the data has it: write `=deals.amazon-anthropic-2026.commitment` (at least $100B) or `=pairs.amazon.anthropic.committed` (at least $100B), so the number is computed, carries its qualifier and is traced to its sources",
            ])
    }

    @Test("A typed share and multiples are found too; a rate a year matches a rate a year")
    func sharesMultiplesAndRates() async throws {
        let found = try await warnings(
            "The commitment is 4x the equity and 4 times Anthropic's; it runs at $10 billion a year, 5% of Amazon's capex."
        )
        #expect(found.count == 4, "\(found)")
        #expect(found[0].hasPrefix("10:19 '4x' is typed by hand"))
        #expect(
            found[0].contains("`=deals.amazon-anthropic-2026.commitment_multiple` (at least 4×)"))
        #expect(found[1].hasPrefix("10:37 '4 times' is typed by hand"))
        #expect(
            found[2].contains(
                "`=deals.amazon-anthropic-2026.annual_commitment` (at least $10B a year)"))
        #expect(found[3].hasPrefix("10:89 '5%' is typed by hand"))
        #expect(found[3].contains("`=deals.amazon-anthropic-2026.commitment_capex_share`"))
    }

    @Test(
        "A number no figure has, in a sentence about a company with figures, disagrees with the data"
    )
    func disagreement() async throws {
        let found = try await warnings("Amazon will invest $30 billion in Anthropic.")
        #expect(
            found == [
                "10:20 '$30 billion' matches no figure of Amazon and Anthropic in the data, which this sentence is about: `=deals.amazon-anthropic-2026.investment` is up to $25B and `=pairs.amazon.anthropic.invested` is up to $25B; the prose disagrees with the data, so correct the number or write the figure"
            ])
    }

    @Test("A matching amount is flagged even where its sentence names no company")
    func flagsWithoutCompany() async throws {
        let found = try await warnings("The equity, $25 billion at most, is the smaller number.")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("10:13 '$25 billion' is typed by hand") == true)
    }

    @Test("A typed amount in a table cell or a list item is found at its own line and column")
    func tablesAndLists() async throws {
        let found = try await warnings(
            """
            | Deal | Equity |
            |---|---:|
            | Amazon and Anthropic | $25 billion |

            - Amazon: $25bn
            """)
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.hasPrefix("12:26 '$25 billion'") == true)
        #expect(found.last?.hasPrefix("14:11 '$25bn'") == true)
    }

    @Test("A number inside the floor of the nearest figure is not called a contradiction")
    func withinAFloor() async throws {
        let found = try await warnings("Anthropic will spend $120 billion on Amazon's cloud.")
        #expect(
            found == [
                "10:22 '$120 billion' is no figure of Amazon and Anthropic in the data, which this sentence is about, though it lies within `=deals.amazon-anthropic-2026.commitment` (at least $100B): write that figure, or cite where the number comes from"
            ])
    }

    @Test("A figure reference names its companies for the sentence")
    func figureNamesTheCompanies() async throws {
        let found = try await warnings(
            "Beside `=deals.amazon-anthropic-2026.term` of spending, $31 billion is small.")
        #expect(found.count == 1)
        #expect(found.first?.contains("matches no figure of Amazon and Anthropic") == true)
    }

    @Test("Figures, code, link text, quotations, other rates and unrelated numbers are not flagged")
    func leavesOtherTextAlone() async throws {
        let found = try await warnings(
            """
            The headline “Amazon bets $25 billion on Anthropic” was everywhere, and so was \
            "$100bn for AWS". See [Amazon's $25B deal](https://example.org/a) and `$25B`. \
            Anthropic pays $1.25bn a month for other capacity, and Amazon's model GPT-4x is \
            a name. Revenue grew 37% at a firm the data does not cover.

            ```
            Amazon put $25 billion into Anthropic.
            ```
            """)
        #expect(found == [], "\(found)")
    }

    @Test("--strict makes a typed number an error, and the example site builds with --strict")
    func strictMakesErrors() async throws {
        let (result, folder) = try await buildFixture(
            site("Amazon put $25 billion into Anthropic.")
        ) { BuildOptions(root: $0, strict: true) }
        defer { folder.remove() }
        guard case .failure(let failure) = result else {
            Issue.record("a strict build with a typed figure succeeded")
            return
        }
        #expect(failure.diagnostics.map(\.severity) == [.error])
        #expect(failure.diagnostics.first?.path == "content/analyses/deal.md")
        let example = try TemporaryFolder.exampleSite()
        defer { example.remove() }
        let report = try await SiteBuilder(options: BuildOptions(root: example.path, strict: true))
            .build()
        #expect(report.warnings.isEmpty)
    }
}
