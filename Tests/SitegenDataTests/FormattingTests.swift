import Foundation
import Testing

@testable import SitegenData

private func decimal(_ text: String) -> Decimal {
    if case .value(let value) = DecimalText.parse(Substring(text)) { return value }
    return Decimal.nan
}

private let usd = FigureUnit.money(currency: "USD")
private let usdPerYear = FigureUnit.moneyPerYear(currency: "USD")

@Suite struct MoneyFormattingTests {
    @Test(arguments: [
        ("13750000000", "$13.8B"), ("999950000000", "$1T"), ("4050000000", "$4.05B"),
        ("500000000", "$500M"), ("1500000000000", "$1.5T"), ("750000", "$750K"),
        ("25000000000", "$25B"), ("999.4", "$999"), ("999.5", "$1K"), ("0", "$0"),
        ("1234.5", "$1.23K"), ("12.345", "$12"), ("1000000000", "$1B"),
        ("1999999", "$2M"), ("2500000000000000", "$2,500T"), ("0.005", "$0"),
    ])
    func writesExactMoneyCompactlyWithThreeSignificantDigits(amount: String, text: String) {
        #expect(
            QuantityFormatter.text(.exact(decimal(amount)), unit: usd, variant: .standard) == text)
    }

    @Test(arguments: [
        ("EUR", "€8B", "€8 billion"), ("GBP", "£8B", "£8 billion"), ("JPY", "¥8B", "¥8 billion"),
        ("CHF", "CHF\u{00A0}8B", "CHF\u{00A0}8 billion"),
    ])
    func writesCurrencySymbolsOrCodes(currency: String, short: String, long: String) {
        let unit = FigureUnit.money(currency: currency)
        let bounds = Bounds.exact(8_000_000_000)
        #expect(QuantityFormatter.text(bounds, unit: unit, variant: .standard) == short)
        #expect(QuantityFormatter.text(bounds, unit: unit, variant: .long) == long)
    }

    @Test func writesNegativeMoneyWithAMinusSign() {
        #expect(
            QuantityFormatter.text(.exact(-5_000_000_000), unit: usd, variant: .standard)
                == "\u{2212}$5B")
    }
}

@Suite struct BoundsTests {
    static let atLeast100B = Bounds(100_000_000_000, qualifier: .atLeast)
    static let upTo25B = Bounds(25_000_000_000, qualifier: .upTo)
    static let about200B = Bounds(200_000_000_000, qualifier: .about)
    static let tenYears = Bounds.exact(10)

    @Test func aFloorDividedByAnExactTermIsAFloor() {
        let annual = Self.atLeast100B.divided(by: Self.tenYears)
        #expect(annual == Bounds(lower: 10_000_000_000, upper: nil))
        #expect(
            QuantityFormatter.text(annual, unit: usdPerYear, variant: .standard)
                == "at least $10B a year")
        #expect(QuantityFormatter.text(annual, unit: usdPerYear, variant: .short) == "≥$10B/yr")
        #expect(
            QuantityFormatter.text(annual, unit: usdPerYear, variant: .long)
                == "at least $10 billion a year")
        #expect(QuantityFormatter.machineValue(annual) == "10000000000..")
    }

    @Test func aFloorDividedByACeilingIsAFloor() {
        let multiple = Self.atLeast100B.divided(by: Self.upTo25B)
        #expect(multiple.shape == .atLeast(4))
        #expect(
            QuantityFormatter.text(multiple, unit: .multiple, variant: .standard) == "at least 4×")
        #expect(QuantityFormatter.text(multiple, unit: .multiple, variant: .short) == "≥4×")
        #expect(
            QuantityFormatter.text(multiple, unit: .multiple, variant: .long) == "at least 4 times")
    }

    @Test func aCeilingDividedByACeilingHasNoBound() {
        let ratio = Self.upTo25B.divided(by: Self.upTo25B)
        #expect(ratio.shape == .unknown)
        #expect(!ratio.isKnown)
    }

    @Test func aFloorDividedByAFloorHasNoBound() {
        #expect(Self.atLeast100B.divided(by: Self.atLeast100B).shape == .unknown)
    }

    @Test func divisionByZeroHasNoBound() {
        #expect(Bounds.exact(5).divided(by: .exact(0)).shape == .unknown)
    }

    @Test func approximateInputsGiveApproximateResults() {
        let annual = Self.about200B.divided(by: Self.tenYears)
        #expect(annual.approximate)
        #expect(
            QuantityFormatter.text(annual, unit: usdPerYear, variant: .standard)
                == "about $20B a year")
        #expect(QuantityFormatter.text(annual, unit: usdPerYear, variant: .short) == "~$20B/yr")
        let share = Self.upTo25B.divided(by: Self.about200B)
        #expect(
            QuantityFormatter.text(share, unit: .share, variant: .standard) == "up to about 12.5%")
        #expect(QuantityFormatter.text(share, unit: .share, variant: .short) == "≤~12.5%")
        #expect(
            QuantityFormatter.text(share, unit: .share, variant: .long)
                == "up to about 12.5 percent")
        #expect(QuantityFormatter.machineValue(share) == "..0.125")
    }

    @Test func sumsOfCeilingsAreCeilings() {
        let sum = Bounds.sum([Self.upTo25B, Bounds(5_000_000_000, qualifier: .upTo)])
        #expect(QuantityFormatter.text(sum, unit: usd, variant: .standard) == "up to $30B")
    }

    @Test func sumsOfFloorsAndExactValuesAreFloors() {
        let sum = Bounds.sum([Self.atLeast100B, .exact(5_000_000_000)])
        #expect(QuantityFormatter.text(sum, unit: usd, variant: .standard) == "at least $105B")
    }

    @Test func sumsMixingACeilingAndAnExactValueAreRanges() {
        let sum = Bounds.sum([Self.upTo25B, .exact(1_000_000_000)])
        #expect(sum == Bounds(lower: 1_000_000_000, upper: 26_000_000_000))
        #expect(QuantityFormatter.text(sum, unit: usd, variant: .standard) == "$1B to $26B")
        #expect(QuantityFormatter.text(sum, unit: usd, variant: .short) == "$1B–$26B")
        #expect(
            QuantityFormatter.text(sum, unit: usd, variant: .long) == "$1 billion to $26 billion")
        #expect(QuantityFormatter.machineValue(sum) == "1000000000..26000000000")
    }

    @Test func sumsMixingAFloorAndACeilingAreFloors() {
        let sum = Bounds.sum([Self.atLeast100B, Self.upTo25B])
        #expect(QuantityFormatter.text(sum, unit: usd, variant: .standard) == "at least $100B")
    }

    @Test func roundsFloorsDownCeilingsUpAndSingleValuesHalfAwayFromZero() {
        let third = Bounds.exact(100_000_000_000).divided(by: .exact(3))
        #expect(
            QuantityFormatter.text(third, unit: usdPerYear, variant: .standard) == "$33.3B a year")
        #expect(QuantityFormatter.machineValue(third) == "33333333333.333333")
        let floor = Self.atLeast100B.divided(by: .exact(3))
        #expect(
            QuantityFormatter.text(floor, unit: usdPerYear, variant: .standard)
                == "at least $33.3B a year")
        let ceiling = Bounds(100_000_000_000, qualifier: .upTo).divided(by: .exact(3))
        #expect(
            QuantityFormatter.text(ceiling, unit: usdPerYear, variant: .standard)
                == "up to $33.4B a year")
        let twoThirds = Bounds(200_000_000_000, qualifier: .atLeast).divided(by: .exact(3))
        #expect(
            QuantityFormatter.text(twoThirds, unit: usd, variant: .standard) == "at least $66.6B")
        #expect(
            QuantityFormatter.text(.exact(decimal("66666666666.67")), unit: usd, variant: .standard)
                == "$66.7B")
    }

    @Test func roundsRangesOutward() {
        let narrow = Bounds(lower: decimal("10009000000"), upper: decimal("10011000000"))
        #expect(QuantityFormatter.text(narrow, unit: usd, variant: .standard) == "$10B to $10.1B")
    }

    @Test(arguments: [
        (Bounds(lower: 10, upper: 10), "10 years", "10 yr", "10"),
        (Bounds(lower: 1, upper: 1), "1 year", "1 yr", "1"),
        (Bounds(lower: decimal("2.5"), upper: decimal("2.5")), "2.5 years", "2.5 yr", "2.5"),
    ])
    func writesYears(bounds: Bounds, standard: String, short: String, number: String) {
        #expect(QuantityFormatter.text(bounds, unit: .years, variant: .standard) == standard)
        #expect(QuantityFormatter.text(bounds, unit: .years, variant: .short) == short)
        #expect(QuantityFormatter.text(bounds, unit: .years, variant: .number) == number)
    }

    @Test(arguments: [
        ("25000000000", usd, "25,000,000,000"), ("33333333333.3333", usd, "33,333,333,333"),
        ("0.125", FigureUnit.share, "12.5"), ("4", FigureUnit.multiple, "4"),
        ("1234", FigureUnit.count, "1,234"),
        ("0.33333", FigureUnit.multiple, "0.333"),
    ])
    func writesTheNumberVariantWithoutUnitOrScale(value: String, unit: FigureUnit, text: String) {
        #expect(
            QuantityFormatter.text(.exact(decimal(value)), unit: unit, variant: .number) == text)
    }

    @Test(arguments: [
        (Qualifier.exact, "$25B"), (.about, "about $25B"), (.upTo, "up to $25B"),
        (.atLeast, "at least $25B"),
    ])
    func writesReportedQualifiers(qualifier: Qualifier, text: String) {
        let bounds = Bounds(25_000_000_000, qualifier: qualifier)
        #expect(bounds.qualifier == qualifier)
        #expect(QuantityFormatter.text(bounds, unit: usd, variant: .standard) == text)
    }
}

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2026", "2026", "2026", "2026"), ("2026-04", "April 2026", "Apr 2026", "2026-04"),
        ("2026-04-13", "13 April 2026", "13 Apr 2026", "2026-04-13"),
        ("2028-02-29", "29 February 2028", "29 Feb 2028", "2028-02-29"),
        ("2026-06", "June 2026", "June 2026", "2026-06"),
    ])
    func showsDatesAtTheirPrecision(text: String, long: String, short: String, iso: String) throws {
        let date = try CalendarDate.parse(text)
        #expect(date.formatted == long)
        #expect(date.formatted(abbreviated: true) == short)
        #expect(date.iso == iso)
    }

    @Test(arguments: [
        ("2026-02-29", "Invalid date '2026-02-29'; February 2026 has 28 days"),
        ("1900-02-29", "Invalid date '1900-02-29'; February 1900 has 28 days"),
        ("2026-04-31", "Invalid date '2026-04-31'; April 2026 has 30 days"),
        ("2026-00", "Invalid date '2026-00'; the month must be 01 to 12"),
        ("2026-4", "Invalid date '2026-4'; use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("0999", "Invalid date '0999'; use YYYY, YYYY-MM or YYYY-MM-DD"),
        ("２０２６", "Invalid date '２０２６'; use YYYY, YYYY-MM or YYYY-MM-DD"),
    ])
    func rejectsDatesThatAreNotOnTheCalendar(text: String, message: String) {
        #expect(throws: CalendarDateError.self) { try CalendarDate.parse(text) }
        do {
            _ = try CalendarDate.parse(text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func ordersLessPreciseDatesFirstWithinAPeriod() throws {
        let dates = try ["2026-01-01", "2026", "2025-12", "2026-01"].map {
            try CalendarDate.parse($0)
        }
        #expect(dates.sorted().map(\.iso) == ["2025-12", "2026", "2026-01", "2026-01-01"])
    }
}

@Suite struct AmountTests {
    @Test(arguments: [
        ("25B", "25000000000"), ("1.5T", "1500000000000"), ("500M", "500000000"),
        ("750K", "750000"),
        ("1000000", "1000000"), ("0.25", "0.25"), ("0", "0"),
    ])
    func parsesSuffixedAndPlainAmountsExactly(text: String, value: String) throws {
        #expect(DecimalText.plain(try AmountText.parse(text)) == value)
    }

    @Test(arguments: ["abc", "1,000", "25 B", "1e9", "+5", ".5", "5.", "NaN", "inf", "", "B"])
    func rejectsGarbage(text: String) {
        #expect(throws: AmountText.Problem.invalid) { try AmountText.parse(text) }
    }

    @Test(arguments: ["-5B", "−5B", "-1"])
    func rejectsNegativeAmounts(text: String) {
        #expect(throws: AmountText.Problem.negative) { try AmountText.parse(text) }
    }
}

@Suite struct DecimalTextTests {
    @Test(
        "The leading digit's power of ten, at every digit-count boundary",
        arguments: [
            ("1", 0), ("9", 0), ("10", 1), ("99", 1), ("100", 2), ("999.9", 2), ("0.5", -1),
            ("0.099", -2), ("12345678901234567890123456789012345678", 37), ("-125", 2),
            ("0", 0),
        ])
    func magnitude(text: String, expected: Int) throws {
        let value = try #require(Decimal(string: text))
        #expect(DecimalText.magnitude(value) == expected)
    }

    @Test("Moving the exponent is the same as dividing by a power of ten")
    func shifted() throws {
        for text in ["25000000000", "1.5", "131800000000", "0.07", "-42"] {
            let value = try #require(Decimal(string: text))
            for places in -12...12 {
                #expect(
                    DecimalText.shifted(value, by: places)
                        == value * DecimalText.power(places), "\(text) × 10^\(places)")
            }
        }
    }
}
