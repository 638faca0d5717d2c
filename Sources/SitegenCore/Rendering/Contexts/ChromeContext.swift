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

    /// What social cards and link previews read: Open Graph and Twitter card values.
    struct Card: Sendable {
        /// The page's own title, without the site's name.
        var title: String
        /// `ll_CC`, from the site's language tag (`en_GB` for `en-GB`).
        var locale: String
        /// The absolute URL of the card's picture, when `site.yaml` names one.
        var image: String?
        var imageAlt: String
        /// When an article was published and last revised (`YYYY-MM-DD`), for dates known to
        /// the day: Open Graph's datetimes have no month-only form.
        var published: String?
        var modified: String?
        /// An article's authors, joined for display (`A, B and C`).
        var authors: String?

        /// `ll_CC` for a BCP 47 tag: `en-GB` is `en_GB`; a tag without a region is its language.
        static func locale(of tag: String) -> String {
            let parts = tag.split(separator: "-")
            guard let language = parts.first?.lowercased() else { return tag }
            guard let region = parts.dropFirst().first(where: { $0.count == 2 }) else {
                return language
            }
            return language + "_" + region.uppercased()
        }
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
    /// The link to the search page; nil when `site.yaml` turns search off.
    var searchHref: String?
    /// The date through which the data is checked (`data_as_of` in `site.yaml`), for the
    /// pages that show data; nil when none is given.
    var dataAsOf: DateContext?
    var card: Card

    /// The names whose values depend only on the site and the page's folder depth.
    static let sameAtEveryDepth: Set<String> = [
        "lang", "site_title", "site_description", "author", "root", "feed_href", "feed_title",
        "css_href", "has_nav", "tags_href", "og_locale", "og_image", "og_image_alt",
        "twitter_card", "search_href", "has_data_as_of", "data_as_of_iso", "data_as_of_display",
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
        .text("search_href") { $0.searchHref },
        .flag("has_data_as_of") { $0.dataAsOf != nil },
        .text("data_as_of_iso") { $0.dataAsOf?.iso },
        .text("data_as_of_display") { $0.dataAsOf?.display },
        .text("og_title") { $0.card.title }, .text("og_locale") { $0.card.locale },
        .text("og_image") { $0.card.image },
        .text("og_image_alt") { $0.card.image == nil ? nil : $0.card.imageAlt },
        .text("twitter_card") { $0.card.image == nil ? "summary" : "summary_large_image" },
        .text("published_iso") { $0.card.published },
        .text("modified_iso") { $0.card.modified }, .text("page_authors") { $0.card.authors },
    ]
}
