/// Writes the HTML figure around a chart (CHARTS.md 3.0).
///
/// `<figcaption>` must be the first or last child of `<figure>`, so the title and subtitle
/// form the caption at the top; the source line is a `<p class="sg-source">` after the SVG,
/// and the data table comes last. Reading order: title, subtitle, chart (each SVG followed by
/// the key to its numbered labels, if any), source, table.
struct FigureWriter {
    let spec: ChartSpec
    let layout: any ChartLayout
    let wide: ChartDrawing
    let narrow: ChartDrawing?

    func html() -> String {
        var caption: [SVGNode] = [SVGNode("p", [("class", "sg-title")], text: spec.title)]
        if let subtitle = spec.subtitle, !subtitle.isEmpty {
            caption.append(SVGNode("p", [("class", "sg-subtitle")], text: subtitle))
        }
        var children: [SVGNode] = [
            SVGNode("figcaption", [("class", "sg-caption")], children: caption)
        ]
        children.append(wide.svg)
        if let key = wide.keyNode(narrow: false) { children.append(key) }
        if let narrow {
            children.append(narrow.svg)
            if let key = narrow.keyNode(narrow: true) { children.append(key) }
        }
        var sourceParts: [String] = []
        if let source = spec.source, !source.isEmpty {
            sourceParts.append(
                source.lowercased().hasPrefix("source") ? source : "Source: " + source)
        }
        if let note = spec.note, !note.isEmpty {
            sourceParts.append(note.lowercased().hasPrefix("note") ? note : "Note: " + note)
        }
        sourceParts += layout.notes
        if !sourceParts.isEmpty {
            let text = sourceParts.map { part in
                part.hasSuffix(".") || part.hasSuffix("?") || part.hasSuffix("!")
                    ? part : part + "."
            }.joined(separator: " ")
            children.append(SVGNode("p", [("class", "sg-source")], text: text))
        }
        children.append(layout.table(caption: spec.title).node())
        return SVGNode(
            "figure",
            [
                ("class", "sg-figure sg-figure-\(spec.type.rawValue)"), ("id", "fig-" + spec.slug),
            ], children: children
        ).markup
    }
}
