/// Reads the common shape of a JSONL article, one object of strings, integers, booleans and nulls
/// without `\u` escapes, in one pass over its bytes. Anything else (nesting, fractions, exponents,
/// `\u` escapes, control characters, a repeated key, trailing bytes) is left to `JSONDecoder`:
/// `object` then returns nil, so every line it reads gets the value `JSONDecoder` would give.
enum FlatJSON {
    /// The object of a line of valid UTF-8, or nil when it is not of the flat shape.
    static func object(_ bytes: [UInt8]) -> [String: JSONValue]? {
        var reader = Reader(bytes: bytes)
        var fields: [String: JSONValue] = [:]
        reader.skipSpace()
        guard reader.take(UInt8(ascii: "{")) else { return nil }
        reader.skipSpace()
        if reader.take(UInt8(ascii: "}")) { return reader.atEndAfterSpace() ? fields : nil }
        while true {
            reader.skipSpace()
            guard let key = reader.string() else { return nil }
            reader.skipSpace()
            guard reader.take(UInt8(ascii: ":")) else { return nil }
            reader.skipSpace()
            guard let value = reader.value(), fields.updateValue(value, forKey: key) == nil else { return nil }
            reader.skipSpace()
            if reader.take(UInt8(ascii: ",")) { continue }
            guard reader.take(UInt8(ascii: "}")) else { return nil }
            return reader.atEndAfterSpace() ? fields : nil
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func atEndAfterSpace() -> Bool {
            skipSpace()
            return position == bytes.count
        }

        mutating func value() -> JSONValue? {
            guard position < bytes.count else { return nil }
            switch bytes[position] {
            case UInt8(ascii: "\""): return string().map(JSONValue.string)
            case UInt8(ascii: "n"): return word("null") ? .null : nil
            case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
            default: return integer().map(JSONValue.integer)
            }
        }

        mutating func word(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            let matches = text.withUTF8Buffer { bytes[position..<(position + count)].elementsEqual($0) }
            if matches { position += count }
            return matches
        }

        /// `-?(0|[1-9][0-9]*)` of at most 18 digits (not "-0"), followed by no fraction or exponent.
        mutating func integer() -> Int64? {
            var index = position
            let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            let digits = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            let count = index - digits
            guard count >= 1, count <= 18, count == 1 || bytes[digits] != UInt8(ascii: "0"),
                  !(negative && count == 1 && bytes[digits] == UInt8(ascii: "0")) else { return nil }
            if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
            var value: Int64 = 0
            for byte in bytes[digits..<index] { value = value * 10 + Int64(byte - UInt8(ascii: "0")) }
            position = index
            return negative ? -value : value
        }

        /// A string without `\u` escapes or raw control characters.
        mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var text: [UInt8] = []
            var start = position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    text += bytes[start..<position]
                    position += 1
                    return String(decoding: text, as: UTF8.self)
                }
                if byte < 0x20 { return nil }
                guard byte == UInt8(ascii: "\\") else {
                    position += 1
                    continue
                }
                text += bytes[start..<position]
                guard position + 1 < bytes.count else { return nil }
                switch bytes[position + 1] {
                case UInt8(ascii: "\""): text.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): text.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): text.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                default: return nil
                }
                position += 2
                start = position
            }
            return nil
        }
    }
}
