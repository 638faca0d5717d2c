/// What the base layout shows around every page: the site's name, the page's title and
/// metadata, navigation, and links to the stylesheet and feed.
///
/// It is the outer scope of every page template, so page contexts hold only their own values.
struct ChromeContext: TemplateContext {
    /// A navigation entry of `site.yaml`.
    struct NavItem: TemplateContext {
        var title: String
        var href: String
        var current: Bool

        static let fields: [TemplateField<Self>] = [
            .text("title") { $0.title }, .text("href") { $0.href }, .flag("current") { $0.current },
        ]
    }

    var lang: String
    var siteTitle: String
    var siteDescription: String
    var author: String
    var title: String
    var description: String
    /// Absent for pages served at any URL (`404.html`).
    var canonical: String?
    var root: String
    var feedHref: String
    var tagsHref: String
    var feedTitle: String
    var ogType: String
    var cssHref: String?
    var nav: [NavItem]
    var noindex: Bool
    /// The stylesheet itself, for pages that cannot link to it (`404.html`).
    var inlineCSS: String?

    /// The names whose values depend only on the site and the page's folder depth.
    static let sameAtEveryDepth: Set<String> = [
        "lang", "site_title", "site_description", "author", "root", "feed_href", "feed_title",
        "css_href", "has_nav", "tags_href",
    ]

    static let fields: [TemplateField<Self>] = [
        .text("lang") { $0.lang }, .text("site_title") { $0.siteTitle },
        .text("site_description") { $0.siteDescription }, .text("author") { $0.author },
        .text("title") { $0.title }, .text("description") { $0.description },
        .text("canonical") { $0.canonical }, .text("root") { $0.root },
        .text("feed_href") { $0.feedHref }, .text("feed_title") { $0.feedTitle },
        .text("tags_href") { $0.tagsHref },
        .text("og_type") { $0.ogType }, .text("css_href") { $0.cssHref },
        .flag("has_nav") { !$0.nav.isEmpty }, .list("nav") { $0.nav },
        .flag("noindex") { $0.noindex }, .text("inline_css") { $0.inlineCSS },
    ]
}
