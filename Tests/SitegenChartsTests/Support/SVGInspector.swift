import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import SitegenCharts

/// Parses chart output with `XMLParser` and exposes elements, inherited attributes and text
/// boxes from the shared width estimator.
final class SVGInspector: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        let inherited: [String: String]
        var text: String
        let ancestors: [String]
        let ancestorClasses: [String]
    }

    struct TextBox {
        let text: String
        let x0: Double, x1: Double, y0: Double, y1: Double

        func overlaps(_ other: TextBox, gap: Double) -> Bool {
            x0 < other.x1 + gap && other.x0 < x1 + gap && y0 < other.y1 + gap && other.y0 < y1 + gap
        }
    }

    private(set) var elements: [Element] = []
    private var stack: [Int] = []
    private var inheritedStack: [[String: String]] = [[:]]
    private(set) var wellFormed = false
    private(set) var errorText: String?

    private static let inheritable = ["text-anchor", "font-size", "font-weight"]

    /// Parses `xml`; `wellFormed` needs both `parse()` and a nil `parserError` (Linux quirk).
    init(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        let result = parser.parse()
        wellFormed = result && parser.parserError == nil
        errorText = parser.parserError.map { "\($0)" }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:])
    {
        var inherited = inheritedStack.last ?? [:]
        for key in Self.inheritable { if let v = attributeDict[key] { inherited[key] = v } }
        let ancestors = stack.map { elements[$0].name }
        let classes = stack.compactMap { elements[$0].attributes["class"] }
        elements.append(Element(name: elementName, attributes: attributeDict, inherited: inherited, text: "",
            ancestors: ancestors, ancestorClasses: classes))
        stack.append(elements.count - 1)
        inheritedStack.append(inherited)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
        inheritedStack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard let index = stack.last else { return }
        elements[index].text += string
    }

    /// Elements named `name`.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The root element.
    var root: Element? { elements.first }

    /// Estimated boxes of every visible text line (texts without tspans, and tspans).
    var textBoxes: [TextBox] {
        var boxes: [TextBox] = []
        for element in elements {
            let isText = element.name == "text"
            let isSpan = element.name == "tspan"
            guard isText || isSpan else { continue }
            let text = element.text
            guard !text.isEmpty, let x = Double(element.attributes["x"] ?? ""), let y = Double(element.attributes["y"] ?? "") else { continue }
            let size = Double(element.inherited["font-size"] ?? "12") ?? 12
            let bold = element.inherited["font-weight"] == "600"
            let w = TextMeasure.width(text, fontSize: size, bold: bold)
            let x0: Double
            switch element.inherited["text-anchor"] ?? "start" {
            case "middle": x0 = x - w / 2
            case "end": x0 = x - w
            default: x0 = x
            }
            boxes.append(TextBox(text: text, x0: x0, x1: x0 + w, y0: y - size * 0.8, y1: y + size * 0.2))
        }
        return boxes
    }

    /// The root's width and height.
    var size: (Double, Double) {
        (Double(root?.attributes["width"] ?? "") ?? -1, Double(root?.attributes["height"] ?? "") ?? -1)
    }
}
