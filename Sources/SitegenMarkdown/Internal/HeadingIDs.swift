/// Hands out heading ids made from heading text, unique within one document.
struct HeadingIDs {
    private var used: Set<String> = []

    /// A slug of `text`, suffixed with `-2`, `-3`, ... when an earlier heading has it already.
    mutating func claim(for text: String) -> String {
        let base = Slug.make(from: text)
        var candidate = base
        var number = 1
        while used.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        used.insert(candidate)
        return candidate
    }
}
