/// Boxes already placed on a chart (labels, keys), which later boxes must keep clear of,
/// checked through a ``CollisionGrid`` so each check looks only at the boxes nearby.
struct PlacedBoxes {
    private var boxes: [Box] = []
    private var grid = CollisionGrid()

    /// Places `box`.
    mutating func insert(_ box: Box) {
        grid.insert(boxes.count, bounds: box)
        boxes.append(box)
    }

    /// Whether `box` comes within `gap` of a placed box.
    func intersects(_ box: Box, gap: Double) -> Bool {
        grid.contains(near: box, margin: gap) { boxes[$0].intersects(box, gap: gap) }
    }
}
