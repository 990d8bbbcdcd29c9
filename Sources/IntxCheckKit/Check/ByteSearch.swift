import Foundation

extension [UInt8] {
    /// A plain byte search, as ``Swift/String/containsBytes(_:)``.
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return withUnsafeBufferPointer { hay in needle.withUTF8 { hay.containsBytes($0) } }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// `memchr` finds each candidate first byte (vectorized), `memcmp` checks the rest.
    func containsBytes(_ pin: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !pin.isEmpty else { return true }
        guard count >= pin.count, let first = pin.first, let base = baseAddress, let needle = pin.baseAddress else { return false }
        var offset = 0
        let last = count - pin.count
        while offset <= last {
            guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + position, needle, pin.count) == 0 { return true }
            offset = position + 1
        }
        return false
    }
}

extension String {
    /// A plain byte search. `String.contains` compares by Unicode canonical equivalence, which
    /// made this pre-filter cost a fifth of a parse.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { hay in needle.withUTF8 { hay.containsBytes($0) } }
    }
}
