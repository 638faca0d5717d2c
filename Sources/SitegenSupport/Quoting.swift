/// Quoting user input and lists of names for messages.
public enum Quoting {
    /// `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'` (with `conjunction` "or").
    public static func list(_ names: [String], conjunction: String) -> String {
        let quoted = names.map { "'\($0)'" }
        guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }

    /// `'a', 'b', 'c'`: every name quoted, separated by commas only.
    public static func commaList(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
