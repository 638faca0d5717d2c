/// The fixed frame of every chart SVG: root attributes, `<title>`, `<desc>` and the paint
/// order grid → axes → marks → labels → baseline (CHARTS.md 3.0).
struct ChartCanvas {
    /// The element id (`{slug}` or `{slug}-n` for the narrow variant).
    let id: String
    /// The chart type, for the `sg-{type}` class.
    let type: ChartType
    /// Whether this is the narrow variant.
    let narrow: Bool
    /// Design width in px.
    let width: Double
    /// Design height in px.
    var height: Double
    /// The `<title>` text.
    let title: String
    /// The `<desc>` text.
    let desc: String
    /// Pattern or marker definitions (ids derived from `id`).
    var defs: [SVGNode] = []
    /// Gridlines (inside the shared grid group).
    var grid: [SVGNode] = []
    /// Axis groups.
    var axes: [SVGNode] = []
    /// Data marks (inside the marks group).
    var marks: [SVGNode] = []
    /// Label groups.
    var labels: [SVGNode] = []
    /// Baselines and rules drawn on top.
    var baseline: [SVGNode] = []

    /// The root `<svg>` element.
    func node() -> SVGNode {
        var children: [SVGNode] = [
            SVGNode("title", [("id", id + "-title")], text: title),
            SVGNode("desc", [("id", id + "-desc")], text: desc),
        ]
        if !defs.isEmpty { children.append(SVGNode("defs", [], children: defs)) }
        if !grid.isEmpty {
            children.append(
                SVGNode(
                    "g",
                    [
                        ("class", "sg-grid"), ("stroke", "currentColor"),
                        ("stroke-opacity", "0.15"),
                        ("shape-rendering", "crispEdges"), ("aria-hidden", "true"),
                    ], children: grid))
        }
        children += axes
        if !marks.isEmpty {
            children.append(SVGNode("g", [("class", "sg-marks")], children: marks))
        }
        children += labels
        children += baseline
        let w = svgNumber(width.rounded(.up))
        let h = svgNumber(height.rounded(.up))
        return SVGNode(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("class", "sg-chart sg-\(type.rawValue) " + (narrow ? "sg-narrow" : "sg-wide")),
                ("id", id), ("viewBox", "0 0 \(w) \(h)"), ("width", w), ("height", h),
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
                (
                    "font-family",
                    "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
                ),
                ("font-size", narrow ? "13" : "12"), ("fill", "currentColor"),
            ], children: children)
    }
}

/// Element helpers, one per element type, so attribute order is fixed.
enum Draw {
    /// A line.
    static func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double,
        _ extra: [(name: String, value: String)] = []
    )
        -> SVGNode
    {
        SVGNode(
            "line",
            [
                ("x1", svgNumber(x1)), ("y1", svgNumber(y1)), ("x2", svgNumber(x2)),
                ("y2", svgNumber(y2)),
            ] + extra)
    }

    /// A rectangle mark with a tooltip.
    static func rect(
        _ cls: String, x: Double, y: Double, width: Double, height: Double, fill: String,
        extra: [(name: String, value: String)] = [], tooltip: String?
    ) -> SVGNode {
        SVGNode(
            "rect",
            [
                ("class", cls), ("x", svgNumber(x)), ("y", svgNumber(y)),
                ("width", svgNumber(max(0, width))), ("height", svgNumber(max(0, height))),
                ("fill", fill),
            ] + extra, children: tooltip.map { [SVGNode("title", text: $0)] } ?? [], inline: true)
    }

    /// A horizontal bar from `x0` to `x`; a range (`$5B to $25B`) is drawn as an interval, a
    /// bar to its floor and an outlined part from floor to ceiling (class `sg-range`), as a
    /// stacked bar draws a contingent part, so a range never shows as one length.
    static func bar(
        _ cls: String, x0: Double, x: Double, rangeStart: Double?, y: Double, height: Double,
        fill: String, extra: [(name: String, value: String)], tooltip: String
    ) -> [SVGNode] {
        guard let start = rangeStart else {
            return [
                rect(
                    cls, x: min(x0, x), y: y, width: abs(x - x0), height: height, fill: fill,
                    extra: extra, tooltip: tooltip)
            ]
        }
        return [
            rect(
                cls, x: min(x0, start), y: y, width: abs(start - x0), height: height, fill: fill,
                extra: extra, tooltip: tooltip),
            rect(
                cls + " sg-range", x: min(start, x), y: y, width: abs(x - start), height: height,
                fill: fill, extra: outline(fill), tooltip: tooltip),
        ]
    }

    /// A circle mark with a tooltip.
    static func circle(
        _ cls: String, cx: Double, cy: Double, r: Double, fill: String,
        extra: [(name: String, value: String)] = [], tooltip: String?
    ) -> SVGNode {
        SVGNode(
            "circle",
            [
                ("class", cls), ("cx", svgNumber(cx)), ("cy", svgNumber(cy)), ("r", svgNumber(r)),
                ("fill", fill),
            ] + extra,
            children: tooltip.map { [SVGNode("title", text: $0)] } ?? [], inline: true)
    }

    /// A text element (one line).
    static func text(
        _ content: String, x: Double, y: Double, _ extra: [(name: String, value: String)] = []
    ) -> SVGNode {
        SVGNode("text", [("x", svgNumber(x)), ("y", svgNumber(y))] + extra, text: content)
    }

    /// A text element of several lines as `<tspan>`s, `lineHeight` apart.
    static func lines(
        _ lines: [String], x: Double, y: Double, lineHeight: Double,
        _ extra: [(name: String, value: String)] = []
    )
        -> SVGNode
    {
        if lines.count == 1 { return text(lines[0], x: x, y: y, extra) }
        let spans = lines.enumerated().map { index, line in
            SVGNode(
                "tspan", [("x", svgNumber(x)), ("y", svgNumber(y + Double(index) * lineHeight))],
                text: line)
        }
        return SVGNode(
            "text", [("x", svgNumber(x)), ("y", svgNumber(y))] + extra, children: spans,
            inline: true)
    }

    /// A path from points (`M x y L x y …`).
    static func polyline(_ points: [(Double, Double)]) -> String {
        points.enumerated().map { index, point in
            (index == 0 ? "M" : "L") + svgNumber(point.0) + " " + svgNumber(point.1)
        }.joined(separator: " ")
    }

    /// A group of labels.
    static func group(
        _ cls: String, _ attrs: [(name: String, value: String)], _ children: [SVGNode]
    ) -> SVGNode {
        SVGNode("g", [("class", cls)] + attrs, children: children)
    }
}

/// Series colours: the Okabe–Ito subset that passes 3:1 on white and on #121212.
enum Palette {
    /// Blue, series 1 and single series.
    static let blue = "#0072B2"
    /// Vermilion, series 2 and highlight.
    static let vermilion = "#D55E00"
    /// Bluish green, series 3.
    static let green = "#009E73"
    /// Reddish purple, series 4.
    static let purple = "#CC79A7"
    /// Grey for context.
    static let grey = "#767676"
    /// Series colours in order.
    static let series = [blue, vermilion, green, purple]
}

/// Baseline offset for text vertically centred on `y` at `fontSize`.
func centredBaseline(_ y: Double, fontSize: Double) -> Double {
    y + fontSize * 0.35
}

/// The theming class for a palette colour.
func colorClass(_ color: String) -> String {
    switch color {
    case Palette.blue: return "sg-s1"
    case Palette.vermilion: return "sg-s2"
    case Palette.green: return "sg-s3"
    case Palette.purple: return "sg-s4"
    default: return "sg-context"
    }
}
