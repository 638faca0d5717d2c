internal import CCmark

/// Puts new nodes in the place of a text node, one after another, then frees the text node:
/// how the inline extensions cut text into text, links, delimiters and references.
///
/// Each node goes into the tree as it is added, so nothing leaks if a later one cannot be
/// allocated.
struct NodeSplice {
    private let original: OpaquePointer
    private var anchor: OpaquePointer

    init(replacing node: OpaquePointer) {
        original = node
        anchor = node
    }

    /// Adds `node` after the ones added so far.
    mutating func append(_ node: OpaquePointer) {
        cmark_node_insert_after(anchor, node)
        anchor = node
    }

    /// Adds a text node holding `scalars`, and returns it.
    @discardableResult
    mutating func appendText(_ scalars: some Sequence<Unicode.Scalar>) throws(MarkdownError)
        -> OpaquePointer
    {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        guard let node = CmarkNode.text(String(text)) else { throw .outOfMemory }
        append(node)
        return node
    }

    /// Removes and frees the text node that was replaced.
    func finish() {
        cmark_node_unlink(original)
        cmark_node_free(original)
    }
}
