import Foundation
import SitegenData

/// The search page, and each searched page's entry in the index.
extension PageRenderer {
    /// The search page: a form that works with the script, and says so without it.
    func searchPage(_ location: PageLocation) -> PageResult {
        var chrome = chrome(
            location, title: "Search",
            description: "Search the analyses, pages, deals and companies of \(site.config.title).")
        chrome.noindex = true
        let context = SearchContext(
            heading: "Search", indexHref: location.link(to: .searchIndex),
            scriptHref: site.assets.outputPath(of: SearchContext.script).map {
                location.link(to: .asset(path: $0))
            } ?? "",
            analysesHref: location.link(to: .analyses),
            dealsHref: site.hasData ? location.link(to: .deals) : nil,
            companiesHref: site.hasData ? location.link(to: .companies) : nil)
        return finish(chrome, context, location, inputs: [])
    }

    /// `result` with its search entry, when the site's index holds its page: the text of
    /// its `<main>` element, and the title, date, summary and labels that weigh more.
    func indexed(
        _ result: PageResult, kind: SearchEntry.Kind, title: String, date: CalendarDate?,
        summary: String, labels: [String]
    ) -> PageResult {
        guard let number = site.searchNumbers[result.route], let file = result.file else {
            return result
        }
        var result = result
        result.search = SearchEntry(
            number: number, kind: kind, sitePath: result.route.sitePath, title: title,
            date: date.map { ($0.iso, $0.formatted) }, summary: summary, labels: labels,
            mainHTML: Self.main(of: file.bytes))
        return result
    }

    /// The content of the page's `<main>` element (from its start tag to its end tag), or the
    /// whole page when it has none.
    ///
    /// The start tag is near the top of a page and the end tag near its bottom, so the first
    /// is looked for from the start and the second from the end.
    static func main(of html: [UInt8]) -> ArraySlice<UInt8> {
        html.withUnsafeBufferPointer { bytes in
            let open = Array("<main".utf8)
            let close = Array("</main>".utf8)
            guard let base = bytes.baseAddress else { return html[...] }
            // The head is all tags: `memchr` finds each `<` faster than a loop can.
            var start = 0
            while start + open.count <= bytes.count, !matches(open, in: bytes, at: start) {
                guard
                    let next = memchr(
                        base + start + 1, Int32(UInt8(ascii: "<")), bytes.count - start - 1)
                else {
                    start = bytes.count
                    break
                }
                start = base.distance(to: next.assumingMemoryBound(to: UInt8.self))
            }
            var end = bytes.count - close.count
            while end > start, !matches(close, in: bytes, at: end) { end -= 1 }
            guard start + open.count <= bytes.count, end > start else { return html[...] }
            return html[start..<end]
        }
    }

    /// Whether `needle` occurs in `bytes` at `index`.
    private static func matches(
        _ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int
    )
        -> Bool
    {
        var offset = 0
        while offset < needle.count, bytes[index + offset] == needle[offset] { offset += 1 }
        return offset == needle.count
    }
}
