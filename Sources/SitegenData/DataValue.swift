public import Foundation
public import SitegenSupport

/// A value read from a data file, with the position it was written at.
///
/// YAML, JSON and CSV all load into this one tree. Maps keep their keys in file order and
/// never hold a key twice; numbers keep the text they were written as, so `2026` can be read
/// as a year and `007` as an id without losing anything.
public struct DataValue: Sendable, Hashable {
    /// What a value holds.
    public enum Kind: Sendable, Hashable {
        /// An empty value: YAML `null`, `~` or nothing; JSON `null`; an empty CSV cell.
        case null
        /// `true` or `false`.
        case bool(Bool)
        /// A number, exact, with the text it was written as.
        case number(Decimal, text: String)
        /// A string.
        case string(String)
        /// A list of values, in order.
        case list([DataValue])
        /// A map with its keys in file order.
        case map([Entry])
    }

    /// One key and value of a map.
    public struct Entry: Sendable, Hashable {
        /// The key.
        public var key: String
        /// Where the key is written.
        public var keyPosition: SourcePosition
        /// The value.
        public var value: DataValue

        /// Creates a map entry.
        public init(key: String, keyPosition: SourcePosition, value: DataValue) {
            self.key = key
            self.keyPosition = keyPosition
            self.value = value
        }
    }

    /// What this value holds.
    public var kind: Kind
    /// Where this value starts in its file.
    public var position: SourcePosition

    /// Creates a value at a position.
    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }

    /// Whether this value is empty (`null`).
    public var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The entries when this value is a map.
    public var entries: [Entry]? {
        if case .map(let entries) = kind { return entries }
        return nil
    }

    /// The items when this value is a list.
    public var items: [DataValue]? {
        if case .list(let items) = kind { return items }
        return nil
    }

    /// The value for `key` when this value is a map that has it.
    public subscript(key: String) -> DataValue? {
        entries?.first { $0.key == key }?.value
    }

    /// The string when this value is a string.
    public var string: String? {
        if case .string(let string) = kind { return string }
        return nil
    }

    /// The text of a scalar: a string as is, a number as written, a boolean as `true` or
    /// `false`; `nil` for null, lists and maps.
    public var scalarText: String? {
        switch kind {
        case .string(let string): return string
        case .number(_, let text): return text
        case .bool(let bool): return bool ? "true" : "false"
        case .null, .list, .map: return nil
        }
    }

    /// The number when this value is a number.
    public var number: Decimal? {
        if case .number(let number, _) = kind { return number }
        return nil
    }

    /// The boolean when this value is `true` or `false`.
    public var bool: Bool? {
        if case .bool(let bool) = kind { return bool }
        return nil
    }

    /// The kind of value with an article, for messages: "a string", "a list", "an empty value".
    public var typeDescription: String {
        switch kind {
        case .null: return "an empty value"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .list: return "a list"
        case .map: return "a map"
        }
    }
}
