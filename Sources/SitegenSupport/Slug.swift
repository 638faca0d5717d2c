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

    /// The id of a heading whose text is `text`, made as GitHub makes it, so a link to a
    /// section works on GitHub and on the built site alike.
    ///
    /// The text is lowercased; letters, marks and digits of any script, `-` and `_` are kept,
    /// each space becomes `-`, and everything else is dropped: `"Café économie"` gives
    /// `café-économie`, `"Compute & capital"` gives `compute--capital`. Text with nothing
    /// left gives `section`.
    public static func headingID(from text: String) -> String {
        var id = ""
        for scalar in text.trimmingSpaces.lowercased().unicodeScalars {
            if scalar.isASCII {
                // The common case, without a look-up of the scalar's category.
                let value = scalar.value
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) || value == 0x5F {
                    id.unicodeScalars.append(scalar)
                } else if value == 0x2D || value == 0x20 {
                    id.append("-")
                }
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter,
                .otherLetter, .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber,
                .letterNumber, .otherNumber, .connectorPunctuation:
                id.unicodeScalars.append(scalar)
            default:
                if scalar == "-" || scalar == " " { id.append("-") }
            }
        }
        return id.isEmpty ? "section" : id
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

extension String {
    /// The text without leading and trailing spaces (U+0020 only).
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
