import Foundation
import SitegenCore
import SitegenTestSupport
import Testing

/// A minimal valid site to start fixtures from.
let minimalSite = """
    -- content/site.yaml --
    title: Test & Co
    base_url: https://example.org/reports/
    nav:
      - title: Analyses
        url: analyses/
    -- content/analyses/first-look.md --
    ---
    title: A first look
    date: 2026-04-13
    summary: What the deal means.
    tags: [Cloud, AI & compute]
    ---
    ## Why it matters

    Amazon *invests*. <script>alert(1)</script>
    -- content/pages/about.md --
    ---
    title: About
    ---
    About this report.
    """

/// Builds `fixture` into a temporary folder and returns the result and the folder.
func buildFixture(
    _ fixture: String, options: (String) -> BuildOptions = { BuildOptions(root: $0) }
) async throws -> (Result<BuildReport, BuildFailure>, TemporaryFolder) {
    let folder = try TemporaryFolder()
    try SiteFixture(fixture).write(into: folder.url)
    let builder = SiteBuilder(options: options(folder.path))
    do {
        return (.success(try await builder.build()), folder)
    } catch {
        return (.failure(error), folder)
    }
}

/// The diagnostics of a failed build as text, one per line, without the summary.
func messages(_ result: Result<BuildReport, BuildFailure>) -> [String] {
    switch result {
    case .success(let report): return report.warnings.map(\.description)
    case .failure(let failure): return failure.diagnostics.map(\.description)
    }
}

/// The diagnostics of a build that must fail; records an issue when it succeeds, so a test
/// checks why a build failed, not only that it did.
func failureDiagnostics(
    sourceLocation: SourceLocation = #_sourceLocation,
    _ build: () async throws(BuildFailure) -> BuildReport
) async -> [Diagnostic] {
    do {
        _ = try await build()
        Issue.record("the build should have failed", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}
