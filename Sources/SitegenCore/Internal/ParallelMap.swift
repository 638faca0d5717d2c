import Foundation

/// Order-preserving parallel map over all cores, for pure per-item work.
///
/// Items are split into a few contiguous slices per core; each slice is transformed by one
/// child task and the results are put back in input order, so output never depends on
/// scheduling.
enum ParallelMap {
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        let slices = max(1, min(items.count, ProcessInfo.processInfo.activeProcessorCount * 4))
        guard items.count > 1 else { return items.map(transform) }
        let size = (items.count + slices - 1) / slices
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for start in stride(from: 0, to: items.count, by: size) {
                let slice = Array(items[start..<min(start + size, items.count)])
                group.addTask { (start, slice.map(transform)) }
            }
            var parts: [(Int, [Result])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
