internal import CCmark

/// Helpers for the inline extensions that work on a container's run of children.
enum InlineSiblings {
    /// The node kinds whose children are inlines.
    static let containers: Set<UInt32> = [
        CMARK_NODE_PARAGRAPH.rawValue, CMARK_NODE_HEADING.rawValue, CMARK_NODE_EMPH.rawValue,
        CMARK_NODE_STRONG.rawValue, CMARK_NODE_LINK.rawValue, CMARK_NODE_IMAGE.rawValue,
        CMARK_NODE_CUSTOM_INLINE.rawValue,
    ]

    /// What sits at an edge of a delimiter run, for CommonMark's flanking rules.
    enum Edge {
        case whitespace, punctuation, other

        init(_ scalar: Unicode.Scalar?) {
            guard let scalar else {
                self = .whitespace
                return
            }
            if scalar.properties.isWhitespace {
                self = .whitespace
            } else if scalar.isASCII
                ? Self.asciiPunctuation.contains(scalar) : Self.isPunctuation(scalar)
            {
                self = .punctuation
            } else {
                self = .other
            }
        }

        private static let asciiPunctuation = Set(
            "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

        private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation:
                true
            default: false
            }
        }
    }

    /// What the neighbour `node` of a text run looks like from the run's side: the facing
    /// character of a text node, whitespace for a line break or nothing, and punctuation for
    /// other inlines (their source edge is a `*`, `` ` ``, `[` or `<`).
    static func edge(of node: OpaquePointer?, facingForward: Bool) -> Edge {
        guard let node else { return .whitespace }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            let scalars = CmarkNode.literal(node).unicodeScalars
            return Edge(facingForward ? scalars.first : scalars.last)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return .whitespace
        default: return .punctuation
        }
    }
}
