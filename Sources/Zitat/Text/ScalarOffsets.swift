extension [UInt8] {
    /// In UTF-8 bytes, the offset of each scalar and of the end: scalar `i` is `self[offsets[i]..<offsets[i + 1]]`.
    public var scalarOffsets: [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(count + 1)
        for (offset, byte) in enumerated() where byte & 0xC0 != 0x80 { offsets.append(offset) }
        offsets.append(count)
        return offsets
    }
}
