import Yams

/// Reads typed values out of a YAML mapping, reporting every problem with its position.
///
/// Keys are looked up by name; keys that no reader asked for are reported by
/// ``reportUnknownKeys(severity:)``. Problems go into `diagnostics`.
struct MappingReader {
    let reader: YAMLReader
    /// Where the mapping is, for messages about missing keys.
    let node: Node
    /// What the mapping is, for messages: "front matter", "site.yaml".
    let subject: String
    private(set) var diagnostics: [Diagnostic] = []
    private var pairs: [(key: String, keyNode: Node, value: Node)] = []
    private var read: Set<String> = []

    /// Creates a reader; a node that is not a mapping is reported at once.
    init(_ node: Node, reader: YAMLReader, subject: String) {
        self.reader = reader
        self.node = node
        self.subject = subject
        guard let mapping = node.mapping else {
            diagnostics.append(
                reader.diagnostic(.error, "Expected a mapping of keys to values in \(subject)", at: node))
            return
        }
        for (key, value) in mapping {
            pairs.append((key.string ?? key.scalarText, key, value))
        }
    }

    /// The value node of `key`, marking the key as known.
    mutating func value(_ key: String) -> Node? {
        read.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    /// A string; numbers, booleans and dates are taken as written. Reports a missing
    /// required key or a non-scalar value.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let scalar = node.scalar, !(scalar.string.isEmpty && scalar.style == .plain) else {
            let what = node.scalar != nil ? "an empty value" : "a list or mapping"
            diagnostics.append(
                reader.diagnostic(.error, "Expected text for '\(key)' but found \(what)", at: node))
            return nil
        }
        return scalar.string
    }

    /// A boolean written `true` or `false`.
    mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        default:
            diagnostics.append(
                reader.diagnostic(
                    .error, "Expected true or false for '\(key)' but found '\(node.scalarText)'",
                    at: node))
            return nil
        }
    }

    /// A list of strings; a single string is taken as a list of one.
    mutating func stringList(_ key: String) -> [(text: String, node: Node)] {
        guard let node = value(key) else { return [] }
        if let scalar = node.scalar { return scalar.string.isEmpty ? [] : [(scalar.string, node)] }
        guard let sequence = node.sequence else {
            diagnostics.append(
                reader.diagnostic(.error, "Expected a list of text for '\(key)'", at: node))
            return []
        }
        var items: [(text: String, node: Node)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                diagnostics.append(
                    reader.diagnostic(.error, "Expected text in the list '\(key)'", at: item))
                continue
            }
            items.append((scalar.string, item))
        }
        return items
    }

    /// Reports a required key that is absent.
    mutating func missing(_ key: String) {
        diagnostics.append(
            reader.diagnostic(.error, "Missing required key '\(key)' in \(subject)", at: node))
    }

    /// Adds a diagnostic found by the caller while checking a value.
    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Reports every key nobody asked for, naming the known keys.
    mutating func reportUnknownKeys(severity: Diagnostic.Severity = .warning) {
        let known = read.sorted().map { "'\($0)'" }.joined(separator: ", ")
        for pair in pairs where !read.contains(pair.key) {
            diagnostics.append(
                reader.diagnostic(
                    severity, "Unknown key '\(pair.key)' in \(subject); known keys are \(known)",
                    at: pair.keyNode))
        }
    }
}

extension Node {
    /// The scalar's text, or a short description of a collection, for messages.
    var scalarText: String {
        if let scalar { return scalar.string }
        return sequence != nil ? "a list" : "a mapping"
    }
}
