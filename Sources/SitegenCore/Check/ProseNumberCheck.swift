import Foundation
import SitegenDeals
import SitegenMarkdown
import SitegenSupport

/// Finds money amounts, percentages and multiples typed by hand in an analysis's prose and
/// says which figure to write instead, or that the prose disagrees with the data.
///
/// Prose is the running text of paragraphs, headings, list items and table cells. Figures
/// and other code, code blocks, link text and quoted passages (a headline, a statement) are
/// not prose, so nothing there is flagged. A typed number is checked only when the data can
/// say something about it:
///
/// - when a figure's floor or ceiling rounds to it, the warning names that figure, preferring
///   figures about the companies the sentence names (`write =deals.x.investment`);
/// - when none does but the sentence names a company with figures of the same kind, the
///   warning says the prose disagrees with the data and names the nearest of those figures,
///   or, when the number lies inside the nearest one's floor or range, that the data cannot
///   vouch for it;
/// - otherwise (a number the data knows nothing of) there is no warning.
struct ProseNumberCheck: Sendable {
    let index: ProseFigureIndex
    let data: DealData

    /// One warning per flagged number, at its line and byte column, and whether the prose
    /// typed any number the check looked up (whose verdict then depends on the data).
    func diagnostics(_ blocks: [MarkdownProse], file: SourceFile) -> (
        warnings: [Diagnostic], lookedUp: Bool
    ) {
        var lookedUp = false
        let warnings = blocks.flatMap { check($0, file: file, lookedUp: &lookedUp) }
        return (warnings, lookedUp)
    }

    private struct Segment {
        var offset: Int
        var length: Int
        var location: SourcePosition?
        var inLink: Bool
        var code: String?
    }

    private func check(_ block: MarkdownProse, file: SourceFile, lookedUp: inout Bool)
        -> [Diagnostic]
    {
        var text = ""
        var segments: [Segment] = []
        for piece in block.pieces {
            let offset = text.utf8.count
            switch piece {
            case .text(let literal, let location, let inLink):
                text += literal
                segments.append(
                    Segment(
                        offset: offset, length: literal.utf8.count, location: location,
                        inLink: inLink))
            case .code(let code):
                // A figure stands in the sentence as a word; it names its companies.
                text += "\u{FFFC}"
                segments.append(
                    Segment(offset: offset, length: 3, location: nil, inLink: false, code: code))
            case .lineBreak:
                text += " "
            }
        }
        let quantities = TypedQuantity.scan(text)
        guard !quantities.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        let quoted = Self.quotedRanges(bytes)
        var found: [Diagnostic] = []
        for quantity in quantities {
            guard
                let segment = segments.last(where: { $0.offset <= quantity.offset }),
                segment.code == nil, !segment.inLink, let location = segment.location,
                quantity.offset + quantity.text.utf8.count <= segment.offset + segment.length,
                !quoted.contains(where: { $0.contains(quantity.offset) })
            else { continue }
            lookedUp = true
            let sentence = Self.sentence(around: quantity.offset, in: bytes)
            let companies = self.companies(in: sentence, bytes: bytes, segments: segments)
            guard let message = message(for: quantity, companies: companies) else { continue }
            let column = Self.column(
                of: quantity.text, file: file, line: location.line,
                near: location.column + (quantity.offset - segment.offset))
            found.append(file.diagnostic(.warning, message, line: location.line, column: column))
        }
        return found
    }

    private func message(for quantity: TypedQuantity, companies: Set<String>) -> String? {
        let typed = "'\(quantity.text)'"
        func score(_ figure: Int) -> Int {
            index.candidates[figure].companies.intersection(companies).count
        }
        let matches = index.matches(quantity)
        // Figures about every company the sentence names, of the typed kind.
        let about = index.related(to: companies, unit: quantity.unit).filter {
            score($0) == companies.count
        }
        let best = matches.map(score).max() ?? 0
        // A match about other companies than the sentence's is no match when the sentence's
        // own companies have figures of that kind: the prose then disagrees with the data.
        if !matches.isEmpty, best == companies.count || about.isEmpty {
            let chosen = matches.filter { score($0) == best }.prefix(3)
            let names = chosen.map {
                "`=\(index.candidates[$0].name)` (\(index.candidates[$0].text))"
            }
            return
                "\(typed) is typed by hand, and the data has it: write "
                + Quoting.sentence(Array(names), conjunction: "or")
                + ", so the number is computed, carries its qualifier and is traced to its sources"
        }
        let related = about.isEmpty ? index.related(to: companies, unit: quantity.unit) : about
        guard !related.isEmpty else { return nil }
        // The two nearest, by one pass: a company can have hundreds of figures.
        var nearest: [(figure: Int, distance: Decimal)] = []
        for figure in related {
            let candidate = (figure, distance(index.candidates[figure], quantity))
            nearest.append(candidate)
            nearest.sort { a, b in
                a.distance != b.distance
                    ? a.distance < b.distance
                    : index.candidates[a.figure].name < index.candidates[b.figure].name
            }
            if nearest.count > 2 { nearest.removeLast() }
        }
        let names = nearest.map {
            "`=\(index.candidates[$0.figure].name)` is \(index.candidates[$0.figure].text)"
        }
        let named = Quoting.sentence(
            companies.sorted().map { data.companyName($0) }, conjunction: "and")
        // A number inside the floor or the range of the nearest figure is not a
        // contradiction, only a number the data cannot vouch for.
        if let nearestFigure = nearest.first?.figure,
            index.candidates[nearestFigure].contains(quantity.value)
        {
            let figure = index.candidates[nearestFigure]
            return
                "\(typed) is no figure of \(named) in the data, which this sentence is about, though it lies within `=\(figure.name)` (\(figure.text)): write that figure, or cite where the number comes from"
        }
        return
            "\(typed) matches no figure of \(named) in the data, which this sentence is about: "
            + Quoting.sentence(Array(names), conjunction: "and")
            + "; the prose disagrees with the data, so correct the number or write the figure"
    }

    /// How far the nearest bound of a figure is from the typed value, for naming the nearest.
    private func distance(_ candidate: ProseFigureIndex.Candidate, _ quantity: TypedQuantity)
        -> Decimal
    {
        candidate.values.map { abs($0 - quantity.value) }.min() ?? .greatestFiniteMagnitude
    }

    /// The company ids a sentence names, by name or through a figure reference.
    private func companies(in sentence: Range<Int>, bytes: [UInt8], segments: [Segment])
        -> Set<String>
    {
        var ids = index.companies(named: bytes[sentence])
        for segment in segments where segment.code != nil && sentence.contains(segment.offset) {
            if let code = segment.code, code.hasPrefix("=") {
                ids.formUnion(ProseFigureIndex.companies(ofFigure: code, data: data))
            }
        }
        return ids
    }

    /// The sentence around `offset`: from just after the previous `. `, `! ` or `? ` to the
    /// next one (a decimal point has no space after it).
    private static func sentence(around offset: Int, in bytes: [UInt8]) -> Range<Int> {
        func isEnd(_ index: Int) -> Bool {
            index + 1 < bytes.count && [0x2E, 0x21, 0x3F].contains(bytes[index])
                && bytes[index + 1] == 0x20
        }
        var start = offset
        while start > 0, !isEnd(start - 1) { start -= 1 }
        var end = offset
        while end < bytes.count, !isEnd(end) { end += 1 }
        return start..<min(bytes.count, end + 1)
    }

    /// The byte ranges inside double quotes, curly (“…”) or straight ("…").
    private static func quotedRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: Int?
        var straight: Int?
        var index = 0
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C { open = index }
                if bytes[index + 2] == 0x9D, let start = open {
                    ranges.append(start..<index)
                    open = nil
                }
            } else if bytes[index] == 0x22 {
                if let start = straight {
                    ranges.append(start..<index)
                    straight = nil
                } else {
                    straight = index
                }
            }
            index += 1
        }
        if let start = open { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// The byte column of `typed` on the source line, searched from where the text node
    /// puts it (smart quotes earlier in the node can shift the two apart); `near` otherwise.
    private static func column(of typed: String, file: SourceFile, line: Int, near: Int) -> Int {
        guard let source = file.line(line) else { return near }
        let bytes = Array(source.utf8)
        let pattern = Array(typed.utf8)
        guard !pattern.isEmpty, pattern.count <= bytes.count else { return near }
        var best: Int?
        for start in 0...(bytes.count - pattern.count)
        where bytes[start..<start + pattern.count].elementsEqual(pattern) {
            let column = start + 1
            if best.map({ abs($0 - near) > abs(column - near) }) ?? true { best = column }
        }
        return best ?? near
    }
}
