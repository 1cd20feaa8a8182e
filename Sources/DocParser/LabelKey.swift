import APIModel

extension StringProtocol {
    /// A heading or column label as a look-up key: lower-cased, with every
    /// kind of white space removed (`Response   Parameter` → `responseparameter`).
    var labelKey: String {
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            for byte in utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
                bytes.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        // Lower-case per scalar, as `lowercased()` would; CJK labels have no case.
        var key = ""
        for scalar in unicodeScalars where !scalar.isSpaceOrLineBreak {
            // CJK symbols and ideographs (U+3000 to U+9FFF) have no case: skip the property look-up.
            if scalar.isASCII || (0x3000...0x9FFF).contains(scalar.value) || !scalar.properties.changesWhenLowercased {
                key.unicodeScalars.append(
                    scalar.isASCII && ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value | 0x20)! : scalar)
            } else {
                key += scalar.properties.lowercaseMapping
            }
        }
        return key
    }
}
