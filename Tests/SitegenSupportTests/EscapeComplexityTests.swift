import SitegenSupport
import SitegenTestSupport
import Testing

/// Issue 14: a 1 MB site title took 21 s to build, escaped again and again.
@Suite("Escaping cost")
struct EscapeComplexityTests {
    @Test("Escaping grows linearly with the text, markup and control characters included")
    func escapingIsLinear() {
        let growth = Complexity.growth(from: 40_000) { size in
            let text = String(repeating: "T&<é\u{1}", count: size)
            #expect(Escape.markup(text).utf8.count == size * 12)
        }
        #expect(growth < Complexity.limit, "4x the text cost \(growth)x")
    }
}
