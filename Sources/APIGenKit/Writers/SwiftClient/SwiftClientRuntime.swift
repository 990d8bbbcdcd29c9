extension SwiftClientWriter {
    /// The error types every client declares, nested in it: a documented error status arrives as
    /// `APIClient.ResponseError<Body>` with its body decoded as the operation documents it; any
    /// other non-2xx status (or a body that does not decode) as `APIClient.UnexpectedResponse`
    /// with the raw bytes.
    static func errorTypes(_ names: SwiftClientNames) -> String {
        """

        extension APIClient {
            /// A non-2xx answer from the API that its documentation does not describe, or whose body
            /// does not decode as documented.
        \(names.renameNote("UnexpectedResponse", names.unexpectedResponse))    public struct UnexpectedResponse: Error, Sendable {
                public let statusCode: Int
                public let body: Data
            }

            /// A documented non-2xx answer (`@Failure 404 {object} APIError`), its body decoded.
        \(names.renameNote("ResponseError", names.responseError))    public struct ResponseError<Body: Decodable & Sendable>: Error, Sendable {
                public let statusCode: Int
                public let body: Body
            }
        }

        """
    }

    /// What the methods share: sending, and the encodings the wire needs.
    ///
    /// - Query names and values are percent-encoded here, everything but RFC 3986's unreserved
    ///   characters: `URLComponents.queryItems` leaves `+` as it is, which servers read as a space.
    /// - Dates are RFC 3339 with any number of fractional digits (Go writes nanoseconds). Apple's
    ///   Foundation before swift-foundation rejects a fraction under `.iso8601`, and
    ///   `ISO8601DateFormatter` takes one only with `.withFractionalSeconds`, which then rejects
    ///   dates without; so the fraction is read apart and added back. A date is written with
    ///   milliseconds when it has a fraction, without when it has none.
    /// - Parameter values go through `text(_:)`: an enum as its raw value, a `Date` as above, a
    ///   `UUID` as its string, never `String(describing:)`, which writes `Date` and enums otherwise.
    static let runtime = """
        extension APIClient {
            func send(
                _ method: String, _ path: String, query: [URLQueryItem], headers: [String: String], body: Data?,
                failure: (Int, Data) -> (any Error)? = { _, _ in nil }
            ) async throws -> Data {
                var components = URLComponents(url: baseURL, resolvingAgainstBaseURL: false)!
                components.percentEncodedPath = Self.trimmingSuffixSlash(components.percentEncodedPath) + path
                if !query.isEmpty {
                    components.percentEncodedQuery = query.map { Self.encodeQuery($0.name) + "=" + Self.encodeQuery($0.value ?? "") }.joined(separator: "&")
                }
                var request = URLRequest(url: components.url!)
                request.httpMethod = method
                request.httpBody = body
                if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
                for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
                let (data, response): (Data, URLResponse) = try await withCheckedThrowingContinuation { continuation in
                    session.dataTask(with: request) { data, response, error in
                        if let error { continuation.resume(throwing: error) } else { continuation.resume(returning: (data ?? Data(), response!)) }
                    }.resume()
                }
                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                guard (200..<300).contains(status) else { throw failure(status, data) ?? UnexpectedResponse(statusCode: status, body: data) }
                return data
            }

            static func encodePath(_ value: String) -> String {
                value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? value
            }

            static func encodeQuery(_ value: String) -> String {
                value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
            }

            static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

            static func text(_ value: String) -> String { value }
            static func text(_ value: UUID) -> String { value.uuidString }
            static func text(_ value: URL) -> String { value.absoluteString }
            static func text(_ value: Data) -> String { value.base64EncodedString() }
            static func text<Value: RawRepresentable>(_ value: Value) -> String where Value.RawValue: LosslessStringConvertible { String(value.rawValue) }
            static func text(_ value: some LosslessStringConvertible) -> String { value.description }

            static func text(_ value: Date) -> String {
                let formatter = ISO8601DateFormatter()
                if value.timeIntervalSince1970.rounded(.down) != value.timeIntervalSince1970 { formatter.formatOptions.insert(.withFractionalSeconds) }
                return formatter.string(from: value)
            }

            static func date(_ text: String) -> Date? {
                var whole = Substring(text)
                var fraction = 0.0
                if let dot = text.firstIndex(of: "."), let end = text[dot...].dropFirst().firstIndex(where: { !$0.isNumber }) {
                    guard end > text.index(after: dot), let value = Double("0" + text[dot..<end]) else { return nil }
                    fraction = value
                    whole = text[..<dot] + text[end...]
                }
                return ISO8601DateFormatter().date(from: String(whole))?.addingTimeInterval(fraction)
            }

            static func decoder() -> JSONDecoder {
                let decoder = JSONDecoder()
                decoder.dateDecodingStrategy = .custom { decoder in
                    let container = try decoder.singleValueContainer()
                    let text = try container.decode(String.self)
                    guard let date = date(text) else {
                        throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an RFC 3339 date-time: \\(text)")
                    }
                    return date
                }
                return decoder
            }

            static func encoder() -> JSONEncoder {
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .custom { date, encoder in
                    var container = encoder.singleValueContainer()
                    try container.encode(text(date))
                }
                return encoder
            }

            private static func trimmingSuffixSlash(_ path: String) -> String {
                path.hasSuffix("/") ? String(path.dropLast()) : path
            }
        }

        """
}
