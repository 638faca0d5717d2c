import SitegenCore
import Testing

/// The machine formats of diagnostics: GitHub workflow commands and the JSON array.
@Suite("Diagnostic formats")
struct DiagnosticFormatTests {
    @Test("A workflow command percent-encodes the message and the properties as GitHub does")
    func workflowCommandEscaping() {
        var diagnostic = Diagnostic(
            .warning, path: "content/a,b:c.md", line: 4, column: 2,
            message: "Typed 100% by hand\r\nhere")
        diagnostic.notes = ["Use a figure"]
        #expect(
            WorkflowCommand.annotation(for: diagnostic, pathPrefix: "docs/")
                == "::warning file=docs/content/a%2Cb%3Ac.md,line=4,col=2,title=sitegen warning::Typed 100%25 by hand%0D%0Ahere%0Anote: Use a figure"
        )
    }

    @Test("The title is the message's lead-in when it has a short one")
    func workflowCommandTitle() {
        let link = Diagnostic(
            .error, path: "content/a.md", line: 1, column: 1,
            message: "Broken link: No page or file at 'x'")
        #expect(
            WorkflowCommand.annotation(for: link)
                == "::error file=content/a.md,line=1,col=1,title=sitegen%3A Broken link::Broken link: No page or file at 'x'"
        )
        // A colon after quoted input is no lead-in.
        let quoted = Diagnostic(.error, path: "a.md", message: "Unknown key 'a: b': c")
        #expect(
            WorkflowCommand.annotation(for: quoted)
                == "::error file=a.md,title=sitegen error::Unknown key 'a: b': c")
    }

    @Test("A diagnostic about a flag has no file; a line without a column has no col")
    func workflowCommandWithoutFile() {
        let flag = Diagnostic(.error, path: "--base-url", message: "Not a URL")
        #expect(
            WorkflowCommand.annotation(for: flag) == "::error title=sitegen error::Not a URL")
        let line = Diagnostic(.error, path: "a.md", line: 3, message: "Bad")
        #expect(
            WorkflowCommand.annotation(for: line)
                == "::error file=a.md,line=3,title=sitegen error::Bad")
    }

    @Test("The JSON array escapes text and writes null for an unknown line or column")
    func json() {
        var diagnostic = Diagnostic(.error, path: "content/\"q\".md", message: "Line\nbreak\t\u{1}")
        diagnostic.notes = ["a \\ b"]
        #expect(
            DiagnosticJSON.encode([diagnostic])
                == "[\n  {\"severity\": \"error\", \"file\": \"content/\\\"q\\\".md\", \"line\": null, \"column\": null, \"message\": \"Line\\nbreak\\t\\u0001\", \"notes\": [\"a \\\\ b\"]}\n]\n"
        )
        #expect(DiagnosticJSON.encode([]) == "[]\n")
    }
}
