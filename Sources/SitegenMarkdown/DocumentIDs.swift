/// The `id` attributes of one HTML document, so headings, figures and anything else a page
/// adds never share one.
public struct DocumentIDs: Sendable {
    private var used: Set<String>
    /// The next suffix to try for each base, so repeated headings stay linear.
    private var nextSuffix: [String: Int] = [:]

    /// Creates a registry in which `reserved` ids (the page template's own) are taken.
    public init(reserved: Set<String> = []) {
        used = reserved
    }

    /// `base` if it is free, else `base-2`, `base-3` and so on; the result is taken.
    public mutating func claim(_ base: String) -> String {
        var candidate = base
        var number = nextSuffix[base, default: 1]
        while used.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        nextSuffix[base] = number
        used.insert(candidate)
        return candidate
    }

    /// Whether `id` is taken.
    public func contains(_ id: String) -> Bool {
        used.contains(id)
    }
}
