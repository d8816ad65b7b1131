/// `String.lowercased()` without its slow path. The standard library lowercases a text that is not
/// all ASCII scalar by scalar, building a string of `lowercaseMapping` for every scalar; here ASCII
/// scalars map directly, the rest of Latin (below U+0300) through a table made once, and only the
/// others through `lowercaseMapping`. The result is the same string: the same mapping, scalar by scalar.
enum ScalarCase {
    /// The UTF-8 of each scalar's lowercase mapping from U+0080 to U+02FF.
    private static let latin: [[UInt8]] = (0x80..<0x300).map { value in
        Array(Unicode.Scalar(UInt32(value))!.properties.lowercaseMapping.utf8)
    }

    static func lowercased(_ text: some StringProtocol) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendLowercased(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The UTF-8 of the lowercase text, appended.
    static func appendLowercased(_ text: some StringProtocol, to bytes: inout [UInt8]) {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
            } else if value < 0x300 {
                bytes.append(contentsOf: latin[Int(value) - 0x80])
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
    }

    /// The scalars of the lowercase text.
    static func lowercasedScalars(_ text: some StringProtocol) -> [Unicode.Scalar] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendLowercased(text, to: &bytes)
        return Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    }
}
