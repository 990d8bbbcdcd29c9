extension SwiftClientWriter {
    /// Each parameter's argument label and the name the method body uses for it. The label is the
    /// wire name in lowerCamelCase (with its location appended when a path and a query parameter
    /// share a name); the body's name differs only where the label is one the method body or
    /// the client uses itself (`query`, `headers`, `body`, `apiKey`, …): `query queryParameter: String?`.
    struct ArgumentNames {
        static let reserved: Set<String> = [
            "query", "headers", "body", "data", "request", "session", "baseURL", "apiKey", "basicCredentials", "accessToken",
        ]
        private var labels: [String: String] = [:]

        init(_ parameters: [Parameter]) {
            var taken: Set<String> = []
            for parameter in parameters {
                var label = lowerCamelCase(parameter.name, fallback: "value")
                if taken.contains(label) { label += parameter.location.rawValue.prefix(1).uppercased() + parameter.location.rawValue.dropFirst() }
                taken.insert(label)
                labels[Self.key(parameter)] = label
            }
        }

        private static func key(_ parameter: Parameter) -> String { "\(parameter.location.rawValue) \(parameter.name)" }

        func label(_ parameter: Parameter) -> String { labels[Self.key(parameter)] ?? "value" }

        func local(_ parameter: Parameter) -> String {
            let label = label(parameter)
            return identifier(Self.reserved.contains(label) ? label + "Parameter" : label)
        }

        /// `name` or `label name`, as the signature declares it.
        func declaration(_ parameter: Parameter) -> String {
            let label = identifier(label(parameter))
            let local = local(parameter)
            return label == local ? label : "\(label) \(local)"
        }
    }
}
