public import SitegenData
public import SitegenSupport

/// A publication that figures are drawn from (a row of the `sources` dataset).
public struct Source: Sendable, Hashable {
    /// The unique id: lowercase letters, digits and '-'.
    public var id: String
    /// Who published it.
    public var publisher: String
    /// Its title.
    public var title: String
    /// When it was published, at the precision given.
    public var date: CalendarDate
    /// Its http(s) URL, when certainly known.
    public var url: String?
    /// The file it is defined in.
    public var path: String
    /// Where its record starts.
    public var position: SourcePosition

    /// Creates a source.
    public init(
        id: String, publisher: String, title: String, date: CalendarDate, url: String?,
        path: String, position: SourcePosition
    ) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.date = date
        self.url = url
        self.path = path
        self.position = position
    }
}
