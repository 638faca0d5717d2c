/// Sorts rows by value (missing last), then label, then input order.
func sortRows<Row>(_ rows: [Row], sort: ChartSort, value: (Row) -> Double?, label: (Row) -> String)
    -> [Row]
{
    guard sort != .input else { return rows }
    let indexed = Array(rows.enumerated())
    return indexed.sorted { a, b in
        let va = value(a.element)
        let vb = value(b.element)
        switch (va, vb) {
        case (nil, nil): break
        case (nil, _): return false
        case (_, nil): return true
        case (let x?, let y?):
            if x != y { return sort == .descending ? x > y : x < y }
        }
        let la = label(a.element)
        let lb = label(b.element)
        if la != lb { return la < lb }
        return a.offset < b.offset
    }.map(\.element)
}
