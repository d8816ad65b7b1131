import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or standard input line by line in fixed-size chunks; lines are numbered from 1,
/// without the newline. A read error ends the lines and is kept in `error`.
struct LineReader {
    let descriptor: Int32
    let ownsDescriptor: Bool
    var buffer = Data()
    var start = 0
    var number = 0
    var atEnd = false
    var error: String?
    /// While true, lines read stay in `buffer`, so `consumedAndRest()` can give back everything.
    var keepsConsumed = false
    var closed = false
    /// The most bytes one read takes.
    static let chunkSize = 1 << 20
    /// This input's read size: a regular file smaller than `chunkSize` is read in one read of its size
    /// (and one that finds the end), not into a buffer of a mebibyte.
    let chunk: Int

    init(descriptor: Int32, owns: Bool) {
        self.descriptor = descriptor
        ownsDescriptor = owns
        var info = stat()
        let isFile = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        chunk = isFile ? min(LineReader.chunkSize, max(4096, Int(info.st_size) + 1)) : LineReader.chunkSize
    }

    init?(path: String) {
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { return nil }
        self.init(descriptor: opened, owns: true)
    }

    init?(_ source: InputSource) {
        switch source {
        case let .file(path): self.init(path: path)
        case .standardInput: self.init(descriptor: STDIN_FILENO, owns: false)
        }
    }

    mutating func next() -> (Int, Data)? {
        while true {
            if let newline = nextNewline() {
                let line = buffer[start..<newline]
                start = newline + 1
                number += 1
                return (number, Data(line))
            }
            if atEnd {
                guard start < buffer.count else {
                    close()
                    return nil
                }
                let line = buffer[start...]
                start = buffer.count
                number += 1
                return (number, Data(line))
            }
            readChunk()
        }
    }

    /// The index of the first line feed at or after `start` (memchr, not Data's iterator).
    private func nextNewline() -> Int? {
        let base = buffer.startIndex
        return buffer.withUnsafeBytes { raw -> Int? in
            let from = start - base
            guard from >= 0, from < raw.count, let found = memchr(raw.baseAddress! + from, 0x0A, raw.count - from) else { return nil }
            return base + raw.baseAddress!.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Reads the next chunk, first dropping what was read unless `keepsConsumed`.
    mutating func readChunk() {
        if !keepsConsumed {
            buffer = Data(buffer[start...])
            start = 0
        }
        var storage = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = storage.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 {
                error = POSIXReadError(code: errno).reason
                atEnd = true
                buffer = Data()
                start = 0
            } else if count == 0 {
                atEnd = true
            } else {
                buffer.append(contentsOf: storage[0..<count])
            }
            return
        }
    }

    /// Everything read so far and the rest of the input (with `keepsConsumed` set from the start),
    /// as the buffer itself: no copy.
    mutating func consumedAndRest() -> Data {
        while !atEnd { readChunk() }
        close()
        return buffer
    }

    mutating func close() {
        if ownsDescriptor && !closed { _ = Glibc.close(descriptor) }
        closed = true
        atEnd = true
    }
}
