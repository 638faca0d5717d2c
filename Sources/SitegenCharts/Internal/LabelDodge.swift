/// Greedy vertical dodge: keeps order, separates labels by `gap`, stays within bounds.
func dodge(_ ys: [Double], gap: Double, minY: Double, maxY: Double) -> [Double] {
    let order = ys.indices.sorted { (ys[$0], $0) < (ys[$1], $1) }
    var placed = ys
    var last = -Double.greatestFiniteMagnitude
    for index in order {
        let y = max(ys[index], last + gap, minY)
        placed[index] = y
        last = y
    }
    // Shift up from the bottom if the sweep ran past the end.
    var limit = maxY
    for index in order.reversed() {
        if placed[index] > limit { placed[index] = limit }
        limit = placed[index] - gap
    }
    return placed
}
