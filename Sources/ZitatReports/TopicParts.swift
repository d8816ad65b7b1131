import Zitat

extension TopicTagger {
    /// `partSet(of:)` (in Zitat's Topics.swift) with the same result, faster: a stem whose every
    /// scalar is a character of its own (all below U+0300, the combining marks, and no CR) is cut
    /// as UTF-8 at scalar boundaries instead of as grapheme clusters; any other stem goes through
    /// `partSet(of:)`. The report calls it for every noun of every claim.
    static func fastPartSet(of stem: String) -> Set<String> {
        let scalars = stem.unicodeScalars
        guard scalars.allSatisfy({ $0.value < 0x300 && $0 != "\r" }) else { return partSet(of: stem) }
        let bytes = Array(stem.utf8)
        let offsets = bytes.scalarOffsets
        let count = offsets.count - 1
        guard count >= 8 else { return [stem] }
        var result: Set<String> = [stem]
        result.reserveCapacity(2 * (count - 7) + 1)
        for length in 5...(count - 3) {
            result.insert(String(decoding: bytes[0..<offsets[length]], as: UTF8.self))
            result.insert(String(decoding: bytes[offsets[count - length]...], as: UTF8.self))
        }
        return result
    }
}

extension [UInt8] {
    /// In UTF-8 bytes, the offset of each scalar and of the end: scalar `i` is `self[offsets[i]..<offsets[i + 1]]`.
    var scalarOffsets: [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(count + 1)
        for (offset, byte) in enumerated() where byte & 0xC0 != 0x80 { offsets.append(offset) }
        offsets.append(count)
        return offsets
    }
}
