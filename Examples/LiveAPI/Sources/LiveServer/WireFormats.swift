import Foundation
import Vapor

/// How the server reads and writes what the document describes.
enum WireFormats {
    /// RFC 3339 as Go's `time.RFC3339Nano` writes it: up to nine fractional digits, trailing
    /// zeros dropped, none for whole seconds. Dates are in UTC.
    static func text(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let whole = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: seconds))
        var nanoseconds = Int(((date.timeIntervalSince1970 - seconds) * 1_000_000_000).rounded())
        guard nanoseconds > 0, nanoseconds < 1_000_000_000 else { return whole }
        var digits = 9
        while nanoseconds % 10 == 0 {
            nanoseconds /= 10
            digits -= 1
        }
        let fraction = String(repeating: "0", count: digits - String(nanoseconds).count) + String(nanoseconds)
        return whole.dropLast() + "." + fraction + "Z"
    }

    /// RFC 3339 with or without a fraction of any length: the fraction is read apart, since
    /// ISO8601DateFormatter takes none (or exactly milliseconds).
    static func date(_ text: String) -> Date? {
        var whole = Substring(text)
        var fraction = 0.0
        if let dot = text.firstIndex(of: "."), let end = text[dot...].dropFirst().firstIndex(where: { !$0.isNumber }) {
            guard let value = Double("0" + text[dot..<end]), text.index(after: dot) < end else { return nil }
            fraction = value
            whole = text[..<dot] + text[end...]
        }
        return ISO8601DateFormatter().date(from: String(whole))?.addingTimeInterval(fraction)
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(text(date))
        }
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = date(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an RFC 3339 date-time: \(text)")
            }
            return date
        }
        return decoder
    }
}

/// A request's query as sent: every `name=value` pair in order, `+` read as a space and
/// percent-escapes decoded, as form encoding reads them. Vapor's own decoder splits a single
/// value at commas, which would make a `multi` array of one "a,b" value two values.
struct QueryPairs {
    let pairs: [(name: String, value: String)]

    init(_ request: Request) {
        pairs = (request.url.query ?? "").split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    func first(_ name: String) -> String? { all(name).first }

    func required(_ name: String) throws -> String {
        guard let value = first(name) else { throw APIFailure.badRequest("query parameter '\(name)' is required") }
        return value
    }

    func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws -> Int {
        guard let text = first(name) else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw APIFailure.badRequest("query parameter '\(name)' must be an integer in \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    func date(_ name: String) throws -> Date? {
        guard let text = first(name) else { return nil }
        guard let value = WireFormats.date(text) else { throw APIFailure.badRequest("query parameter '\(name)' must be an RFC 3339 date-time") }
        return value
    }

    /// A csv array: the values of one pair split at commas; an empty value is an empty array.
    func commaSeparated(_ name: String) -> [String]? {
        guard let text = first(name) else { return nil }
        return text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}
