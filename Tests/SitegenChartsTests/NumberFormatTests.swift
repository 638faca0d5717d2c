import Foundation
import Testing

@testable import SitegenCharts

@Suite struct NumberFormatTests {
    static func exact(_ text: String) -> ExactDecimal {
        ExactDecimal(Decimal(string: text) ?? 0) ?? .zero
    }

    static let compactVectors: [(String, String)] = [
        ("25000000000", "$25B"), ("100000000000", "$100B"), ("1500000000000", "$1.5T"),
        ("13750000000", "$13.8B"), ("4050000000", "$4.05B"), ("999950000000", "$1T"),
        ("500000000", "$500M"), ("1234000000000000", "$1,234T"), ("-5000000000", "−$5B"),
        ("0", "$0"),
        ("950", "$950"), ("999.6", "$1K"), ("750000", "$750K"), ("-0.4", "$0"),
    ]

    @Test("Compact money matches CHARTS.md 2.9", arguments: compactVectors)
    func compactMoney(_ vector: (String, String)) {
        #expect(NumberFormat.compactMoney(Self.exact(vector.0), currency: "USD") == vector.1)
    }

    static let axisVectors: [(start: Int, step: Int, power: Int, count: Int, labels: String)] = [
        (0, 5, 9, 6, "$0 $5B $10B $15B $20B $25B"),
        (0, 5, 11, 5, "$0 $0.5T $1.0T $1.5T $2.0T"),
        (0, 5, 10, 5, "$0 $50B $100B $150B $200B"),
        (-2, 1, 10, 7, "−$20B −$10B $0 $10B $20B $30B $40B"),
        (0, 2, 8, 6, "$0 $0.2B $0.4B $0.6B $0.8B $1.0B"),
    ]

    @Test("Money axis ticks share one unit and one decimal count", arguments: axisVectors)
    func moneyAxis(_ v: (start: Int, step: Int, power: Int, count: Int, labels: String)) {
        let ticks = (0..<v.count).map {
            ExactDecimal(significand: (v.start + $0) * v.step, exponent: v.power)
        }
        #expect(
            NumberFormat.moneyAxis(ticks, stepPower: v.power, currency: "USD").joined(
                separator: " ") == v.labels)
    }

    @Test func percentLabels() {
        #expect(NumberFormat.percent(Self.exact("0.125")) == "12.5%")
        #expect(NumberFormat.percent(Self.exact("0.1")) == "10%")
        #expect(NumberFormat.percent(Self.exact("0.0004")) == "<0.1%")
        #expect(NumberFormat.percent(Self.exact("-0.0004")) == ">−0.1%")
        #expect(NumberFormat.percent(Self.exact("-0.031")) == "−3.1%")
        #expect(
            NumberFormat.percentAxis(
                [Self.exact("0"), Self.exact("0.05"), Self.exact("0.1")], stepPower: -2) == [
                    "0%", "5%", "10%",
                ])
        #expect(
            NumberFormat.percentAxis([Self.exact("0"), Self.exact("0.005")], stepPower: -3) == [
                "0.0%", "0.5%",
            ])
    }

    @Test func multiplesYearsCountsAndCalendarYears() {
        #expect(NumberFormat.multiple(Self.exact("4")) == "4×")
        #expect(NumberFormat.multiple(Self.exact("4.25")) == "4.3×")
        #expect(NumberFormat.years(Self.exact("10")) == "10 yrs")
        #expect(NumberFormat.years(Self.exact("1")) == "1 yr")
        #expect(NumberFormat.count(Self.exact("1234")) == "1,234")
        #expect(NumberFormat.year(2026) == "2026")
        #expect(NumberFormat.compactMoney(Self.exact("8000000000"), currency: "EUR") == "€8B")
    }

    @Test func qualifiedValueLabels() {
        let upTo = ChartNumber(
            value: 25_000_000_000, unit: .money(currency: "USD"), qualifier: .upTo)
        let atLeast = ChartNumber(
            value: 100_000_000_000, unit: .money(currency: "USD"), qualifier: .atLeast)
        let about = ChartNumber(
            value: 200_000_000_000, unit: .money(currency: "USD"), qualifier: .about)
        let runRate = ChartNumber(
            value: 10_000_000_000, unit: .money(currency: "USD"), derived: true, perYear: true)
        #expect(ValueText.text(upTo, style: .label) == "up to $25B")
        #expect(ValueText.text(atLeast, style: .label) == "at least $100B")
        #expect(ValueText.text(atLeast, style: .short) == "≥$100B")
        #expect(ValueText.text(about, style: .label) == "~$200B")
        #expect(ValueText.text(about, style: .words) == "about $200 billion")
        #expect(ValueText.text(runRate, style: .label) == "≈$10B/yr")
    }

    @Test func randomMoneyIsWellFormedAndWithinHalfAUnit() throws {
        let pattern = try Regex("^(−)?\\$\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?[KMBT]?$")
        var rng = SeededGenerator(state: 7)
        for _ in 0..<5_000 {
            let digits = Int.random(in: 1...16, using: &rng)
            var text = String(Int.random(in: 1...9, using: &rng))
            for _ in 1..<digits { text += String(Int.random(in: 0...9, using: &rng)) }
            let value = Self.exact(text)
            let label = NumberFormat.compactMoney(value, currency: "USD")
            #expect(label.wholeMatch(of: pattern) != nil, "\(text) → \(label)")
            #expect(!label.contains("G") && !label.contains("P") && !label.contains("E"))
            // Parse back: mantissa × unit must be within half a unit of the last digit.
            let unit: Double =
                label.hasSuffix("T")
                ? 1e12
                : label.hasSuffix("B")
                    ? 1e9 : label.hasSuffix("M") ? 1e6 : label.hasSuffix("K") ? 1e3 : 1
            let body = label.dropFirst().filter { "0123456789.".contains($0) }
            let mantissa = try #require(Double(String(body)))
            let decimals = body.split(separator: ".").dropFirst().first?.count ?? 0
            #expect(mantissa < 1000 || unit == 1e12, "promotion for \(text) → \(label)")
            let half = 0.5 * pow(10, -Double(decimals)) * unit
            #expect(
                abs(mantissa * unit - value.doubleValue) <= half * 1.000001, "\(text) → \(label)")
        }
    }

    @Test func exactDecimalRoundsHalfAwayFromZero() {
        #expect(Self.exact("2.5").rounded(toPlaces: 0).unsignedText(grouped: false) == "3")
        #expect(Self.exact("-2.5").rounded(toPlaces: 0).isNegative)
        #expect(Self.exact("9.995").rounded(toPlaces: 2).unsignedText(grouped: false) == "10.00")
        #expect(Self.exact("0.30000").trimmed.unsignedText(grouped: false) == "0.3")
    }

    static let coordinateVectors: [(Double, String)] = [
        (388, "388"), (201.76, "201.76"), (42.5, "42.5"), (-0.001, "0"), (-0.0, "0"), (1e-7, "0"),
        (.nan, "0"), (.infinity, "0"), (12.005, "12.01"), (-3.14159, "-3.14"), (1e21, "1000000000"),
    ]

    @Test(
        "Coordinates have at most two decimals, no -0 and no exponent", arguments: coordinateVectors
    )
    func coordinates(_ vector: (Double, String)) {
        #expect(svgNumber(vector.0) == vector.1)
    }
}
