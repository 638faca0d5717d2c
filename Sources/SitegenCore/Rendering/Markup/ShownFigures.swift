/// The names of the figures a page shows, each once, in order of first use: quoted inline,
/// as key figures, in table cells and in charts; for `figures.json` and the build summary.
struct ShownFigures: Sendable {
    private(set) var names: [String] = []
    private var seen: Set<String> = []

    /// `first` and then the names of `second` not in it, each once.
    static func merging(_ first: [String], _ second: [String]) -> [String] {
        var shown = ShownFigures()
        shown.add(first)
        shown.add(second)
        return shown.names
    }

    /// Adds the names not added yet.
    mutating func add(_ more: some Sequence<String>) {
        for name in more where seen.insert(name).inserted { names.append(name) }
    }
}
