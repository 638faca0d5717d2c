public import Foundation

/// A chart spec as a generic tree, as parsed by Core from a ```chart block's YAML.
///
/// Maps keep their key order, so errors and output never depend on hashing.
public indirect enum ChartInput: Sendable, Equatable {
    /// An explicit null (`~` or an empty value).
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number.
    case number(Decimal)
    /// A string.
    case string(String)
    /// A sequence.
    case list([ChartInput])
    /// A mapping, in source order.
    case map([ChartInputEntry])
}

/// One key and value of a `ChartInput.map`.
public struct ChartInputEntry: Sendable, Equatable {
    /// The key.
    public var key: String
    /// The value.
    public var value: ChartInput

    /// Creates an entry.
    public init(_ key: String, _ value: ChartInput) {
        self.key = key
        self.value = value
    }
}

extension ChartInput {
    /// A short description of the value's kind for error messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "text"
        case .list: return "a list"
        case .map: return "a mapping"
        }
    }

    /// The value as user-visible text for quoting in messages.
    var quotedText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.description
        case .string(let s): return s
        case .list: return "[…]"
        case .map: return "{…}"
        }
    }
}
