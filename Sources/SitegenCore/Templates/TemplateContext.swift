/// A typed value that a theme's templates render: one struct per page kind (and one per
/// repeated item, such as a card or a tag link), declaring the names its templates may use.
///
/// The names are known before any page renders, so a template that uses a name its page kind
/// does not offer is an error when the theme loads, and rendering looks values up by position
/// instead of by string.
protocol TemplateContext: Sendable {
    /// The names this context offers to templates, in a fixed order.
    static var fields: [TemplateField<Self>] { get }
}

/// One name a context offers to templates, and how to read its value.
struct TemplateField<Context: TemplateContext>: Sendable {
    let name: String
    /// The names of the values inside, for a record or a list of records.
    let scope: @Sendable () -> TemplateScope?
    let read: @Sendable (Context) -> TemplateValue

    /// A text shown escaped with `{{name}}` or as HTML with `{{{name}}}`; a section is shown
    /// when the text is not empty.
    static func text(_ name: String, _ read: @escaping @Sendable (Context) -> String) -> Self {
        Self(name: name, scope: { nil }, read: { .text(read($0)) })
    }

    /// A text that may be missing; a section is shown when it is present and not empty.
    static func text(_ name: String, _ read: @escaping @Sendable (Context) -> String?) -> Self {
        Self(name: name, scope: { nil }, read: { read($0).map(TemplateValue.text) ?? .absent })
    }

    /// A number, shown in decimal digits.
    static func number(_ name: String, _ read: @escaping @Sendable (Context) -> Int) -> Self {
        Self(name: name, scope: { nil }, read: { .text(String(read($0))) })
    }

    /// A switch for sections and inverted sections.
    static func flag(_ name: String, _ read: @escaping @Sendable (Context) -> Bool) -> Self {
        Self(name: name, scope: { nil }, read: { .flag(read($0)) })
    }

    /// A list of records: a section repeats once per item, with the item's names in scope.
    static func list<Item: TemplateContext>(
        _ name: String, _ read: @escaping @Sendable (Context) -> [Item]
    ) -> Self {
        Self(
            name: name, scope: { TemplateScope(Item.self) },
            read: { .records(read($0).map(TemplateRecord.init)) })
    }

    /// A record that may be missing: a section is shown once, with its names in scope.
    static func record<Item: TemplateContext>(
        _ name: String, _ read: @escaping @Sendable (Context) -> Item?
    ) -> Self {
        Self(
            name: name, scope: { TemplateScope(Item.self) },
            read: { read($0).map { .records([TemplateRecord($0)]) } ?? .absent })
    }
}

/// A value read from a context while a page renders.
enum TemplateValue: Sendable {
    case text(String)
    case flag(Bool)
    /// A list, or a single present record as a list of one.
    case records([TemplateRecord])
    case absent

    /// Whether a section over this value is shown (an inverted section is shown otherwise).
    var isShown: Bool {
        switch self {
        case .text(let text): return !text.isEmpty
        case .flag(let flag): return flag
        case .records(let records): return !records.isEmpty
        case .absent: return false
        }
    }
}

/// A context's values, read once, in the order of its type's ``TemplateContext/fields``.
struct TemplateRecord: Sendable {
    let values: [TemplateValue]

    /// Reads every field of `context`.
    init<Context: TemplateContext>(_ context: Context) {
        values = Context.fields.map { $0.read(context) }
    }
}

/// The names a context type offers, for resolving a template's names when it compiles.
struct TemplateScope: Sendable {
    /// The context type's name, for messages.
    let typeName: String
    let names: [String]
    let nested: [TemplateScope?]

    /// The scope of `type`.
    init<Context: TemplateContext>(_ type: Context.Type) {
        typeName = String(describing: type)
        names = Context.fields.map(\.name)
        nested = Context.fields.map { $0.scope() }
    }

    /// The position of `name`, if this scope offers it.
    func index(of name: String) -> Int? {
        names.firstIndex(of: name)
    }
}
