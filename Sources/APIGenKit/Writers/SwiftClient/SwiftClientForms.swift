extension SwiftClientWriter {
    /// Whether an operation sends `formData` parameters: as `multipart/form-data` (swag's default,
    /// and the only form a file goes in), or `application/x-www-form-urlencoded` when that is the
    /// only type the operation accepts and it has no file.
    static func formEncoding(_ operation: APIOperation) -> (multipart: Bool, fields: [Parameter])? {
        let fields = operation.parameters.filter { $0.location == .formData }
        guard !fields.isEmpty else { return nil }
        let urlEncoded = operation.accept == ["application/x-www-form-urlencoded"] && !fields.contains(where: isFile)
        return (!urlEncoded, fields)
    }

    /// `@Param file formData file`: raw bytes, sent as a file part.
    static func isFile(_ parameter: Parameter) -> Bool {
        if case .primitive(.string, "binary") = parameter.type { return true }
        return false
    }

    /// The statements that build an operation's form body into `body`, with its content type.
    func formStatements(_ operation: APIOperation, argumentName: (Parameter) -> String) -> String? {
        guard let (multipart, fields) = Self.formEncoding(operation) else { return nil }
        var out = "        var form = \(names.formBody)(multipart: \(multipart))\n"
        for field in fields {
            let name = argumentName(field)
            let key = ExampleValue.quoted(field.name)
            let append: String
            if Self.isFile(field) {
                append = "form.append(\(key), file: \(name))"
            } else if case .array = field.type {
                append = "for item in \(name) { form.append(\(key), Self.text(item)) }"
            } else {
                append = "form.append(\(key), Self.text(\(name)))"
            }
            out += field.required ? "        \(append)\n" : "        if let \(name) { \(append) }\n"
        }
        out += "        headers[\"Content-Type\"] = form.contentType\n"
        out += "        let body: \(names.standard("Data"))? = form.data\n"
        return out
    }

    /// Declared in clients with a form operation only.
    static func formBody(_ names: SwiftClientNames) -> String {
        """

        extension APIClient {
            /// A form request body: `multipart/form-data` parts (a file as an octet stream named after
            /// its field) or `application/x-www-form-urlencoded` pairs, percent-encoded as queries are.
        \(names.renameNote("FormBody", names.formBody))    struct FormBody {
                let multipart: Bool
                let boundary = "apigen-" + UUID().uuidString
                private var fields: [(name: String, value: Data, isFile: Bool)] = []

                init(multipart: Bool) { self.multipart = multipart }

                mutating func append(_ name: String, _ value: String) { fields.append((name, Data(value.utf8), false)) }
                mutating func append(_ name: String, file: Data) { fields.append((name, file, true)) }

                var contentType: String { multipart ? "multipart/form-data; boundary=\\(boundary)" : "application/x-www-form-urlencoded" }

                var data: Data {
                    guard multipart else {
                        let pairs = fields.map { APIClient.encodeQuery($0.name) + "=" + APIClient.encodeQuery(String(decoding: $0.value, as: UTF8.self)) }
                        return Data(pairs.joined(separator: "&").utf8)
                    }
                    var body = Data()
                    for field in fields {
                        let quoted = field.name.replacingOccurrences(of: "\\"", with: "%22")
                        var head = "--\\(boundary)\\r\\nContent-Disposition: form-data; name=\\"\\(quoted)\\""
                        head += field.isFile ? "; filename=\\"\\(quoted)\\"\\r\\nContent-Type: application/octet-stream\\r\\n\\r\\n" : "\\r\\n\\r\\n"
                        body.append(Data(head.utf8))
                        body.append(field.value)
                        body.append(Data("\\r\\n".utf8))
                    }
                    body.append(Data("--\\(boundary)--\\r\\n".utf8))
                    return body
                }
            }
        }

        """
    }
}
