import SitegenData
import SitegenSupport

/// Writes the site's Atom feed (RFC 4287) of its newest analyses (`feed_limit` of them).
struct FeedWriter {
    let config: SiteConfig

    /// The feed, given the newest analyses and each one's rendered HTML body.
    func feed(_ entries: [(analysis: Analysis, html: String)]) -> String {
        let base = config.baseURL
        let updated =
            entries.map { ($0.analysis.updated ?? $0.analysis.date) }.max()?.timestamp
            ?? "1970-01-01T00:00:00Z"
        let author = config.author.isEmpty ? config.title : config.author
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(Escape.markup(config.language))">
            <title>\(Escape.markup(config.title))</title>

            """
        if !config.description.isEmpty {
            xml += "<subtitle>\(Escape.markup(config.description))</subtitle>\n"
        }
        xml += """
            <link href="\(Escape.markup(base.resolve(Route.feed.sitePath)))" rel="self" type="application/atom+xml"/>
            <link href="\(Escape.markup(base.absolute))" rel="alternate" type="text/html"/>
            <id>\(Escape.markup(base.absolute))</id>
            <updated>\(updated)</updated>
            <author><name>\(Escape.markup(author))</name></author>

            """
        for (analysis, html) in entries {
            let url = Escape.markup(base.resolve(Route.analysis(slug: analysis.slug).sitePath))
            xml += """
                <entry>
                <title>\(Escape.markup(analysis.title))</title>
                <link href="\(url)" rel="alternate" type="text/html"/>
                <id>\(url)</id>
                <published>\(analysis.date.timestamp)</published>
                <updated>\((analysis.updated ?? analysis.date).timestamp)</updated>
                <summary>\(Escape.markup(analysis.summary))</summary>

                """
            for name in analysis.authors {
                xml += "<author><name>\(Escape.markup(name))</name></author>\n"
            }
            for tag in analysis.tags {
                xml += "<category term=\"\(Escape.markup(tag))\"/>\n"
            }
            xml +=
                "<content type=\"html\" xml:base=\"\(url)\">\(Escape.markup(html))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
