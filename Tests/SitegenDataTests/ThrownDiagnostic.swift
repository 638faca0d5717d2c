import SitegenData
import SitegenTestSupport

/// The diagnostic thrown by `body`, or `nil` when it succeeds.
func thrownDiagnostic<T>(_ body: () throws(DataDiagnostic) -> T) -> DataDiagnostic? {
    thrownError(body)
}
