import Foundation

/// The lines of a lexicon file, one per form and sorted by the form's bytes, found by binary search.
///
/// Opening samples the line that starts after every `stride` bytes and keeps its offset and the first
/// eight bytes of its form as one integer (about 100,000 samples for the 12.7 MB file: a few ms), so a
/// search compares integers in a small array and then reads a few lines of the text itself.
/// Its time is cache misses (perf annotate: ~45 % of `find`'s samples on loading `keys[middle]`, ~30 % on
/// the first bytes of the lines read). Measured on 10kGNAD (release, --jobs 1, CPU s, loaded machine):
/// a `stride` of 32 (4× the keys) was ~4 % slower overall, 256 ~2 % slower; a cached top level of
/// every 16th key before the keys moved `find` 4.5 % -> 4.3 % of the profile, within noise. Fewer
/// look-ups (not cheaper ones) are what is left to win here.
struct SortedLines: Sendable {
    /// Where the first form line starts (after the "#" header) and where the text ends.
    let start: Int
    let end: Int
    /// Offsets of the sampled lines, ascending; the first is `start`.
    let samples: [Int32]
    /// The first eight bytes of each sampled line's form, big-endian, zero-padded.
    let keys: [UInt64]
    /// For each two-byte prefix p (the top 16 bits of a key), the first sample whose prefix is ≥ p; one
    /// more entry at the end. A search starts within its prefix's samples.
    let buckets: [Int32]

    static let stride = 128
    static let header = Array("# Zitat German lexicon: forms".utf8)
    static let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n")

    static func open(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> Result<SortedLines, LexiconError> {
        guard bytes.starts(with: header) else {
            let reason = bytes.starts(with: Array("# Zitat German lexicon".utf8))
                ? "a paradigm file, not the form list: write german.lexicon with rules/lexicon/expand.py"
                : "not a Zitat lexicon (the first line must start with '\(String(decoding: header, as: UTF8.self))')"
            return .failure(.malformed(path: path, line: 1, reason: reason))
        }
        var start = 0
        while start < bytes.count, bytes[start] == UInt8(ascii: "#") { start = lineEnd(bytes, from: start) + 1 }
        start = min(start, bytes.count)
        var samples: [Int32] = [], keys: [UInt64] = []
        samples.reserveCapacity((bytes.count - start) / stride + 1)
        keys.reserveCapacity((bytes.count - start) / stride + 1)
        var position = start
        while position < bytes.count {
            let line = position == start ? start : lineEnd(bytes, from: position - 1) + 1
            guard line < bytes.count else { break }
            if samples.last != Int32(line) {
                let key = Self.key(bytes, at: line)
                if let last = keys.last, last > key {
                    return .failure(.malformed(path: path, line: lineNumber(bytes, at: line), reason: "forms are not sorted by their bytes"))
                }
                samples.append(Int32(line))
                keys.append(key)
            }
            position = line + stride
        }
        return .success(SortedLines(start: start, end: bytes.count, samples: samples, keys: keys, buckets: buckets(of: keys)))
    }

    static func buckets(of keys: [UInt64]) -> [Int32] {
        var buckets = [Int32](repeating: Int32(keys.count), count: 65_537)
        var prefix = 0
        for (index, key) in keys.enumerated() {
            let top = Int(key >> 48)
            while prefix <= top {
                buckets[prefix] = Int32(index)
                prefix += 1
            }
        }
        return buckets
    }

    /// The offset of the next newline at or after `from`, or the end (memchr: lines of particle verbs
    /// run to hundreds of bytes).
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        guard from < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + from, Int32(newline), bytes.count - from) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The first eight bytes of the form that starts at `offset` (up to its tab), as one integer.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        var key: UInt64 = 0
        var index = offset
        for shift in Swift.stride(from: 56, through: 0, by: -8) {
            guard index < bytes.count, bytes[index] != tab, bytes[index] != newline else { break }
            key |= UInt64(bytes[index]) << UInt64(shift)
            index += 1
        }
        return key
    }

    static func key(_ form: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in form.prefix(8).enumerated() { key |= UInt64(byte) << UInt64(56 - 8 * index) }
        return key
    }

    /// The 1-based line number of an offset (for messages only: counts newlines).
    static func lineNumber(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        bytes[..<offset].reduce(1) { $0 + ($1 == newline ? 1 : 0) }
    }

    /// Compares the form of the line at `offset` with `form`: <0, 0, >0.
    static func compare(_ bytes: UnsafeBufferPointer<UInt8>, line offset: Int, with form: UnsafeBufferPointer<UInt8>) -> Int {
        var index = offset
        for byte in form {
            guard index < bytes.count, bytes[index] != tab, bytes[index] != newline else { return -1 }
            if bytes[index] != byte { return bytes[index] < byte ? -1 : 1 }
            index += 1
        }
        return index < bytes.count && bytes[index] != tab && bytes[index] != newline ? 1 : 0
    }

    /// The readings of `form` (the bytes after its tab up to the line's end), or nil when it is not listed.
    func find(_ form: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard !form.isEmpty, !samples.isEmpty else { return nil }
        let key = Self.key(form)
        // The last sample whose form is ≤ form: before `low` all are smaller, from `high` on all larger.
        let prefix = Int(key >> 48)
        var low = Int(buckets[prefix]), high = Int(buckets[prefix + 1])
        while low < high {
            let middle = (low + high) / 2
            let order = keys[middle] != key ? (keys[middle] < key ? -1 : 1) : Self.compare(bytes, line: Int(samples[middle]), with: form)
            if order <= 0 { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        var line = Int(samples[low - 1])
        let limit = low < samples.count ? Int(samples[low]) : end
        while line < limit {
            let order = Self.compare(bytes, line: line, with: form)
            let lineEnd = Self.lineEnd(bytes, from: line)
            if order == 0 { return min(line + form.count + 1, lineEnd)..<lineEnd }
            if order > 0 { return nil }
            line = lineEnd + 1
        }
        return nil
    }

    /// How many form lines there are.
    func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes[start...].reduce(0) { $0 + ($1 == Self.newline ? 1 : 0) } + (end > start && bytes[end - 1] != Self.newline ? 1 : 0)
    }
}
