/// The error `body` throws, with its typed-throws type, or `nil` when it returns.
public func thrownError<Failure: Error, Value>(_ body: () throws(Failure) -> Value) -> Failure? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
