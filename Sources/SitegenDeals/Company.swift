import SitegenData
public import SitegenSupport

/// A company that takes part in deals (a row of the `companies` dataset).
public struct Company: Sendable, Hashable {
    /// What a company mainly is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Sells compute: Amazon, Microsoft, Google, Oracle.
        case cloudProvider = "cloud-provider"
        /// Trains models: Anthropic, OpenAI.
        case modelLab = "model-lab"
        /// Makes chips: Nvidia.
        case chipmaker
        /// Invests money.
        case investor
    }

    /// The unique id: lowercase letters, digits and '-'.
    public var id: String
    /// The display name.
    public var name: String
    /// What the company mainly is.
    public var kind: Kind
    /// The file it is defined in.
    public var path: String
    /// Where its record starts.
    public var position: SourcePosition

    /// Creates a company.
    public init(id: String, name: String, kind: Kind, path: String, position: SourcePosition) {
        self.id = id
        self.name = name
        self.kind = kind
        self.path = path
        self.position = position
    }
}
