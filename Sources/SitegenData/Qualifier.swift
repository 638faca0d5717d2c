/// How a reported amount relates to the true amount.
public enum Qualifier: String, Sendable, Hashable, CaseIterable {
    /// The stated amount.
    case exact
    /// An approximate amount.
    case about
    /// A ceiling, contingent tranches included.
    case upTo = "up-to"
    /// A floor ("more than").
    case atLeast = "at-least"
}
