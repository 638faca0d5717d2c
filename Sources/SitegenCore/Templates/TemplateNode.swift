/// A place in a template file: its name (file stem), 1-based line and 1-based byte column.
struct TemplatePosition: Sendable, Hashable {
    var template: String
    var line: Int
    var column: Int
}

/// One piece of a parsed Mustache template, before names are resolved.
indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as is).
    case variable(String, escaped: Bool, at: TemplatePosition)
    /// `{{#name}}...{{/name}}` or, inverted, `{{^name}}...{{/name}}`.
    case section(String, inverted: Bool, [TemplateNode], at: TemplatePosition)
    /// `{{> name}}`; a standalone tag indents every line of the partial by `indentation`.
    case partial(String, indentation: String, at: TemplatePosition)
    /// `{{< name}}...{{/name}}`: renders `name` with its blocks replaced by `blocks`.
    case parent(String, blocks: [String: [TemplateNode]], at: TemplatePosition)
    /// `{{$name}}default{{/name}}` outside a parent tag: a block a child may replace.
    case block(String, defaultNodes: [TemplateNode], at: TemplatePosition)
    /// `{{$name}}...{{/name}}` directly inside a parent tag: a block's replacement.
    case blockDefinition(String, [TemplateNode], at: TemplatePosition)
}

/// A template that cannot be parsed or compiled, at its place.
struct TemplateProblem: Error, Sendable, Hashable {
    var position: TemplatePosition
    var message: String
}
