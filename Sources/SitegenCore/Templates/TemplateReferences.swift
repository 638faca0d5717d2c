/// What a Mustache template refers to and how deeply its sections nest, found by scanning its
/// tags, so that a theme that could not render (a missing partial, a template that includes
/// itself, sections nested too deeply for the parser) is an error before any page is built.
struct TemplateReferences {
    /// A `{{> partial}}` or `{{< parent}}` tag.
    struct Reference {
        var name: String
        var line: Int
        var column: Int
    }

    /// Sections deeper than this are refused; real themes nest a handful.
    static let maximumDepth = 100

    private(set) var references: [Reference] = []
    /// The first place sections nest deeper than ``maximumDepth``.
    private(set) var tooDeep: (line: Int, column: Int)?

    /// Scans the tags of `text` (default `{{ }}` delimiters).
    init(scanning text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var lineStart = 0
        var depth = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let sigil = bytes[index + 2]
            let column = index - lineStart + 1
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"):
                depth += 1
            case UInt8(ascii: "<"):
                depth += 1
                references.append(
                    Reference(name: Self.name(bytes, from: index + 3), line: line, column: column))
            case UInt8(ascii: ">"):
                references.append(
                    Reference(name: Self.name(bytes, from: index + 3), line: line, column: column))
            case UInt8(ascii: "/"):
                depth -= 1
            default:
                break
            }
            if depth > Self.maximumDepth, tooDeep == nil { tooDeep = (line, column) }
            index += 2
        }
    }

    /// The tag name from `start` to the closing `}}`, trimmed.
    private static func name(_ bytes: [UInt8], from start: Int) -> String {
        var end = start
        while end + 1 < bytes.count,
            !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}"))
        {
            end += 1
        }
        return String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
            .trimmingCharacters(in: .whitespaces)
    }

    /// The first cycle among templates' references, as the names along it, or nil.
    static func cycle(in graph: [String: [String]]) -> [String]? {
        var state: [String: Bool] = [:]  // false: on the current path; true: done
        var path: [String] = []
        func visit(_ name: String) -> [String]? {
            if state[name] == true { return nil }
            if state[name] == false {
                let start = path.firstIndex(of: name) ?? 0
                return Array(path[start...]) + [name]
            }
            state[name] = false
            path.append(name)
            for next in graph[name] ?? [] {
                if let found = visit(next) { return found }
            }
            path.removeLast()
            state[name] = true
            return nil
        }
        for name in graph.keys.sorted() {
            if let found = visit(name) { return found }
        }
        return nil
    }
}
