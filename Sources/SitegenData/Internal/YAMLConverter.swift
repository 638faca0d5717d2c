import SitegenSupport
internal import Yams

/// Converts a Yams node tree into `DataValue`, resolving plain scalars by the YAML 1.2 core
/// schema, applying merge keys and bounding alias expansion.
struct YAMLConverter {
    let lines: LineIndex
    let path: String
    let lineOffset: Int
    private var valueCount = 0

    init(lines: LineIndex, path: String, lineOffset: Int) {
        self.lines = lines
        self.path = path
        self.lineOffset = lineOffset
    }

    mutating func convert(_ node: Node) throws(DataDiagnostic) -> DataValue {
        valueCount += 1
        if valueCount > YAMLLoader.maximumValueCount {
            throw DataDiagnostic(
                path: path, position: SourcePosition.start.addingLines(lineOffset),
                message:
                    "The document expands to more than \(YAMLLoader.maximumValueCount) values through aliases"
            )
        }
        let position = position(node.mark)
        switch node {
        case .scalar(let scalar):
            return DataValue(try scalarKind(scalar, at: position), at: position)
        case .sequence(let sequence):
            var items: [DataValue] = []
            for item in sequence { items.append(try convert(item)) }
            return DataValue(.list(items), at: position)
        case .mapping(let mapping):
            return DataValue(.map(try entries(of: mapping)), at: position)
        case .alias:
            throw error("Unsupported YAML alias", at: position)
        }
    }

    private func position(_ mark: Mark?) -> SourcePosition {
        guard let mark else { return SourcePosition.start.addingLines(lineOffset) }
        return lines.position(line: mark.line, scalarColumn: mark.column).addingLines(lineOffset)
    }

    private func error(_ message: String, at position: SourcePosition) -> DataDiagnostic {
        DataDiagnostic(path: path, position: position, message: message)
    }

    private mutating func entries(of mapping: Node.Mapping) throws(DataDiagnostic)
        -> [DataValue.Entry]
    {
        var explicitKeys = Set<String>()
        for (key, _) in mapping where !isMergeKey(key) {
            if let text = key.scalar?.string { explicitKeys.insert(text) }
        }
        var result: [DataValue.Entry] = []
        var merged = Set<String>()
        for (key, value) in mapping {
            let keyPosition = position(key.mark)
            if isMergeKey(key) {
                for entry in try mergedEntries(value) {
                    guard !explicitKeys.contains(entry.key), !merged.contains(entry.key) else {
                        continue
                    }
                    merged.insert(entry.key)
                    result.append(entry)
                }
                continue
            }
            guard let scalar = key.scalar else {
                let found = key.mapping != nil ? "a map" : "a list"
                throw error("Expected a plain key, found \(found)", at: keyPosition)
            }
            result.append(
                DataValue.Entry(
                    key: scalar.string, keyPosition: keyPosition, value: try convert(value)))
        }
        return result
    }

    private mutating func mergedEntries(_ value: Node) throws(DataDiagnostic) -> [DataValue.Entry] {
        switch value {
        case .mapping(let mapping):
            return try entries(of: mapping)
        case .sequence(let sequence):
            var all: [DataValue.Entry] = []
            for item in sequence {
                guard case .mapping(let mapping) = item else {
                    throw error("Expected maps to merge with '<<'", at: position(item.mark))
                }
                all.append(contentsOf: try entries(of: mapping))
            }
            return all
        default:
            throw error(
                "Expected a map or a list of maps to merge with '<<'", at: position(value.mark))
        }
    }

    private func isMergeKey(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.string == "<<" && scalar.style == .plain && !hasExplicitTag(scalar.mark)
    }

    /// Whether the node written at `mark` carries a tag (`!!str 7`, `&a !custom x`).
    ///
    /// Yams reports the resolved tag even for untagged scalars, so the source text decides.
    private func hasExplicitTag(_ mark: Mark?) -> Bool {
        guard let mark else { return false }
        let position = lines.position(line: mark.line, scalarColumn: mark.column)
        guard position.line <= lines.lineStarts.count else { return false }
        var offset = lines.lineStarts[position.line - 1] + position.column - 1
        let bytes = lines.bytes
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "&") {
            while offset < bytes.count, bytes[offset] != UInt8(ascii: " "),
                bytes[offset] != UInt8(ascii: "\t"), bytes[offset] != 0x0A, bytes[offset] != 0x0D
            {
                offset += 1
            }
            while offset < bytes.count,
                bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t")
            {
                offset += 1
            }
        }
        return offset < bytes.count && bytes[offset] == UInt8(ascii: "!")
    }

    private func scalarKind(_ scalar: Node.Scalar, at position: SourcePosition)
        throws(DataDiagnostic) -> DataValue.Kind
    {
        let tag = scalar.tag.rawValue
        let text = scalar.string
        guard hasExplicitTag(scalar.mark) else {
            return scalar.style == .plain || scalar.style == .any
                ? try plainKind(text, at: position) : .string(text)
        }
        switch tag {
        case "", "!", Tag.Name.str.rawValue, Tag.Name.timestamp.rawValue:
            return .string(text)
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
            guard case .number(let value, let text) = try plainKind(text, at: position) else {
                throw error("Invalid number '\(text)'", at: position)
            }
            return .number(value, text: text)
        case Tag.Name.bool.rawValue:
            guard case .bool(let value) = try plainKind(text, at: position) else {
                throw error("Invalid boolean '\(text)'; use true or false", at: position)
            }
            return .bool(value)
        case Tag.Name.null.rawValue:
            return .null
        default:
            throw error("Unsupported YAML tag '\(tag)'", at: position)
        }
    }

    private func plainKind(_ text: String, at position: SourcePosition) throws(DataDiagnostic)
        -> DataValue.Kind
    {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        switch DecimalText.parse(Substring(text)) {
        case .value(let value): return .number(value, text: text)
        case .outOfRange: throw error("Number '\(text)' is out of range", at: position)
        case .invalid: return .string(text)
        }
    }
}
