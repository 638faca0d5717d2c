/// URL-safe slugs made from text: heading ids, tag and page slugs, and chart ids.
public enum Slug {
    /// The slug of `text`, or `section` when it has no ASCII letter or digit.
    ///
    /// Lowercase ASCII letters and digits are kept and runs of anything else become one `-`:
    /// `"Why it matters (2026)"` becomes `why-it-matters-2026`.
    public static func make(from text: String) -> String {
        let slug = makeIfPossible(from: text)
        return slug.isEmpty ? "section" : slug
    }

    /// Like ``make(from:)`` but empty when the text has no ASCII letter or digit.
    public static func makeIfPossible(from text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// The chart-id slug of a title already in canonical decomposition (NFD), or `fallback`.
    ///
    /// Combining marks are dropped (so accents fold: `é` gives `e`), as are apostrophes
    /// (`'` and `’`); each scalar is lowercased alone and kept when it becomes one ASCII letter
    /// or digit; runs of anything else become one `-`; the slug stops at `maxLength`.
    public static func foldingMarks(
        fromDecomposed title: String, maxLength: Int = 60, fallback: String = "chart"
    ) -> String {
        var result = ""
        var pendingDash = false
        for scalar in title.unicodeScalars {
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
            if result.count >= maxLength { break }
        }
        return result.isEmpty ? fallback : result
    }

    /// Whether `text` is lowercase ASCII letters and digits separated by single `-`.
    public static func isWellFormed(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--")
        else {
            return false
        }
        return text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }
}
