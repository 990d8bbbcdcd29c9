import ToolSupport

/// Profiles a user writes in the configuration, in the shape of the built-in ones:
///
///     "profileDefinitions": { "appdb": {
///         "methods": ["transaction", { "name": "writeAsync", "body": "updates" }],
///         "storeTypes": ["AppDatabase"], "handleTypes": ["AppTransaction"], "safeMembers": ["logger"],
///         "afterTransaction": ["afterCommit"] } }
extension LibraryProfile {
    public static let definitionKeys = ["methods", "storeTypes", "handleTypes", "safeMembers", "afterTransaction", "safeArgumentCalls"]

    /// The definitions of the intxcheck section; a name that shadows a built-in is an error.
    public static func definitions(in section: ConfigSection) throws(ConfigurationError) -> [LibraryProfile] {
        var profiles: [LibraryProfile] = []
        for (name, position, definition) in try section.objects("profileDefinitions", allowedKeys: definitionKeys) {
            if builtIn(named: name) != nil {
                throw definition.error(at: position, "profile '\(name)' is built in; give yours another name")
            }
            var methods: [TransactionMethod] = []
            for element in try definition.elements("methods") ?? [] {
                switch element.value {
                case .string(let method):
                    methods.append(TransactionMethod(method))
                case .object(let fields):
                    guard let nameField = fields.first(where: { $0.key == "name" }), case .string(let method) = nameField.value.value else {
                        throw definition.error(at: element.position, "a method object needs a string \"name\"")
                    }
                    var body: String?
                    for field in fields where field.key != "name" {
                        guard field.key == "body", case .string(let label) = field.value.value else {
                            throw definition.error(at: field.keyPosition, "a method object takes \"name\" and \"body\" (a string)")
                        }
                        body = label
                    }
                    methods.append(TransactionMethod(method, bodyLabel: body))
                default:
                    throw definition.error(at: element.position, "a method is a name or {\"name\": …, \"body\": …}, not \(element.value.kindName)")
                }
            }
            profiles.append(LibraryProfile(
                name: name, transactionMethods: methods, storeTypes: try definition.strings("storeTypes") ?? [],
                handleTypes: try definition.strings("handleTypes") ?? [],
                safeMembers: try definition.strings("safeMembers") ?? [],
                afterTransactionCallbacks: try definition.strings("afterTransaction") ?? [],
                safeArgumentCalls: try definition.strings("safeArgumentCalls") ?? []))
        }
        return profiles
    }
}
