/// URL-safe slugs made from text, as used for heading ids.
public enum Slug {
    /// Lowercase ASCII letters and digits of `text`, runs of anything else joined by one `-`;
    /// `section` when nothing is left. `"Why it matters (2026)"` becomes `why-it-matters-2026`.
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
}
