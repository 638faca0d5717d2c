import SitegenSupport
import Testing

@Suite("Shared support rules")
struct SupportTests {
    @Test func chartEscapingCoversMarkupAndRemovesIllegalControls() {
        #expect(
            Escape.xmlMarkup("AT&T <b> \"q\" 'a'") == "AT&amp;T &lt;b&gt; &quot;q&quot; &#39;a&#39;"
        )
        #expect(Escape.xmlMarkup("a\u{0}b\u{1F}c\u{FFFF}d") == "abcd")
        #expect(Escape.xmlMarkup("]]>") == "]]&gt;")
    }

    @Test func theTwoMarkupRulesDifferOnlyInCarriageReturnDelAndC1() {
        let text = "a\rb\u{7F}c\u{85}d\u{0}e&"
        #expect(Escape.markup(text) == "a\rbcde&amp;")
        #expect(Escape.xmlMarkup(text) == "a b\u{7F}c\u{85}de&amp;")
        #expect(Escape.droppingControlCharacters(text) == "a\rbcde&")
    }

    @Test func slugRulesKeepTheirOwnFallbacks() {
        #expect(Slug.make(from: "Why it matters (2026)") == "why-it-matters-2026")
        #expect(Slug.make(from: "—") == "section")
        #expect(Slug.makeIfPossible(from: "—") == "")
        #expect(Slug.foldingMarks(fromDecomposed: "Cafe\u{301}'s plan") == "cafes-plan")
        #expect(Slug.foldingMarks(fromDecomposed: "—") == "chart")
        #expect(Slug.isWellFormed("a-b1") && !Slug.isWellFormed("a--b") && !Slug.isWellFormed("-a"))
    }

    @Test func suggestionRulesRankOrListTies() {
        #expect(EditDistance.distance("kitten", "sitting") == 3)
        let ranked = EditDistance.suggestions(for: "titel", among: ["title", "tile", "date"])
        #expect(ranked == ["tile", "title"])
        let tied = EditDistance.tiedNearest(to: "cat", among: ["dog", "hat", "bat"])
        #expect(tied == ["hat", "bat"])
        #expect(EditDistance.didYouMean("zzzz", among: ["title"]) == "")
        #expect(Quoting.list(["a", "b", "c"], conjunction: "or") == "'a', 'b' or 'c'")
        #expect(Quoting.commaList(["a", "b"]) == "'a', 'b'")
    }

    @Test func positionsOrderByLineThenColumn() {
        #expect(SourcePosition(line: 1, column: 9) < SourcePosition(line: 2, column: 1))
        #expect(SourcePosition.start.addingLines(2).description == "3:1")
    }

    @Test func jsonStringsEscapeQuotesBackslashesAndControlsOnly() {
        #expect(Escape.json("Café $5B ≥ 4×") == "\"Café $5B ≥ 4×\"")
        #expect(Escape.json("a \"b\" \\ c") == "\"a \\\"b\\\" \\\\ c\"")
        #expect(Escape.json("1\n2\r3\t4\u{1}\u{1F}") == "\"1\\n2\\r3\\t4\\u0001\\u001f\"")
        #expect(Escape.json("") == "\"\"")
    }
}
