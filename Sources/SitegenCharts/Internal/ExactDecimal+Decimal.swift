import Foundation
import SitegenSupport

extension ExactDecimal {
    /// Creates a number from a finite `Decimal`; returns nil for NaN.
    init?(_ value: Decimal) {
        if value.isNaN { return nil }
        // Decimal's description is locale-free: an optional '-', digits, optional '.digits'.
        self.init(parsing: value.description)
    }
}
