/// An axis-aligned box for collision checks.
struct Box: Sendable {
    var x: Double, y: Double, w: Double, h: Double

    func intersects(_ other: Box, gap: Double) -> Bool {
        x < other.x + other.w + gap && other.x < x + w + gap && y < other.y + other.h + gap
            && other.y < y + h + gap
    }

    func intersects(circle: (Double, Double, Double)) -> Bool {
        let cx = min(max(circle.0, x), x + w)
        let cy = min(max(circle.1, y), y + h)
        let dx = circle.0 - cx
        let dy = circle.1 - cy
        return dx * dx + dy * dy < circle.2 * circle.2
    }

    func contains(_ other: Box) -> Bool {
        other.x >= x && other.y >= y && other.x + other.w <= x + w && other.y + other.h <= y + h
    }

    func inset(_ d: Double) -> Box { Box(x: x + d, y: y + d, w: w - 2 * d, h: h - 2 * d) }
}
