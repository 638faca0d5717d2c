import SitegenSupport
import SitegenTestSupport
import Testing

/// Issue 14: a 1 MB site title took 21 s to build, escaped again and again.
@Suite("Escaping cost")
struct EscapeComplexityTests {
    @Test("Escaping grows linearly with the text, markup and control characters included")
    func escapingIsLinear() async throws {
        let (growth, escaped) = try await Complexity.growth(from: 40_000) { size in
            Escape.markup(String(repeating: "T&<é\u{1}", count: size))
        }
        #expect(escaped.utf8.count == 160_000 * 12)
        #expect(escaped.hasPrefix("T&amp;&lt;é"))
        #expect(growth < Complexity.limit, "4x the text cost \(growth)x")
    }
}
