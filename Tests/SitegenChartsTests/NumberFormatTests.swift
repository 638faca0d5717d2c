import Foundation
import SitegenSupport
import Testing

@testable import SitegenCharts

@Suite struct NumberFormatTests {
    static func exact(_ text: String) -> ExactDecimal {
        ExactDecimal(Decimal(string: text) ?? 0) ?? .zero
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

    @Test func percentAxisLabels() {
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

    @Test func calendarYearsAreNeverGrouped() {
        #expect(NumberFormat.year(2026) == "2026")
        #expect(NumberFormat.year(-44) == "−44")
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
        #expect(ValueText.text(about, style: .label) == "about $200B")
        #expect(ValueText.text(about, style: .short) == "~$200B")
        #expect(ValueText.text(about, style: .words) == "about $200 billion")
        #expect(ValueText.text(runRate, style: .label) == "≈$10B a year")
        #expect(ValueText.text(runRate, style: .short) == "≈$10B/yr")
        #expect(ValueText.text(runRate, style: .precise) == "$10B a year")
    }

    @Test("A chart rounds a floor down and a ceiling up, as prose does")
    func chartLabelsNeverOverstate() {
        let floor = ChartNumber(
            value: 12_460_000_000, unit: .money(currency: "USD"), qualifier: .atLeast)
        let ceiling = ChartNumber(
            value: 12_410_000_000, unit: .money(currency: "USD"), qualifier: .upTo)
        #expect(ValueText.text(floor, style: .label) == "at least $12.4B")
        #expect(ValueText.text(ceiling, style: .label) == "up to $12.5B")
        let runaway = ChartNumber(
            value: Decimal(38_000_000_000) / Decimal(7), unit: .money(currency: "USD"),
            derived: true, perYear: true)
        #expect(ValueText.text(runaway, style: .precise) == "$5.43B a year")
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
