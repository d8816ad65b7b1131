public import Foundation

/// Runs work over many inputs in parallel on all cores and hands results back in input order.
///
/// At most `window` inputs are in flight or waiting for an earlier one, so memory stays flat
/// however long the input is; the same input always yields the same order of results.
public struct CorpusRunner: Sendable {
    /// Inputs worked on at once (defaults to the number of active cores).
    public var width: Int
    /// Inputs in flight or finished but not yet delivered; at least `width`.
    public var window: Int

    public init(width: Int = ProcessInfo.processInfo.activeProcessorCount, window: Int? = nil) {
        self.width = max(1, width)
        self.window = max(self.width, window ?? self.width * 4)
    }

    /// Pulls items from `items` as room frees up, runs `work` on each in a child task, and calls
    /// `deliver` with each result strictly in input order (index 0, 1, 2 …) on the calling task.
    public func run<Items: IteratorProtocol, Output: Sendable>(
        _ items: Items,
        work: @escaping @Sendable (Items.Element) -> Output,
        deliver: (_ index: Int, _ output: Output) throws -> Void
    ) async throws where Items.Element: Sendable {
        var iterator = items
        let width = self.width
        let window = self.window
        try await withThrowingTaskGroup(of: (Int, Output).self) { group in
            var submitted = 0
            var delivered = 0
            var running = 0
            var exhausted = false
            var finished: [Int: Output] = [:]
            while true {
                // Keep `width` tasks busy, but never run ahead of delivery by more than `window`.
                while !exhausted && running < width && submitted < delivered + window {
                    guard let item = iterator.next() else {
                        exhausted = true
                        break
                    }
                    let index = submitted
                    group.addTask { (index, work(item)) }
                    submitted += 1
                    running += 1
                }
                guard let (index, output) = try await group.next() else { break }
                running -= 1
                finished[index] = output
                while let ready = finished.removeValue(forKey: delivered) {
                    try deliver(delivered, ready)
                    delivered += 1
                }
            }
        }
    }
}
