import SitegenSupport

/// An element of the SVG (or HTML) tree, written with a fixed attribute order.
///
/// Attributes are written in the order given; each layout builds an element type through one
/// helper, so the order is the same for every element of that type.
struct SVGNode: Sendable {
    /// The element name.
    var name: String
    /// Attributes in writing order; values are raw (escaped when written).
    var attributes: [(name: String, value: String)]
    /// Child elements.
    var children: [SVGNode]
    /// Text content (escaped when written), before any children.
    var text: String?
    /// Whether children are written on the same line as the element.
    var inline: Bool

    /// Creates an element.
    init(
        _ name: String, _ attributes: [(name: String, value: String)] = [],
        text: String? = nil, children: [SVGNode] = [], inline: Bool = false
    ) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.inline = inline || text != nil
    }

    /// The markup, one element per line (inline elements on one line), ending in a newline.
    var markup: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func openTag() -> String {
        var tag = "<" + name
        for attribute in attributes {
            tag += " " + attribute.name + "=\"" + Escape.xmlMarkup(attribute.value) + "\""
        }
        return tag
    }

    private func write(into out: inout String) {
        if inline {
            writeInline(into: &out)
            out += "\n"
            return
        }
        if children.isEmpty {
            out += openTag() + "/>\n"
            return
        }
        out += openTag() + ">\n"
        for child in children { child.write(into: &out) }
        out += "</" + name + ">\n"
    }

    private func writeInline(into out: inout String) {
        if children.isEmpty, text == nil {
            out += openTag() + "/>"
            return
        }
        out += openTag() + ">"
        if let text { out += Escape.xmlMarkup(text) }
        for child in children { child.writeInline(into: &out) }
        out += "</" + name + ">"
    }
}

/// A coordinate or length rounded to 0.01 with trailing zeros trimmed: no `-0`, no exponent,
/// and `0` for a non-finite value (which layouts never produce).
func svgNumber(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let clamped = min(max(value, -1e9), 1e9)
    var cents = Int((clamped * 100).rounded())
    if cents == 0 { return "0" }
    let negative = cents < 0
    cents = abs(cents)
    var text = (negative ? "-" : "") + String(cents / 100)
    let fraction = cents % 100
    if fraction != 0 {
        text +=
            "."
            + (fraction < 10
                ? "0" + String(fraction) : String(fraction % 10 == 0 ? fraction / 10 : fraction))
    }
    return text
}
