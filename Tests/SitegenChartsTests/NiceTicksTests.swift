import Foundation
import Testing

@testable import SitegenCharts

/// A small deterministic generator so property checks are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state ^ (state >> 29)
    }
}

struct TickVector: Sendable, CustomTestStringConvertible {
    let lo: Double, hi: Double, n: Int
    let ticks: [Double]
    let nice: (Double, Double)
    let niceTicks: [Double]
    var testDescription: String { "[\(lo), \(hi)] n=\(n)" }
}

@Suite struct NiceTicksTests {
    static let vectors: [TickVector] = [
        TickVector(lo: 0, hi: 25, n: 5, ticks: [0, 5, 10, 15, 20, 25], nice: (0, 25), niceTicks: [0, 5, 10, 15, 20, 25]),
        TickVector(lo: 0, hi: 25, n: 10, ticks: stride(from: 0.0, through: 24, by: 2).map { $0 }, nice: (0, 26),
            niceTicks: stride(from: 0.0, through: 26, by: 2).map { $0 }),
        TickVector(lo: 0, hi: 200, n: 8, ticks: stride(from: 0.0, through: 200, by: 20).map { $0 }, nice: (0, 200),
            niceTicks: stride(from: 0.0, through: 200, by: 20).map { $0 }),
        TickVector(lo: 0, hi: 200, n: 5, ticks: [0, 50, 100, 150, 200], nice: (0, 200), niceTicks: [0, 50, 100, 150, 200]),
        TickVector(lo: 17, hi: 200, n: 5, ticks: [50, 100, 150, 200], nice: (0, 200), niceTicks: [0, 50, 100, 150, 200]),
        TickVector(lo: 3, hi: 8, n: 5, ticks: [3, 4, 5, 6, 7, 8], nice: (3, 8), niceTicks: [3, 4, 5, 6, 7, 8]),
        TickVector(lo: -12, hi: 37, n: 5, ticks: [-10, 0, 10, 20, 30], nice: (-20, 40), niceTicks: [-20, -10, 0, 10, 20, 30, 40]),
        TickVector(lo: 0, hi: 0.3, n: 3, ticks: [0, 0.1, 0.2, 0.3], nice: (0, 0.3), niceTicks: [0, 0.1, 0.2, 0.3]),
        TickVector(lo: 0, hi: 1, n: 10, ticks: (0...10).map { Double($0) / 10 }, nice: (0, 1), niceTicks: (0...10).map { Double($0) / 10 }),
        TickVector(lo: 0, hi: 1.5e12, n: 5, ticks: (0...7).map { Double($0) * 2e11 }, nice: (0, 2e12),
            niceTicks: [0, 5e11, 1e12, 1.5e12, 2e12]),
        TickVector(lo: 0, hi: 13, n: 4, ticks: [0, 5, 10], nice: (0, 15), niceTicks: [0, 5, 10, 15]),
        TickVector(lo: 2019, hi: 2026, n: 7, ticks: (2019...2026).map(Double.init), nice: (2019, 2026), niceTicks: (2019...2026).map(Double.init)),
    ]

    @Test("Golden tick vectors from CHARTS.md 2.5 hold", arguments: vectors)
    func goldenVectors(_ v: TickVector) {
        #expect(NiceTicks.ticks(v.lo, v.hi, count: v.n) == v.ticks)
        let nice = NiceTicks.niceDomain(v.lo, v.hi, count: v.n)
        #expect(nice.lo == v.nice.0)
        #expect(nice.hi == v.nice.1)
        #expect(NiceTicks.ticks(nice.lo, nice.hi, count: v.n) == v.niceTicks)
    }

    @Test func degenerateDomainGivesOneTick() {
        #expect(NiceTicks.ticks(5, 5, count: 7) == [5])
        #expect(NiceTicks.ticks(0, 10, count: 0) == [])
        #expect(NiceTicks.ticks(.nan, 10, count: 5) == [])
        #expect(NiceTicks.ticks(0, .infinity, count: 5) == [])
    }

    @Test func precisionGuardTreatsTinySpreadAsOneValue() {
        #expect(NiceTicks.isDegenerate(9.48e14, 9.48e14 + 0.5))
        #expect(!NiceTicks.isDegenerate(9.48e14, 9.48e14 + 1e7))
        #expect(NiceTicks.ticks(9.48e14, 9.48e14 + 0.5, count: 5) == [9.48e14])
    }

    @Test func descendingDomainGivesReversedTicks() {
        #expect(NiceTicks.ticks(25, 0, count: 5) == [25, 20, 15, 10, 5, 0])
    }

    @Test func growthGuardPicksFourIntervalsForOnePointFiveTrillion() {
        let (domain, count) = NiceTicks.guardedNiceDomain(0, 1.5e12, count: 5)
        #expect(count == 4)
        #expect(domain.lo == 0 && domain.hi == 1.5e12)
        #expect(NiceTicks.ticks(domain.lo, domain.hi, count: count) == [0, 5e11, 1e12, 1.5e12])
    }

    @Test func decimalTicksAreExactWhenFormatted() throws {
        let run = try #require(NiceTicks.run(0, 1, count: 10))
        let labels = NumberFormat.plainAxis(run.exactValues, stepPower: run.step.power, grouped: true, suffix: "")
        #expect(labels == ["0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"])
        #expect(run.values[3] == 0.3)
    }

    @Test func randomDomainsAreNiceCoveredAndEvenlySpaced() throws {
        var rng = SeededGenerator(state: 42)
        for _ in 0..<20_000 {
            let magnitude = pow(10, Double.random(in: -6...15, using: &rng))
            let a = Double.random(in: -1...1, using: &rng) * magnitude
            let b = a + Double.random(in: 0.000_01...2, using: &rng) * magnitude
            guard !NiceTicks.isDegenerate(a, b) else { continue }
            let n = Int.random(in: 2...10, using: &rng)
            let nice = NiceTicks.niceDomain(a, b, count: n)
            #expect(nice.lo <= a && nice.hi >= b, "covers [\(a), \(b)] n=\(n)")
            let ticks = NiceTicks.ticks(nice.lo, nice.hi, count: n)
            try #require(ticks.count >= 2, "at least one interval for [\(a), \(b)] n=\(n)")
            #expect(ticks.first == nice.lo && ticks.last == nice.hi, "ends on ticks for [\(a), \(b)] n=\(n)")
            let intervals = Double(ticks.count - 1)
            #expect(intervals >= 0.6 * Double(n) && intervals <= 1.6 * Double(n), "interval count for [\(a), \(b)] n=\(n)")
            let step = ticks[1] - ticks[0]
            let run = try #require(NiceTicks.run(nice.lo, nice.hi, count: Double(n)))
            #expect([1, 2, 5].contains(run.step.factor))
            for i in 1..<ticks.count {
                #expect(abs((ticks[i] - ticks[i - 1]) - step) <= 1e-9 * max(abs(step), abs(ticks[i])), "even spacing")
                #expect(ticks[i] > ticks[i - 1])
            }
        }
    }

    /// Axis labels Vega-Lite rendered (vl-convert 1.9.0.post1, explicit `scale.domain`,
    /// `nice: false`, `axis.tickCount`), recorded with `../shared/tools` so CI needs no Python.
    static let vegaLiteReference: [(lo: Double, hi: Double, n: Int, labels: String)] = [
        (0, 25, 14, "0 2 4 6 8 10 12 14 16 18 20 22 24"),
        (0, 200, 8, "0 20 40 60 80 100 120 140 160 180 200"),
        (0, 25, 5, "0 5 10 15 20 25"),
        (17, 200, 5, "50 100 150 200"),
        (-12, 37, 5, "-10 0 10 20 30"),
        (0, 0.3, 3, "0 0.1 0.2 0.3"),
        (0, 1, 10, "0 0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9 1"),
        (0, 1.5e12, 5, "0 200000000000 400000000000 600000000000 800000000000 1000000000000 1200000000000 1400000000000"),
        (0, 13, 4, "0 5 10"),
        (3, 8, 5, "3 4 5 6 7 8"),
        (0, 1e9, 5, "0 200000000 400000000 600000000 800000000 1000000000"),
        (-20e9, 40e9, 6, "-20000000000 -10000000000 0 10000000000 20000000000 30000000000 40000000000"),
    ]

    @Test("Tick values equal Vega-Lite's on the same domain and count", arguments: vegaLiteReference.indices)
    func matchesVegaLite(_ index: Int) throws {
        let v = Self.vegaLiteReference[index]
        let run = try #require(NiceTicks.run(v.lo, v.hi, count: Double(v.n)))
        let ours = run.exactValues.map { value in
            (value.isNegative ? "-" : "") + value.magnitude.trimmed.unsignedText(grouped: false)
        }
        #expect(ours.joined(separator: " ") == v.labels)
    }
}
