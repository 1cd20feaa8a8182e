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
        var key = String.UnicodeScalarView()
        for scalar in lowercased().unicodeScalars where !scalar.isSpaceOrLineBreak {
            key.append(scalar)
        }
        return String(key)
    }
}
