import Foundation
import SitegenData

/// Reading amounts of money: the amount, currency, qualifier and, for investments, the firm
/// part paid at signing.
extension RecordDecoding {
    /// Reads `amount`, `currency` and `qualifier` from one map.
    static func money(_ map: MapDecoder, diagnostics: inout [DataDiagnostic]) -> QualifiedMoney? {
        var amount: Decimal?
        if let value = map.value("amount") {
            if let text = value.scalarText, value.bool == nil {
                do {
                    amount = try AmountText.parse(text)
                } catch {
                    diagnostics.append(
                        map.error(
                            AmountText.message(error, text: text, field: map.fieldName("amount")),
                            at: "amount"))
                }
            } else {
                diagnostics.append(
                    map.error(
                        "Expected an amount for '\(map.fieldName("amount"))', found \(value.typeDescription)",
                        at: "amount"))
            }
        }
        let currency = map.string("currency", diagnostics: &diagnostics)
        if let currency, !isCurrencyCode(currency) {
            diagnostics.append(
                map.error(
                    "Invalid currency '\(currency)' for '\(map.fieldName("currency"))'; use a three-letter ISO 4217 code such as 'USD'",
                    at: "currency"))
            return nil
        }
        let qualifier = map.choice(
            "qualifier", as: Qualifier.self, noun: "qualifier", diagnostics: &diagnostics)
        guard let amount, let currency, let qualifier else { return nil }
        var firm: Decimal?
        if map.value("firm") != nil {
            guard let part = self.firm(map, amount: amount, qualifier: qualifier, &diagnostics)
            else { return nil }
            firm = part
        }
        return QualifiedMoney(
            money: Money(amount: amount, currency: currency), qualifier: qualifier, firm: firm)
    }

    /// Reads `firm`, the part paid or committed at signing: a positive amount no larger than
    /// the whole, which must be exact, about or "up to" (the rest of a floor is unknown).
    private static func firm(
        _ map: MapDecoder, amount: Decimal, qualifier: Qualifier,
        _ diagnostics: inout [DataDiagnostic]
    ) -> Decimal? {
        guard let value = map.value("firm"), let text = value.scalarText, value.bool == nil else {
            diagnostics.append(
                map.error(
                    "Expected an amount for '\(map.fieldName("firm"))', the part paid or committed at signing, such as 5B",
                    at: "firm"))
            return nil
        }
        let part: Decimal
        do {
            part = try AmountText.parse(text)
        } catch {
            diagnostics.append(
                map.error(
                    AmountText.message(error, text: text, field: map.fieldName("firm")), at: "firm")
            )
            return nil
        }
        if qualifier == .atLeast {
            diagnostics.append(
                map.error(
                    "'\(map.fieldName("firm"))' needs the whole amount as 'exact', 'about' or 'up-to'; with 'at-least' the contingent rest has no ceiling",
                    at: "firm"))
            return nil
        }
        if part <= 0 || part > amount {
            diagnostics.append(
                map.error(
                    "Firm part '\(text)' for '\(map.fieldName("firm"))' must be more than zero and no more than the amount; the amount is the whole, contingent parts included",
                    at: "firm"))
            return nil
        }
        return part
    }

    private static func isCurrencyCode(_ text: String) -> Bool {
        text.count == 3 && text.allSatisfy { ("A"..."Z").contains($0) }
    }
}
