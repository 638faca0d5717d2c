import Foundation

// Text helpers for specs and their error messages: slugs, nearest names, quoted lists.

/// Whether `text` is lowercase ASCII letters and digits separated by single '-'.
func isSlug(_ text: String) -> Bool {
    guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
    return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
}

/// A title as a slug: lowercase ASCII, '-' separated, accents folded, apostrophes dropped.
func slugify(_ title: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in title.decomposedStringWithCanonicalMapping.unicodeScalars {
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        if scalar == "'" || scalar == "\u{2019}" { continue }
        let lower = String(scalar).lowercased()
        if lower.unicodeScalars.count == 1, let s = lower.unicodeScalars.first,
            ("a"..."z").contains(s) || ("0"..."9").contains(s)
        {
            if pendingDash, !result.isEmpty { result += "-" }
            pendingDash = false
            result.unicodeScalars.append(s)
        } else {
            pendingDash = true
        }
        if result.count >= 60 { break }
    }
    return result.isEmpty ? "chart" : result
}

/// The names nearest to `name` by edit distance (all tied for nearest, in input order, at most three).
func nearestNames(to name: String, in candidates: [String]) -> [String] {
    let target = Array(name.lowercased())
    let limit = max(2, target.count / 3)
    let scored = candidates.enumerated().compactMap { (index, candidate) -> (Int, Int, String)? in
        let d = editDistance(target, Array(candidate.lowercased()))
        return d <= limit ? (d, index, candidate) : nil
    }
    guard let best = scored.map(\.0).min() else { return [] }
    return scored.filter { $0.0 == best }.sorted { $0.1 < $1.1 }.prefix(3).map(\.2)
}

private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        previous = current
    }
    return previous[b.count]
}

/// `'a', 'b' and 'c'` (or `'a' or 'b'`).
func quotedList(_ items: [String], conjunction: String = "") -> String {
    let quoted = items.map { "'\($0)'" }
    guard !conjunction.isEmpty, quoted.count > 1 else { return quoted.joined(separator: ", ") }
    return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + (quoted.last ?? "")
}
