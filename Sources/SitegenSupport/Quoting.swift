/// Quoting user input and lists of names for messages.
public enum Quoting {
    /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'` (with `conjunction` "or").
    public static func list(_ names: [String], conjunction: String) -> String {
        sentence(names.map { "'\($0)'" }, conjunction: conjunction)
    }

    /// `a`, `a and b`, `a, b and c` (with `conjunction` "and"), as written.
    public static func sentence(_ items: [String], conjunction: String) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// `'a', 'b', 'c'`: every name quoted, separated by commas only.
    public static func commaList(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
