/// One unit of an index store: a compiled source file (its main file), its module and its records.
public struct IndexUnit: Sendable, Hashable {
    public struct Record: Sendable, Hashable {
        public let name: String
        /// The source file whose symbols the record holds.
        public let file: String
    }

    public let name: String
    public let mainFile: String
    public let moduleName: String
    public let isSystem: Bool
    /// When the compiler wrote the unit, in seconds since 1970: a source file modified after it
    /// is newer than what the index says about it.
    public let modificationTime: Double
    public let records: [Record]
}

/// A symbol as the index names it: its USR (unique across modules), name and kind.
public struct IndexSymbol: Sendable, Hashable {
    public let usr: String
    /// `sync(_:)`, `Store`.
    public let name: String
    public let kind: Kind

    /// The base name before the argument labels: `sync` for `sync(_:)`.
    public var baseName: Substring {
        name.prefix { $0 != "(" }
    }

    /// The kinds of `indexstore_symbol_kind_t` that matter here.
    public struct Kind: RawRepresentable, Sendable, Hashable {
        public let rawValue: Int32

        public init(rawValue: Int32) {
            self.rawValue = rawValue
        }

        public static let `enum` = Kind(rawValue: 5)
        public static let `struct` = Kind(rawValue: 6)
        public static let `class` = Kind(rawValue: 7)
        public static let `protocol` = Kind(rawValue: 8)
        public static let `extension` = Kind(rawValue: 9)
        public static let function = Kind(rawValue: 12)
        public static let instanceMethod = Kind(rawValue: 16)
        public static let classMethod = Kind(rawValue: 17)
        public static let staticMethod = Kind(rawValue: 18)

        public var isFunction: Bool {
            [.function, .instanceMethod, .classMethod, .staticMethod].contains(self)
        }

        public var isType: Bool {
            [.enum, .struct, .class, .protocol].contains(self)
        }
    }

    /// `indexstore_symbol_role_t`: an occurrence's roles and its relations' roles.
    public struct Roles: OptionSet, Sendable, Hashable {
        public let rawValue: UInt64

        public init(rawValue: UInt64) {
            self.rawValue = rawValue
        }

        public static let declaration = Roles(rawValue: 1 << 0)
        public static let definition = Roles(rawValue: 1 << 1)
        public static let reference = Roles(rawValue: 1 << 2)
        public static let call = Roles(rawValue: 1 << 5)
        public static let dynamic = Roles(rawValue: 1 << 6)
        public static let implicit = Roles(rawValue: 1 << 8)
        public static let childOf = Roles(rawValue: 1 << 9)
        public static let receivedBy = Roles(rawValue: 1 << 12)
        public static let calledBy = Roles(rawValue: 1 << 13)
        public static let extendedBy = Roles(rawValue: 1 << 14)
    }
}

/// A symbol's occurrence in a source file: line and UTF-8 column of its name, 1-based.
public struct IndexOccurrence: Sendable, Hashable {
    public let symbol: IndexSymbol
    public let roles: IndexSymbol.Roles
    public let line: Int
    public let column: Int
    public let relations: [IndexRelation]

    /// The first related symbol with one of these roles (`.receivedBy`: the receiver's type).
    public func related(_ roles: IndexSymbol.Roles) -> IndexSymbol? {
        relations.first { !$0.roles.isDisjoint(with: roles) }?.symbol
    }
}

public struct IndexRelation: Sendable, Hashable {
    public let roles: IndexSymbol.Roles
    public let symbol: IndexSymbol
}

extension IndexSymbol {
    /// The type a Swift USR names before the symbol's own name: `s:7Storage5StoreC4inTx…` is in
    /// module `Storage`, type `Store` (`C`lass; `V` struct, `O` enum, `P` protocol, the innermost
    /// of nested types). For a method declared outside the package, whose definition the
    /// package's index does not hold. nil for a free function or a USR of another form.
    public static func ownerType(ofUSR usr: String) -> String? {
        var rest = Substring(usr)
        guard rest.hasPrefix("s:") else { return nil }
        rest = rest.dropFirst(2)
        guard readIdentifier(&rest) != nil else { return nil }
        var owner: String?
        while let name = readIdentifier(&rest), let kind = rest.first, "CVOP".contains(kind) {
            owner = name
            rest = rest.dropFirst()
        }
        return owner
    }

    /// A length-prefixed identifier (`5Store`).
    private static func readIdentifier(_ text: inout Substring) -> String? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard let length = Int(digits), length > 0 else { return nil }
        let afterDigits = text.dropFirst(digits.count)
        guard afterDigits.count >= length else { return nil }
        text = afterDigits.dropFirst(length)
        return String(afterDigits.prefix(length))
    }
}
