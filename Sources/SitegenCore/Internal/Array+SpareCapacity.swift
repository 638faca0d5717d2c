extension Array {
    /// A copy of the array with no room to grow, for an array kept long after it was built
    /// (`Array(self[...])` would share the buffer, and its spare room with it).
    func withoutSpareCapacity() -> [Element] {
        withUnsafeBufferPointer { source in
            [Element](unsafeUninitializedCapacity: source.count) { copy, count in
                _ = copy.initialize(from: source)
                count = source.count
            }
        }
    }
}
