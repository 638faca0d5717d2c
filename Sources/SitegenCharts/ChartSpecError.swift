/// One step of a key path into a chart spec: a mapping key or a list index.
public enum ChartKeyPathComponent: Sendable, Equatable, CustomStringConvertible {
    /// A key of a mapping.
    case key(String)
    /// A 0-based index into a list.
    case index(Int)

    /// `key` or `[index]`.
    public var description: String {
        switch self {
        case .key(let key): return key
        case .index(let index): return "[\(index)]"
        }
    }
}

/// A problem with a chart spec or with the data it names.
///
/// The key path points at the offending key or value so Core can map it to a line and
/// column; the message is sentence case, quotes user input in single quotes and has no
/// trailing period.
public struct ChartSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the spec the problem is; empty for the spec as a whole.
    public var keyPath: [ChartKeyPathComponent]
    /// What is wrong, e.g. `Unknown chart type 'pie' for key 'type'; …`.
    public var message: String

    /// Creates an error.
    public init(keyPath: [ChartKeyPathComponent], message: String) {
        self.keyPath = keyPath
        self.message = message
    }

    /// The key path written as `series[1].field`.
    public var dottedPath: String {
        var text = ""
        for component in keyPath {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index: text += component.description
            }
        }
        return text
    }

    /// The message.
    public var description: String { message }
}
