/// Finds GitHub-flavoured extended autolinks in plain text: `www.` domains, `http://`,
/// `https://` and `ftp://` URLs, and e-mail addresses, with cmark-gfm's rules for what a valid
/// domain is and which trailing punctuation is left out of the link.
struct AutolinkScanner {
    /// One link found in the text.
    struct Match: Equatable {
        /// The range of the link text, in scalar offsets.
        var range: Range<Int>
        /// The link's destination (`http://` added to `www.`, `mailto:` to addresses).
        var destination: String
    }

    /// Typographic characters smart punctuation puts in place of ASCII ones, mapped back so
    /// a URL keeps the characters that were typed.
    private static let typed: [Unicode.Scalar: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"",
        "\u{2013}": "--", "\u{2014}": "---", "\u{2026}": "...",
    ]

    /// The links in `scalars`, in order; `startsAtBoundary` says whether what comes before the
    /// text (a line start, `*`, `_`, `~`, `(`) lets a link start at its first character.
    static func matches(in scalars: [Unicode.Scalar], startsAtBoundary: Bool = true) -> [Match] {
        var result: [Match] = []
        var index = 0
        while index < scalars.count {
            let boundary = index == 0 ? startsAtBoundary : isBoundary(scalars, before: index)
            if let match = urlOrWWW(in: scalars, at: index, wwwAllowed: boundary)
                ?? email(in: scalars, at: index, after: result.last)
            {
                result.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    /// The text of a link with smart punctuation undone.
    static func typedText(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        for scalar in scalars {
            if let ascii = typed[scalar] {
                text += ascii
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    private static func isBoundary(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        let previous = scalars[index - 1]
        return previous.properties.isWhitespace || "*_~(".unicodeScalars.contains(previous)
    }

    private static func hasPrefix(_ scalars: [Unicode.Scalar], _ prefix: String, at index: Int)
        -> Bool
    {
        var offset = index
        for scalar in prefix.unicodeScalars {
            guard offset < scalars.count, scalars[offset] == scalar else { return false }
            offset += 1
        }
        return true
    }

    /// A `www.` link (where `wwwAllowed`) or a URL with a scheme (not right after a letter,
    /// which would make the scheme another word) starting at `index`.
    private static func urlOrWWW(in scalars: [Unicode.Scalar], at index: Int, wwwAllowed: Bool)
        -> Match?
    {
        var domainStart = index
        var prefix = ""
        if hasPrefix(scalars, "www.", at: index) {
            guard wwwAllowed else { return nil }
            prefix = "http://"
        } else if index > 0, scalars[index - 1].isASCII, scalars[index - 1].properties.isAlphabetic
        {
            return nil
        } else if let scheme = ["http://", "https://", "ftp://"].first(where: {
            hasPrefix(scalars, $0, at: index)
        }) {
            domainStart = index + scheme.unicodeScalars.count
        } else {
            return nil
        }
        guard let domainEnd = domain(in: scalars, from: domainStart, needsPeriod: !prefix.isEmpty)
        else { return nil }
        var end = domainEnd
        while end < scalars.count, !scalars[end].properties.isWhitespace, scalars[end] != "<" {
            end += 1
        }
        end = trimTrailing(scalars, start: index, end: end)
        guard end > domainStart else { return nil }
        return Match(range: index..<end, destination: prefix + typedText(scalars[index..<end]))
    }

    /// The end of a valid domain starting at `start`: segments of letters, digits, `-` and
    /// `_` (non-ASCII allowed), with a period when `needsPeriod` (a `www.` link), and no `_` in
    /// the last two segments.
    private static func domain(in scalars: [Unicode.Scalar], from start: Int, needsPeriod: Bool)
        -> Int?
    {
        var index = start
        var periods = 0
        var underscoreSegments: [Bool] = [false]
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "." {
                guard index > start, index + 1 < scalars.count, isDomainScalar(scalars[index + 1])
                else {
                    break
                }
                periods += 1
                underscoreSegments.append(false)
            } else if isDomainScalar(scalar) {
                if scalar == "_" { underscoreSegments[underscoreSegments.count - 1] = true }
            } else {
                break
            }
            index += 1
        }
        guard index > start, periods >= 1 || !needsPeriod else { return nil }
        if underscoreSegments.suffix(2).contains(true) { return nil }
        return index
    }

    private static func isDomainScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
                || scalar == "_"
        }
        return !scalar.properties.isWhitespace && !typed.keys.contains(scalar)
    }

    /// `end` moved back past trailing punctuation, unmatched closing parentheses and a
    /// trailing entity-like `&name;`.
    private static func trimTrailing(_ scalars: [Unicode.Scalar], start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = scalars[end - 1]
            if "?!.,:*_~'\"".unicodeScalars.contains(last) || typed.keys.contains(last) {
                end -= 1
            } else if last == ";" {
                var back = end - 2
                while back >= start, scalars[back].isASCII,
                    scalars[back].properties.isAlphabetic
                        || ("0"..."9").contains(scalars[back])
                {
                    back -= 1
                }
                if back >= start, back < end - 2, scalars[back] == "&" {
                    end = back
                } else {
                    end -= 1
                }
            } else if last == ")" {
                var opening = 0
                var closing = 0
                for scalar in scalars[start..<end] {
                    if scalar == "(" { opening += 1 } else if scalar == ")" { closing += 1 }
                }
                guard closing > opening else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    private static func isEmailLocal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || ".-_+".unicodeScalars.contains(scalar))
    }

    /// An address whose `@` is at `index`, reaching back over its local part (not into the
    /// previous link).
    private static func email(in scalars: [Unicode.Scalar], at index: Int, after previous: Match?)
        -> Match?
    {
        guard scalars[index] == "@" else { return nil }
        let floor = previous?.range.upperBound ?? 0
        var start = index
        while start > floor, isEmailLocal(scalars[start - 1]) { start -= 1 }
        guard start < index else { return nil }
        var end = index + 1
        var periods = 0
        while end < scalars.count {
            let scalar = scalars[end]
            if scalar == "." {
                guard end + 1 < scalars.count, scalars[end + 1].isASCII,
                    scalars[end + 1].properties.isAlphabetic
                        || ("0"..."9").contains(scalars[end + 1])
                else { break }
                periods += 1
            } else if !(scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
                    || scalar == "_"))
            {
                break
            }
            end += 1
        }
        guard periods >= 1, end > index + 1 else { return nil }
        let last = scalars[end - 1]
        guard last != "-", last != "_" else { return nil }
        return Match(
            range: start..<end,
            destination: "mailto:" + String(String.UnicodeScalarView(scalars[start..<end])))
    }
}
