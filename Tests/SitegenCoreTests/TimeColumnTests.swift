import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// A dataset's column of years or months is a time axis for line and area charts, and a year
/// is never written with a thousands separator.
@Suite("Years and months in datasets")
struct TimeColumnTests {
    private func about(dataset path: String, _ contents: String, x: String) async throws -> String {
        var site = try MemoryFileSystem.exampleSite()
        site.files[path] = Array(contents.utf8)
        let file = path.split(separator: "/").last ?? ""
        let name = String(file.split(separator: ".").first ?? "")
        site.files["content/pages/about.md", default: []] += Array(
            """

            ```chart
            type: line
            title: Growth
            data: \(name)
            x: \(x)
            y: value
            ```

            ```table
            data: \(name)
            ```

            """.utf8)
        let output = MemoryOutput()
        _ = try await SiteBuilder(options: BuildOptions(), fileSystem: site).build(into: output)
        return String(decoding: try #require(output.files["about/index.html"]), as: UTF8.self)
    }

    @Test(
        "Years as numbers or texts, and months, drive a line chart",
        arguments: [
            ("content/data/growth.csv", "year,value\n2022,10\n2023,14\n2024,21\n", "year"),
            (
                "content/data/growth.json",
                #"[{"year": "2022", "value": 10}, {"year": "2023", "value": 14}, {"year": "2024", "value": 21}]"#,
                "year"
            ),
            (
                "content/data/growth.yaml",
                "- {fiscal_year: 2022, value: 10}\n- {fiscal_year: 2023, value: 14}\n- {fiscal_year: 2024, value: 21}\n",
                "fiscal_year"
            ),
            (
                "content/data/growth.csv", "month,value\n2024-01,10\n2024-02,14\n2024-03,21\n",
                "month"
            ),
        ])
    func timeAxis(path: String, contents: String, x: String) async throws {
        let html = try await about(dataset: path, contents, x: x)
        #expect(html.contains("<svg"))
        #expect(!html.contains("2,022") && !html.contains("2,024"))
    }

    @Test("A year under another name is echoed as written, with what to do")
    func yearUnderAnotherName() async throws {
        var site = try MemoryFileSystem.exampleSite()
        site.files["content/pages/about.md", default: []] += Array(
            """

            ```chart
            type: line
            title: Growth
            x: when
            y: value
            values:
              - {when: 2024, value: 1B}
              - {when: 2025, value: 2B}
            ```

            """.utf8)
        do {
            _ = try await SiteBuilder(options: BuildOptions(), fileSystem: site).check()
            Issue.record("a number is not a year")
        } catch {
            let message = error.diagnostics.first?.message ?? ""
            #expect(message.contains("has the number 2024; name the field after years"))
            #expect(!message.contains("2,024"))
        }
    }

    @Test("A year column is shown as years in the dataset's table")
    func tableShowsYears() async throws {
        let html = try await about(
            dataset: "content/data/growth.csv", "year,value\n2022,10\n2024,21\n", x: "year")
        #expect(html.contains(">2024<"))
        #expect(!html.contains("2,024"))
    }
}
