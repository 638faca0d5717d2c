import SitegenMarkdown

/// sitegen's version, and the versions of what it runs with.
public enum SitegenVersion {
    /// sitegen's own version, `major.minor.patch`: the one `make dist` names its archive by.
    public static let number = "0.2.0"

    /// The version of libcmark sitegen was linked with, such as `0.30.2`.
    public static var libcmark: String { MarkdownRenderer.libcmarkVersion }

    /// `sitegen 0.2.0 (libcmark 0.30.2)`, as `sitegen --version` prints it.
    public static var description: String { "sitegen \(number) (libcmark \(libcmark))" }
}
