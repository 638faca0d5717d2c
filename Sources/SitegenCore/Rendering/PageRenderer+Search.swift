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
    static func main(of html: [UInt8]) -> [UInt8] {
        guard let start = find(Array("<main".utf8), in: html, from: 0),
            let end = find(Array("</main>".utf8), in: html, from: start)
        else { return html }
        return Array(html[start..<end])
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        haystack.withUnsafeBufferPointer { bytes -> Int? in
            guard let first = needle.first, needle.count <= bytes.count else { return nil }
            var index = from
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first {
                    var matched = 1
                    while matched < needle.count, bytes[index + matched] == needle[matched] {
                        matched += 1
                    }
                    if matched == needle.count { return index }
                }
                index += 1
            }
            return nil
        }
    }
}
