/// Nearest-name suggestions by Levenshtein distance, for "did you mean" messages.
///
/// Two suggestion rules exist because their messages differ: ``suggestions(for:among:limit:)``
/// (data, content and figure names) and ``tiedNearest(to:among:)`` (chart spec keys and fields).
public enum EditDistance {
    /// The Levenshtein distance between two strings, counted in Characters.
    public static func distance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for (i, leftCharacter) in left.enumerated() {
            current[0] = i + 1
            for (j, rightCharacter) in right.enumerated() {
                let cost = leftCharacter == rightCharacter ? 0 : 1
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + cost)
            }
            swap(&previous, &current)
        }
        return previous[right.count]
    }

    /// Up to `limit` candidates nearest to `name`, nearest first, ties by name.
    ///
    /// Only candidates within about a third of the name's length (at least 1 edit) and not
    /// wholly different are kept; names over 200 characters get no suggestions.
    public static func suggestions(for name: String, among candidates: [String], limit: Int = 3)
        -> [String]
    {
        guard name.count <= 200 else { return [] }
        let threshold = max(1, (name.count + 1) / 3)
        let scored = candidates.compactMap { candidate -> (Int, String)? in
            // Lengths further apart than the threshold cannot be within it; skip the table.
            guard candidate != name, abs(candidate.count - name.count) <= threshold else {
                return nil
            }
            let distance = distance(name.lowercased(), candidate.lowercased())
            guard distance <= threshold, distance < max(name.count, candidate.count) else {
                return nil
            }
            return (distance, candidate)
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }

    /// The candidates tied for nearest to `name`, in input order, at most three.
    ///
    /// Case is ignored; a candidate is kept within `max(2, name.count / 3)` edits. This is the
    /// chart specs' rule, which lists every name equally near rather than ranking them.
    public static func tiedNearest(to name: String, among candidates: [String]) -> [String] {
        let target = name.lowercased()
        let limit = max(2, target.count / 3)
        let scored = candidates.enumerated().compactMap {
            (index, candidate) -> (Int, Int, String)? in
            let d = distance(target, candidate.lowercased())
            return d <= limit ? (d, index, candidate) : nil
        }
        guard let best = scored.map(\.0).min() else { return [] }
        return scored.filter { $0.0 == best }.sorted { $0.1 < $1.1 }.prefix(3).map(\.2)
    }

    /// "; did you mean 'a', 'b' or 'c'?" or an empty string when nothing is near.
    public static func didYouMean(_ name: String, among candidates: [String]) -> String {
        let near = suggestions(for: name, among: candidates)
        guard !near.isEmpty else { return "" }
        return "; did you mean \(Quoting.list(near, conjunction: "or"))?"
    }
}
