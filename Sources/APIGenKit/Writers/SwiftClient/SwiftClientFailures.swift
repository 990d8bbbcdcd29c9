extension SwiftClientWriter {
    /// The trailing closure a method passes to `send` when its operation documents error bodies
    /// (`@Failure 404 {object} APIError`): the body decoded as documented, thrown as
    /// `APIClient.ResponseError<APIError>`. Codes that share a type share one check, in the order of
    /// their first code; `default` matches any status and comes last. Empty when the operation
    /// documents none, and `send` throws `APIClient.UnexpectedResponse` with the raw bytes.
    func failureClosure(_ operation: APIOperation) -> String {
        var groups: [(type: String, codes: [String])] = []
        var fallback: String?
        for response in operation.responses.sorted(by: { $0.code < $1.code }) where !response.code.hasPrefix("2") {
            guard let type = response.type.map(typeName) else { continue }
            if response.code == "default" {
                fallback = type
            } else if let index = groups.firstIndex(where: { $0.type == type }) {
                groups[index].codes.append(response.code)
            } else {
                groups.append((type, [response.code]))
            }
        }
        guard !groups.isEmpty || fallback != nil else { return "" }
        var out = " { status, payload in\n"
        func check(_ condition: String, _ type: String) {
            out += "            if \(condition)let body = try? Self.decoder().decode(\(type).self, from: payload) {\n"
            out += "                return \(names.responseError)(statusCode: status, body: body)\n"
            out += "            }\n"
        }
        for group in groups {
            check(group.codes.count == 1 ? "status == \(group.codes[0]), " : "[\(group.codes.joined(separator: ", "))].contains(status), ", group.type)
        }
        if let fallback { check("", fallback) }
        return out + "            return nil\n        }"
    }
}
