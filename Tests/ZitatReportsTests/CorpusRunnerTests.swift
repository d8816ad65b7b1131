import Foundation
import Testing
@testable import Zitat

@Suite struct CorpusRunnerTests {
    @Test(arguments: [1, 2, 8])
    func resultsComeInInputOrder(width: Int) async throws {
        var delivered: [Int] = []
        let runner = CorpusRunner(width: width, window: width * 2)
        try await runner.run((0..<200).makeIterator()) { value in
            usleep(useconds_t((value * 7919) % 13) * 100)
            return value * 2
        } deliver: { index, output in
            #expect(output == index * 2)
            delivered.append(index)
        }
        #expect(delivered == Array(0..<200))
    }

    @Test func widthBoundsWhatRunsAtOnce() async throws {
        let counter = InFlight()
        let runner = CorpusRunner(width: 4, window: 6)
        try await runner.run((0..<100).makeIterator()) { value in
            counter.enter()
            usleep(200)
            counter.leave()
            return value
        } deliver: { _, _ in }
        #expect(counter.peak <= 4)
        #expect(counter.peak >= 1)
    }

    /// The window bounds how far the runner pulls ahead of delivery. Each window's first item is held
    /// until the rest of its window has finished, so the runner must buffer finished items behind it.
    /// It must then fill the window exactly, pull nothing beyond it, and still deliver in input order.
    /// Nothing is timed: the hold ends on a count (its deadline only turns a deadlock into a failure).
    /// A held item blocks a thread of the cooperative pool, so the cases run one at a time.
    @Test(
        .enabled(if: ProcessInfo.processInfo.activeProcessorCount >= 2, "a held item needs a second thread to free it"),
        .serialized,
        arguments: [(2, 2), (2, 5), (3, 3), (4, 6), (4, 16)])
    func windowBoundsWhatIsPulledAheadOfDelivery(width: Int, window: Int) async throws {
        let count = 50
        let probe = WindowProbe()
        let running = InFlight()
        var delivered: [Int] = []
        try await CorpusRunner(width: width, window: window).run(PullCounter(base: (0..<count).makeIterator(), probe: probe)) { value in
            running.enter()
            defer { running.leave() }
            let block = value / window
            if value % window == 0 {
                let rest = min(window - 1, count - 1 - value)
                if !probe.wait(untilFinished: rest, inBlock: block) {
                    Issue.record("item \(value) waited in vain for \(rest) items after it: the runner stopped pulling too early")
                }
            } else {
                probe.finish(inBlock: block)
            }
            return value * 2
        } deliver: { index, output in
            #expect(output == index * 2)
            delivered.append(index)
            probe.deliver()
        }
        #expect(delivered == Array(0..<count))
        #expect(probe.peakAhead <= window, "pulled \(probe.peakAhead) items ahead of delivery, window \(window)")
        #expect(probe.peakAhead == window, "the held items should fill the window")
        #expect(running.peak <= width)
    }

    /// A directory with good articles, one with invalid UTF-8 and an empty one, plus a JSONL corpus
    /// with a bad line: the bad inputs are reported with file and line, the good ones read in order.
    @Test func badInputsAreReportedAndSkipped() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zitat-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("Der Kreml teilte mit, alles sei gut.".utf8).write(to: directory.appendingPathComponent("a.txt"))
        try Data([0x44, 0x65, 0xFF, 0x72]).write(to: directory.appendingPathComponent("b.txt"))
        try Data("  \n".utf8).write(to: directory.appendingPathComponent("c.txt"))
        try Data("Die NATO erklärte, es gebe Sorgen.".utf8).write(to: directory.appendingPathComponent("d.txt"))
        let jsonl = directory.appendingPathComponent("corpus.jsonl")
        let lines = [
            #"{"id": "eins", "text": "Putin sagte, er sei bereit.", "date": "2021-04-13"}"#,
            #"{"id": "zwei", "text": "#,
            "",
            #"{"id": "drei", "text": ""}"#,
            #"["kein", "Objekt"]"#,
            #"{"id": 4, "text": "Biden sagte, er sei besorgt.", "outlet": "Testblatt"}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: jsonl)

        var reader = CorpusReader(paths: [directory.path, jsonl.path, directory.appendingPathComponent("fehlt.txt").path])
        var items: [CorpusItem] = []
        while let item = reader.next() { items.append(item) }
        var outcomes: [Result<Document, CorpusFailure>] = []
        try await CorpusRunner(width: 3).run(items.makeIterator()) { $0.load() } deliver: { _, result in outcomes.append(result) }

        let names = outcomes.map { result -> String in
            switch result {
            case let .success(document): "ok:\(document.info.id)"
            case let .failure(failure): "fail:\((failure.input as NSString).lastPathComponent)"
            }
        }
        #expect(names == [
            "ok:a", "fail:b.txt", "fail:c.txt", "ok:d", "ok:eins", "fail:corpus.jsonl:2", "fail:corpus.jsonl:4",
            "fail:corpus.jsonl:5", "ok:4", "fail:fehlt.txt",
        ])
        let messages = outcomes.compactMap { result -> String? in
            if case let .failure(failure) = result { return failure.errorDescription } else { return nil }
        }
        #expect(messages[0].contains("invalid UTF-8"))
        #expect(messages[1].contains("empty"))
        #expect(messages[2].hasSuffix("corpus.jsonl:2: not a JSON object: {\"id\": \"zwei\", \"text\": "))
        #expect(messages[3].contains("empty text"))
        #expect(messages.last?.contains("no such file") == true)
        let document = try #require(try? outcomes[4].get(), "the first JSONL line is an article")
        #expect(document.info.date == "2021-04-13")
        #expect(document.info.path?.hasSuffix("corpus.jsonl:1") == true)
        #expect(CorpusReader.count(paths: [jsonl.path]) == 5)
    }

    /// `--input-format auto` reads a prose file once: the bytes it read to recognise the format
    /// become the article, as `Document.load` would read it (no second read by the worker).
    @Test func autoFormatReadsProseOnce() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zitat-once-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("\u{FEFF}\nDie Sprecherin sagte, alles sei ruhig.\n".utf8).write(to: url)
        var reader = CorpusReader(paths: [url.path])
        let first = reader.next(), second = reader.next()
        let item = try #require(first)
        guard case let .text(bytes, id, path) = item else {
            Issue.record("expected the bytes already read, got \(item)")
            return
        }
        #expect(bytes.count == 43 && path == url.path && id == url.deletingPathExtension().lastPathComponent)
        #expect(second == nil)
        let loaded = try item.load().get(), expected = try Document.load(path: url.path)
        #expect(loaded.text == expected.text && loaded.info == expected.info)
    }

    /// JSONSerialization dropped a U+FEFF at the start of a string, shifting every offset by one.
    @Test func jsonLineKeepsAByteOrderMarkInItsTextAndPassesMetadataThrough() throws {
        let line = Data(("\u{FEFF}{\"id\": 7, \"text\": \"\u{FEFF}Er sagte, es sei gut.\", \"title\": \"T\", \"tags\": [\"a\"]}").utf8)
        let document = try CorpusItem.decodeLine(line, path: "c.jsonl", line: 3).get()
        #expect(document.text.unicodeScalars.first == "\u{FEFF}")
        #expect(document.scalars.count == 22)
        #expect(document.info.id == "7")
        #expect(document.info.title == "T")
        #expect(document.metadata == ["tags": .array([.string("a")])])
        let failure = try #require(CorpusItem.decodeLine(Data(#"{"id": "q", "text": 1}"#.utf8), path: "-", line: 2).failure)
        #expect(failure.line == 2 && failure.id == "q" && failure.input == "-:2")
    }

    @Test func lineReaderHandlesLinesAcrossChunksAndNoFinalNewline() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zitat-lines-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        let long = String(repeating: "ä", count: LineReader.chunkSize)
        try Data("eins\n\(long)\r\ndrei".utf8).write(to: url)
        var reader = try #require(LineReader(path: url.path))
        var lines: [(Int, Data)] = []
        while let line = reader.next() { lines.append(line) }
        #expect(lines.map(\.0) == [1, 2, 3])
        #expect(lines[1].1.count == long.utf8.count + 1)
        #expect(String(decoding: lines[2].1, as: UTF8.self) == "drei")
    }
}

/// Counts how many work items run at once.
final class InFlight: @unchecked Sendable {
    let lock = NSLock()
    var current = 0
    var peak = 0

    func enter() {
        lock.lock(); current += 1; peak = max(peak, current); lock.unlock()
    }

    func leave() {
        lock.lock(); current -= 1; lock.unlock()
    }
}

/// How far the runner pulls items ahead of delivering them (both happen on the runner's own task),
/// and how many items of each block of `window` items have finished.
final class WindowProbe: @unchecked Sendable {
    let condition = NSCondition()
    private(set) var peakAhead = 0
    private var pulled = 0
    private var delivered = 0
    private var finished: [Int: Int] = [:]
    /// Set after a wait timed out: later waits return at once, so a broken runner fails fast.
    private var gaveUp = false

    func pull() {
        condition.lock(); pulled += 1; peakAhead = max(peakAhead, pulled - delivered); condition.unlock()
    }

    func deliver() {
        condition.lock(); delivered += 1; condition.unlock()
    }

    func finish(inBlock block: Int) {
        condition.lock(); finished[block, default: 0] += 1; condition.broadcast(); condition.unlock()
    }

    /// Blocks until `count` items of `block` have finished; false after 30 seconds, which means a
    /// deadlock, and from then on at once.
    func wait(untilFinished count: Int, inBlock block: Int) -> Bool {
        // Generous: the end-to-end CLI tests in the same test process block cooperative threads
        // while their tool runs, so on two cores the second thread may be busy for a while.
        let deadline = Date().addingTimeInterval(600)
        condition.lock()
        defer { condition.unlock() }
        while finished[block, default: 0] < count {
            if gaveUp || !condition.wait(until: deadline) {
                gaveUp = true
                return false
            }
        }
        return true
    }
}

/// Hands out the items of `base`, counting each pull in `probe`.
struct PullCounter: IteratorProtocol {
    var base: Range<Int>.Iterator
    let probe: WindowProbe

    mutating func next() -> Int? {
        guard let value = base.next() else { return nil }
        probe.pull()
        return value
    }
}

extension Result {
    /// The error of a failed result.
    var failure: Failure? {
        if case let .failure(error) = self { return error }
        return nil
    }
}
