import Foundation
import SitegenCharts

// Literal syntax for spec trees in tests: `["type": "bar", "title": "…"]` keeps key order.
extension ChartInput: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral,
    ExpressibleByFloatLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(Decimal(value)) }
    init(floatLiteral value: Double) { self = .number(Decimal(string: String(value)) ?? 0) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: ChartInput...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, ChartInput)...) {
        self = .map(elements.map { ChartInputEntry($0.0, $0.1) })
    }
    init(nilLiteral: ()) { self = .null }
}
