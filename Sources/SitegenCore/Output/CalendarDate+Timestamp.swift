import SitegenData

extension CalendarDate {
    /// An RFC 3339 timestamp at the start of the period, in UTC, for Atom feeds.
    var timestamp: String {
        func pad(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month ?? 1, 2))-\(pad(day ?? 1, 2))T00:00:00Z"
    }
}
