public import SitegenData

/// The settings of a site, from `content/site.yaml`.
public struct SiteConfig: Sendable, Hashable {
    /// The site's name, shown in the header and the feed.
    public var title: String
    /// One or two sentences about the site, for the home page and meta tags.
    public var description: String
    /// Where the site is published: an absolute http(s) URL ending in `/`.
    public var baseURL: BaseURL
    /// The BCP 47 language tag of the content, for example `en` or `en-GB`.
    public var language: String
    /// Who writes the site, for the feed and meta tags.
    public var author: String
    /// The links of the main navigation, in order.
    public var navigation: [NavigationLink]
    /// Whether raw HTML typed into Markdown is passed through (off by default).
    public var allowRawHTML: Bool
    /// How many of the newest analyses the Atom feed carries.
    public var feedLimit: Int
    /// Whether the build writes a search index and a search page, and the header a search box.
    public var search: Bool
    /// The picture social cards show for every page: a path in the site (a file of
    /// `content/static/`) or an absolute http(s) URL; nil for cards without one.
    public var image: String?
    /// What the card's picture shows, for readers who cannot see it.
    public var imageAlt: String
    /// The date through which the data has been checked against its sources, shown as "Data
    /// as of 24 April 2026" on the home page, the deals index and every deal page; nil when
    /// `site.yaml` gives no `data_as_of`.
    public var dataAsOf: CalendarDate?

    /// The number of feed entries when `site.yaml` sets no `feed_limit`.
    public static let defaultFeedLimit = 20

    /// Creates a configuration.
    public init(
        title: String, description: String = "", baseURL: BaseURL, language: String = "en",
        author: String = "", navigation: [NavigationLink] = [], allowRawHTML: Bool = false,
        feedLimit: Int = Self.defaultFeedLimit, image: String? = nil, imageAlt: String = "",
        search: Bool = true, dataAsOf: CalendarDate? = nil
    ) {
        self.dataAsOf = dataAsOf
        self.search = search
        self.feedLimit = feedLimit
        self.image = image
        self.imageAlt = imageAlt
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.author = author
        self.navigation = navigation
        self.allowRawHTML = allowRawHTML
    }
}

/// A link of the site's main navigation.
public struct NavigationLink: Sendable, Hashable {
    /// The link text.
    public var title: String
    /// A path relative to the site root (`analyses/`, `about/`), or an absolute http(s) URL.
    public var target: String

    /// Creates a navigation link.
    public init(title: String, target: String) {
        self.title = title
        self.target = target
    }

    /// Whether the target is an absolute http(s) URL rather than a path in the site.
    public var isExternal: Bool {
        target.hasPrefix("https://") || target.hasPrefix("http://")
    }
}
