import SitegenSupport
import Testing

@Suite("One quantity formatter")
struct QuantityTextTests {
    static func exact(_ text: String) -> ExactDecimal {
        ExactDecimal(parsing: text) ?? .zero
    }

    static let usd = QuantityText.Unit.money(currency: "USD")

    static let compactVectors: [(String, String)] = [
        ("25000000000", "$25B"), ("100000000000", "$100B"), ("1500000000000", "$1.5T"),
        ("13750000000", "$13.8B"), ("4050000000", "$4.05B"), ("999950000000", "$1T"),
        ("500000000", "$500M"), ("1234000000000000", "$1,234T"), ("-5000000000", "−$5B"),
        ("0", "$0"), ("950", "$950"), ("999.6", "$1K"), ("750000", "$750K"), ("-0.4", "$0"),
    ]

    @Test("Compact money matches CHARTS.md 2.9", arguments: compactVectors)
    func compactMoney(_ vector: (String, String)) {
        #expect(QuantityText.text(.point(Self.exact(vector.0)), unit: Self.usd) == vector.1)
    }

    @Test("A floor rounds down and a ceiling rounds up, whatever the sign")
    func boundsNeverOverstate() {
        #expect(
            QuantityText.text(.atLeast(Self.exact("12460000000")), unit: Self.usd)
                == "at least $12.4B")
        #expect(
            QuantityText.text(.upTo(Self.exact("12410000000")), unit: Self.usd)
                == "up to $12.5B")
        #expect(QuantityText.text(.point(Self.exact("12450000000")), unit: Self.usd) == "$12.5B")
        #expect(
            QuantityText.text(.atLeast(Self.exact("-5461000000")), unit: Self.usd)
                == "at least −$5.47B")
        #expect(
            QuantityText.text(.upTo(Self.exact("-5469000000")), unit: Self.usd)
                == "up to −$5.46B")
        #expect(
            QuantityText.text(.between(Self.exact("1.449"), Self.exact("6.001")), unit: .multiple)
                == "1.44× to 6.01×")
    }

    @Test("Each qualifier has one wording per variant")
    func qualifierWords() {
        let ten = Self.exact("10000000000")
        let cases: [(QuantityText.Amount, Bool, String, String, String)] = [
            (.point(ten), false, "$10B a year", "$10B/yr", "$10 billion a year"),
            (.point(ten), true, "about $10B a year", "~$10B/yr", "about $10 billion a year"),
            (.upTo(ten), false, "up to $10B a year", "≤$10B/yr", "up to $10 billion a year"),
            (
                .atLeast(ten), true, "at least about $10B a year", "≥~$10B/yr",
                "at least about $10 billion a year"
            ),
        ]
        for (amount, about, standard, short, long) in cases {
            for (variant, expected) in [
                (QuantityText.Variant.standard, standard), (.short, short), (.long, long),
            ] {
                #expect(
                    QuantityText.text(
                        amount, unit: Self.usd, approximate: about, perYear: true,
                        variant: variant) == expected)
            }
        }
    }

    @Test func sharesMultiplesYearsAndCounts() {
        #expect(QuantityText.text(.point(Self.exact("0.125")), unit: .share) == "12.5%")
        #expect(QuantityText.text(.point(Self.exact("0.1")), unit: .share) == "10%")
        #expect(QuantityText.text(.point(Self.exact("0.0004")), unit: .share) == "<0.1%")
        #expect(QuantityText.text(.point(Self.exact("-0.0004")), unit: .share) == ">−0.1%")
        #expect(QuantityText.text(.point(Self.exact("-0.031")), unit: .share) == "−3.1%")
        #expect(QuantityText.text(.atLeast(Self.exact("0.1249")), unit: .share) == "at least 12.4%")
        #expect(QuantityText.text(.point(Self.exact("4")), unit: .multiple) == "4×")
        #expect(QuantityText.text(.point(Self.exact("4.25")), unit: .multiple) == "4.25×")
        #expect(
            QuantityText.text(.atLeast(Self.exact("3.839")), unit: .multiple) == "at least 3.83×")
        #expect(QuantityText.text(.point(Self.exact("10")), unit: .years) == "10 years")
        #expect(QuantityText.text(.point(Self.exact("1")), unit: .years) == "1 year")
        #expect(
            QuantityText.text(.point(Self.exact("10")), unit: .years, variant: .short) == "10 yr")
        #expect(QuantityText.text(.point(Self.exact("1234")), unit: .count) == "1,230")
        #expect(
            QuantityText.text(.point(Self.exact("8000000000")), unit: .money(currency: "EUR"))
                == "€8B")
        #expect(
            QuantityText.text(.point(Self.exact("8000000000")), unit: .money(currency: "CHF"))
                == "CHF\u{00A0}8B")
    }

    @Test func randomMoneyIsWellFormedAndWithinHalfAUnit() throws {
        let pattern = try Regex("^(−)?\\$\\d{1,3}(,\\d{3})*(\\.\\d{1,2})?[KMBT]?$")
        var state: UInt64 = 7
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        for _ in 0..<5_000 {
            let digits = Int(next() % 16) + 1
            var text = String(next() % 9 + 1)
            for _ in 1..<digits { text += String(next() % 10) }
            let value = Self.exact(text)
            let label = QuantityText.text(.point(value), unit: Self.usd)
            #expect(label.wholeMatch(of: pattern) != nil, "\(text) → \(label)")
            // Parse back: mantissa × unit must be within half a unit of the last digit.
            let exponent =
                label.hasSuffix("T")
                ? 12
                : label.hasSuffix("B") ? 9 : label.hasSuffix("M") ? 6 : label.hasSuffix("K") ? 3 : 0
            let body = String(label.dropFirst().filter { "0123456789.".contains($0) })
            let shown = try #require(ExactDecimal(parsing: body)).shifted(by: exponent)
            let decimals = body.split(separator: ".").dropFirst().first?.count ?? 0
            let mantissa = try #require(ExactDecimal(parsing: body))
            #expect(mantissa.integerDigits.count < 4 || exponent == 12, "\(text) → \(label)")
            // |shown − value| ≤ half a unit in the last place: compare at that place.
            let place = exponent - decimals
            #expect(
                value.shifted(by: -place).rounded(toPlaces: 0).trimmed
                    == shown.shifted(by: -place).trimmed,
                "\(text) → \(label)")
        }
    }
}
