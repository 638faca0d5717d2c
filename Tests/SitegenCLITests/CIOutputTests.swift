import Foundation
import SitegenTestSupport
import Testing

/// What sitegen gives CI: its version, workflow-command annotations, JSON diagnostics, the
/// summary line and `sitegen diff`, all through the built binary.
@Suite("CI output")
struct CIOutputTests {
    typealias Run = CommandLineTests.Run

    func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws
        -> Run
    {
        try CommandLineTests.run(arguments, in: folder, environment: environment)
    }

    /// A site (written below `site/` by the tests) whose analysis has an error on line 3 and
    /// a warning on line 5.
    static let brokenSite = """
        -- content/site.yaml --
        title: CI test
        base_url: https://example.org/
        -- content/analyses/a.md --
        ---
        title: A
        date: someday
        summary: S
        colour: blue
        ---
        Body.
        """

    @Test("--version and version print sitegen's version and libcmark's, and exit 0")
    func version() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let flag = try run(["--version"], in: folder.url)
        let command = try run(["version"], in: folder.url)
        #expect(flag.status == 0)
        #expect(command.status == 0)
        #expect(flag.stdout == command.stdout)
        #expect(
            flag.stdout.wholeMatch(of: /sitegen \d+\.\d+\.\d+ \(libcmark \d+\.\d+\.\d+\)\n/) != nil,
            "\(flag.stdout)")
    }

    @Test("An unknown subcommand is a usage error that names the subcommands")
    func unknownCommand() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try run(["publish", "--root", "."], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "Error: Unknown command 'publish'; the commands are 'build', 'check', 'serve', 'diff' and 'version' (see 'sitegen --help')\n"
        )
        let typo = try run(["biuld"], in: folder.url)
        #expect(typo.status == 64)
        #expect(
            typo.stderr
                == "Error: Unknown command 'biuld'; did you mean 'build'? the commands are 'build', 'check', 'serve', 'diff' and 'version' (see 'sitegen --help')\n"
        )
    }

    @Test(
        "Under GitHub Actions each diagnostic is also a workflow command, paths from the repository root"
    )
    func annotations() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(Self.brokenSite).write(into: folder.url.appending(path: "site"))
        let result = try run(
            ["check", "--root", "site"], in: folder.url,
            environment: ["GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": folder.path])
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                ::error file=site/content/analyses/a.md,line=3,col=7,title=sitegen error::Invalid date 'someday'; use YYYY, YYYY-MM or YYYY-MM-DD for 'date'
                ::warning file=site/content/analyses/a.md,line=5,col=1,title=sitegen warning::Unknown key 'colour'; known keys are 'title', 'date', 'summary', 'tags', 'authors', 'companies', 'deals', 'draft' and 'updated'

                """)
        #expect(
            result.stderr.hasSuffix("Checked 5 pages: 1 error, 1 warning\n"), "\(result.stderr)")
        // Without GITHUB_ACTIONS there are no workflow commands.
        let plain = try run(["check", "--root", "site"], in: folder.url)
        #expect(plain.stdout == "")
        #expect(plain.stderr.hasPrefix("content/analyses/a.md:3:7: error: Invalid date 'someday'"))
    }

    @Test("A mistyped figure in a pull request is an annotation on its exact line and column")
    func mistypedFigure() throws {
        let folder = try TemporaryFolder.exampleSite(in: "report")
        defer { folder.remove() }
        let page = folder.url.appending(
            path: "report/content/analyses/amazon-anthropic-2026/index.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        let typo = text.replacingOccurrences(
            of: "Amazon will put `=deals.amazon-anthropic-2026.investment_firm`",
            with: "Amazon will put `=deals.amazon-anthropic-2026.investmnet`")
        #expect(typo != text)
        try typo.write(to: page, atomically: true, encoding: .utf8)
        let result = try run(
            ["check", "--root", "report"], in: folder.url,
            environment: ["GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": folder.path])
        #expect(result.status == 1)
        // Line 12 reads "presented as an investment story. Amazon will put `=deals...": the
        // code span starts at byte 51, its opening backtick, where the caret goes too.
        #expect(
            result.stdout
                == "::error file=report/content/analyses/amazon-anthropic-2026/index.md,line=12,col=51,title=sitegen error::Unknown figure 'deals.amazon-anthropic-2026.investmnet'; did you mean 'deals.amazon-anthropic-2026.investment', 'deals.amazon-anthropic-2023.investment' or 'deals.amazon-anthropic-2024.investment'?\n"
        )
    }

    @Test("Workflow commands escape %, line breaks, colons and commas as GitHub documents")
    func annotationEscaping() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = """
            -- content/site.yaml --
            title: CI test
            base_url: https://example.org/
            -- content/analyses/a,b: c.md --
            ---
            title: A
            date: 2026
            summary: S
            ---
            [broken](missing.md)
            """
        try SiteFixture(site).write(into: folder.url.appending(path: "site"))
        let result = try run(
            ["check", "--root", "site"], in: folder.url,
            environment: ["GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": folder.path])
        #expect(result.status == 1)
        let line = try #require(
            result.stdout.split(separator: "\n").first { $0.hasPrefix("::error") })
        #expect(
            line
                == "::error file=site/content/analyses/a%2Cb%3A c.md,line=6,col=1,title=sitegen%3A Broken link::Broken link: No page or file at 'content/analyses/missing.md'; did you mean 'content/analyses/a,b: c.md'?"
        )
    }

    @Test(
        "--diagnostics json prints one JSON array on standard output, the summary on standard error"
    )
    func jsonDiagnostics() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(Self.brokenSite).write(into: folder.url.appending(path: "site"))
        let result = try run(
            ["build", "--root", "site", "--diagnostics", "json"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr == "Build failed: 1 error, 1 warning\n")
        #expect(
            result.stdout == """
                [
                  {"severity": "error", "file": "content/analyses/a.md", "line": 3, "column": 7, "message": "Invalid date 'someday'; use YYYY, YYYY-MM or YYYY-MM-DD for 'date'", "notes": []},
                  {"severity": "warning", "file": "content/analyses/a.md", "line": 5, "column": 1, "message": "Unknown key 'colour'; known keys are 'title', 'date', 'summary', 'tags', 'authors', 'companies', 'deals', 'draft' and 'updated'", "notes": []}
                ]

                """)
        // It is JSON, with the documented keys and types.
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(parsed.count == 2)
        for object in parsed {
            #expect(Set(object.keys) == ["severity", "file", "line", "column", "message", "notes"])
            #expect(object["severity"] is String && object["file"] is String)
            #expect(object["line"] is Int && object["column"] is Int)
            #expect(object["notes"] is [String])
        }
        // A clean site prints an empty array, and still exits 0.
        let clean = try TemporaryFolder()
        defer { clean.remove() }
        try SiteFixture(CommandLineTests.site).write(into: clean.url)
        let ok = try run(["check", "--diagnostics", "json"], in: clean.url)
        #expect(ok.status == 0)
        #expect(ok.stdout == "[]\n")
        #expect(ok.stderr == "Checked 6 pages: 0 errors, 0 warnings\n")
    }

    @Test("A data error's note is a note in the JSON and in the text")
    func notes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try SiteFixture(
            CommandLineTests.site + "\n-- content/data/deals.yaml --\n- id: [\n"
        )
        .write(into: folder.url)
        let json = try run(["check", "--diagnostics", "json"], in: folder.url)
        #expect(json.status == 1)
        #expect(
            json.stdout.contains(
                "\"notes\": [\"Figures, charts and tables are checked once this file loads\"]"),
            "\(json.stdout)")
        let text = try run(["check"], in: folder.url)
        #expect(
            text.stderr.contains(
                "\nnote: Figures, charts and tables are checked once this file loads\n"))
    }

    @Test("A build prints its pages, files, figures, charts, time and warnings in one line")
    func summary() throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        let result = try run(["build"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        // The German locale must not turn the decimal point into a comma.
        #expect(
            result.stdout.wholeMatch(
                of:
                    /Built 45 pages \(92 files, 452 figures, 24 charts\) in \d+\.\d\d s, 0 warnings\n/
            )
                != nil, "\(result.stdout)")
    }

    @Test(
        "diff lists exactly the figures a deal amount feeds, and the pages that show them are the pages that changed"
    )
    func diffOfOneDealAmount() throws {
        let folder = try TemporaryFolder.exampleSite()
        defer { folder.remove() }
        #expect(try run(["build", "--output", "old"], in: folder.url).status == 0)
        let deals = folder.url.appending(path: "content/data/deals.yaml")
        var text = try String(contentsOf: deals, encoding: .utf8)
        let deal = try #require(text.range(of: "- id: amazon-anthropic-2026\n"))
        let amount = try #require(
            text.range(of: "amount: 25B", range: deal.upperBound..<text.endIndex))
        text.replaceSubrange(amount, with: "amount: 30B")
        try text.write(to: deals, atomically: true, encoding: .utf8)
        #expect(try run(["build", "--output", "new"], in: folder.url).status == 0)

        let result = try run(["diff", "old", "new"], in: folder.url)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                6 figures changed, 0 added, 0 removed; 10 pages show them; pages: 0 added, 0 removed, 10 changed

                Figures changed:
                  companies.amazon.invested: $28B to $83B → $28B to $88B
                  deals.amazon-anthropic-2026.capex_share: about 2.5% to 12.5% → about 2.5% to 15%
                  deals.amazon-anthropic-2026.commitment_multiple: at least 4× → at least 3.33×
                  deals.amazon-anthropic-2026.investment: $5B to $25B → $5B to $30B
                  deals.amazon-anthropic-2026.investment_contingent: up to $20B → up to $25B
                  pairs.amazon.anthropic.invested: $13B to $33B → $13B to $38B

                Pages that show them:
                  /
                  /analyses/amazon-anthropic-2026/
                  /analyses/single-cloud-alliances/
                  /chart-gallery/
                  /companies/
                  /companies/amazon/
                  /companies/anthropic/
                  /deals/
                  /deals/amazon-anthropic-2026/
                  /methodology/

                Pages changed:
                  /
                  /analyses/amazon-anthropic-2026/
                  /analyses/single-cloud-alliances/
                  /chart-gallery/
                  /companies/
                  /companies/amazon/
                  /companies/anthropic/
                  /deals/
                  /deals/amazon-anthropic-2026/
                  /methodology/

                """)
        // Manifests compare as their folders do; Markdown is a table for a pull request.
        let markdown = try run(
            ["diff", "old/figures.json", "new/figures.json", "--format", "markdown"],
            in: folder.url)
        #expect(markdown.status == 0)
        #expect(
            markdown.stdout.contains(
                "| `deals.amazon-anthropic-2026.investment` | $5B to $25B | $5B to $30B |\n"))
        #expect(markdown.stdout.hasPrefix("### Published figures\n\n6 figures changed"))
        // A build compared with itself lists nothing.
        let same = try run(["diff", "old", "old"], in: folder.url)
        #expect(same.stdout == "No figures or pages changed\n")
    }

    @Test("diff of a folder without a manifest, or of a file that is not one, says what to give")
    func diffErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(
            at: folder.url.appending(path: "empty"), withIntermediateDirectories: true)
        try Data("{\"format\": 1}".utf8).write(to: folder.url.appending(path: "bad.json"))
        let missing = try run(["diff", "empty", "nowhere"], in: folder.url)
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "error: empty: The folder has no figures.json; build it with sitegen 0.2 or later\n"
        )
        let bad = try run(["diff", "bad.json", "bad.json"], in: folder.url)
        #expect(bad.status == 1)
        #expect(
            bad.stderr
                == "error: bad.json: This is not a figures manifest (it has no 'figures'); give a build's output folder or its figures.json\n"
        )
        let usage = try run(["diff", "one"], in: folder.url)
        #expect(usage.status == 64)
    }
}
