import Foundation

/// Parses Mustache text into ``TemplateNode``s, with the spec's standalone-line rules: a line
/// holding only a section, inverted section, closing, comment, partial, parent or block tag is
/// dropped from the output with its line break.
///
/// It follows swift-mustache's parser in every whitespace decision, so a theme renders the
/// same bytes it did when swift-mustache rendered it. Lambdas, transforms and set-delimiter
/// tags are refused: sitegen's contexts have none of them.
struct TemplateParser {
    private let bytes: [UInt8]
    private let name: String
    private var index = 0
    /// Byte offsets at which each line starts, for positions.
    private let lineStarts: [Int]

    private struct State {
        var newLine = true
        var sectionName: String?
        var inPartialDefinition = false
        var partialDefinitionTopLevel = false
        var partialDefinitionIndent: [UInt8]?

        func section(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.partialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inheriting(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.inPartialDefinition = true
            state.partialDefinitionTopLevel = true
            return state
        }
    }

    /// Parses `text`, the template named `name`.
    static func parse(_ text: String, name: String) throws(TemplateProblem) -> [TemplateNode] {
        var parser = TemplateParser(text: text, name: name)
        return try parser.parse(State())
    }

    private init(text: String, name: String) {
        bytes = Array(text.utf8)
        self.name = name
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    private var atEnd: Bool { index >= bytes.count }
    private var current: UInt8 { index < bytes.count ? bytes[index] : 0 }

    private func position(at offset: Int) -> TemplatePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return TemplatePosition(template: name, line: low + 1, column: offset - lineStarts[low] + 1)
    }

    private func problem(_ message: String, at offset: Int) -> TemplateProblem {
        TemplateProblem(position: position(at: offset), message: message)
    }

    private mutating func parse(_ initial: State) throws(TemplateProblem) -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var state = initial
        var whitespace: [UInt8] = []
        func flushWhitespace() {
            if !whitespace.isEmpty { nodes.append(.text(Self.string(whitespace))) }
            whitespace = []
        }
        while !atEnd {
            if state.newLine {
                let read = readBlanks()
                if state.inPartialDefinition, !state.partialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whitespace = Array(read.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = read
                    }
                } else {
                    whitespace = read
                }
            }
            let text = readUntilTagOrNewline()
            if current == 0x0A, !atEnd {
                nodes.append(.text(Self.string(whitespace + text + [0x0A])))
                state.newLine = true
                index += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Self.string(whitespace + text)))
                whitespace = []
                state.newLine = false
            }
            if atEnd { break }
            let tagStart = index - 2
            let at = position(at: tagStart)
            var setNewLine = false
            switch current {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = current == UInt8(ascii: "^")
                index += 1
                let name = try readName(tagStart)
                if isStandalone(state) { setNewLine = true } else { flushWhitespace() }
                let body = try parse(state.section(name, newLine: setNewLine))
                nodes.append(.section(name, inverted: inverted, body, at: at))
            case UInt8(ascii: "/"):
                index += 1
                let nameStart = index
                let name = try readName(tagStart)
                guard name == state.sectionName else {
                    let expected = state.sectionName.map { "'\($0)'" } ?? "nothing"
                    throw problem(
                        "Invalid template: '{{/\(name)}}' closes \(expected); close sections in the order they open",
                        at: nameStart)
                }
                if !isStandalone(state) { flushWhitespace() }
                return nodes
            case UInt8(ascii: "!"):
                index += 1
                _ = try readName(tagStart, trimming: false)
                setNewLine = isStandalone(state)
            case UInt8(ascii: "{"):
                flushWhitespace()
                index += 1
                let name = try readName(tagStart)
                guard current == UInt8(ascii: "}") else {
                    throw problem("Invalid template: a tag is not closed with '}}}'", at: tagStart)
                }
                index += 1
                nodes.append(.variable(name, escaped: false, at: at))
            case UInt8(ascii: "&"):
                flushWhitespace()
                index += 1
                nodes.append(.variable(try readName(tagStart), escaped: false, at: at))
            case UInt8(ascii: ">"):
                index += 1
                let name = try readName(tagStart)
                let indentation = whitespace
                flushWhitespace()
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name, indentation: Self.string(indentation), at: at))
                } else {
                    nodes.append(.partial(name, indentation: "", at: at))
                }
            case UInt8(ascii: "<"):
                index += 1
                let name = try readName(tagStart)
                flushWhitespace()
                if isStandalone(state) { setNewLine = true }
                var blocks: [String: [TemplateNode]] = [:]
                for node in try parse(state.inheriting(name)) {
                    switch node {
                    case .blockDefinition(let block, let body, _): blocks[block] = body
                    case .text: break
                    default:
                        throw problem(
                            "Invalid template: only blocks may appear inside an inheritance section",
                            at: tagStart)
                    }
                }
                nodes.append(.parent(name, blocks: blocks, at: at))
            case UInt8(ascii: "$"):
                index += 1
                let name = try readName(tagStart)
                if state.partialDefinitionTopLevel {
                    setNewLine = isStandalone(state)
                    let body = try parse(state.section(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(name, body, at: at))
                } else {
                    flushWhitespace()
                    setNewLine = isStandalone(state)
                    let body = try parse(state.section(name, newLine: setNewLine))
                    nodes.append(.block(name, defaultNodes: body, at: at))
                }
            case UInt8(ascii: "="):
                throw problem(
                    "Invalid template: changing delimiters is not supported; use '{{' and '}}'",
                    at: tagStart)
            default:
                flushWhitespace()
                nodes.append(.variable(try readName(tagStart), escaped: true, at: at))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw problem(
                "Invalid template: '\(open)' is never closed; add '{{/\(open)}}'", at: bytes.count)
        }
        return nodes
    }

    private static func string(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private mutating func readBlanks() -> [UInt8] {
        let start = index
        while !atEnd, current == 0x20 || current == 0x09 { index += 1 }
        return Array(bytes[start..<index])
    }

    /// Reads text up to a line feed (left unread) or past an opening `{{`.
    private mutating func readUntilTagOrNewline() -> [UInt8] {
        let start = index
        while !atEnd {
            if bytes[index] == 0x0A { return Array(bytes[start..<index]) }
            if bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "{")
            {
                index += 2
                return Array(bytes[start..<(index - 2)])
            }
            index += 1
        }
        return Array(bytes[start..<index])
    }

    /// Reads a tag's name up to and past its closing `}}`.
    private mutating func readName(_ tagStart: Int, trimming: Bool = true) throws(TemplateProblem)
        -> String
    {
        let start = index
        while index + 1 < bytes.count,
            !(bytes[index] == UInt8(ascii: "}") && bytes[index + 1] == UInt8(ascii: "}"))
        {
            index += 1
        }
        guard index + 1 < bytes.count else {
            throw problem("Invalid template: a tag is not closed with '}}'", at: tagStart)
        }
        let raw = Self.string(Array(bytes[start..<index]))
        index += 2
        guard trimming else { return raw }
        let name = raw.trimmingCharacters(in: .whitespaces)
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
        }
        guard !name.isEmpty, allowed else {
            throw problem(
                "Invalid template: '\(name)' is not a name sitegen's templates can use; use letters, digits, '_' and '-'",
                at: tagStart)
        }
        return name
    }

    /// Whether the tag just read stands alone on its line; if so, skips the rest of the line.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var probe = index
        while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
        if probe < bytes.count, bytes[probe] == 0x0D { probe += 1 }
        if probe < bytes.count, bytes[probe] == 0x0A {
            index = probe + 1
            return true
        }
        return false
    }
}
