import APIModel

extension StringProtocol {
    /// A heading or column label as a look-up key: lower-cased, with every
    /// kind of white space removed (`Response   Parameter` → `responseparameter`).
    var labelKey: String {
        var key = String.UnicodeScalarView()
        for scalar in lowercased().unicodeScalars where !scalar.isSpaceOrLineBreak {
            key.append(scalar)
        }
        return String(key)
    }
}
