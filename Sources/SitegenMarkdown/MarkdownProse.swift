public import SitegenSupport

/// The running text of a document's blocks, for checks that read prose: each paragraph,
/// heading or table cell as the pieces a reader sees, in document order.
public struct MarkdownProse: Sendable, Hashable {
    /// One piece of a block's inline content.
    public enum Piece: Sendable, Hashable {
        /// Text as it renders (smart quotes applied) and where it starts in the file.
        /// `inLink` is true for the text of a link or an image description.
        case text(String, location: SourcePosition, inLink: Bool)
        /// An inline code span's literal, such as a figure reference `=deals.x.investment`.
        case code(String)
        /// A line break or soft break inside the block.
        case lineBreak
    }

    /// The block's pieces in order.
    public var pieces: [Piece]

    /// Creates the prose of one block.
    public init(pieces: [Piece]) {
        self.pieces = pieces
    }
}
