import Foundation

/// The facts cache's encoding, written and read by hand. A pre-commit run on one file of a large
/// target loads the cached facts of every other file of it, and Foundation's JSONDecoder spent
/// most of such a run on them (it is slow on Linux); this form reads the same facts about
/// twenty times faster.
///
/// Integers are LEB128 varints (zigzag, so a negative one costs no more than its size), strings
/// a byte count and UTF-8, optionals a 0/1 byte and then the value, collections a count and their
/// elements. Sets and dictionaries are written in sorted order, so equal facts are equal bytes.
/// What the layout holds is ``FileFacts/schemaVersion``: change one, bump the other.
enum FactsCoding {
    static func encode(_ facts: FileFacts) -> [UInt8] {
        var writer = FactsWriter()
        writer.fileFacts(facts)
        return writer.bytes
    }

    /// nil for bytes that are not such an encoding (cut short, or trailing bytes): a cache miss.
    static func decode(_ data: Data) -> FileFacts? {
        data.withUnsafeBytes { buffer in
            var reader = FactsReader(buffer)
            guard let facts = try? reader.fileFacts(), reader.isAtEnd else { return nil }
            return facts
        }
    }
}

struct FactsWriter {
    private(set) var bytes: [UInt8] = []

    mutating func fileFacts(_ facts: FileFacts) {
        sorted(facts.types) { writer, key, type in
            writer.string(key)
            writer.typeFacts(type)
        }
        array(facts.functions) { $0.functionFacts($1) }
    }

    private mutating func typeFacts(_ type: TypeFacts) {
        array(type.names.sorted()) { $0.string($1) }
        array(type.methodNames.sorted()) { $0.string($1) }
        sorted(type.propertyTypes) { writer, key, value in
            writer.string(key)
            writer.string(value)
        }
        sorted(type.computedChains) { writer, key, chain in
            writer.string(key)
            writer.strings(chain)
        }
    }

    private mutating func functionFacts(_ function: FunctionFacts) {
        string(function.name)
        optional(function.typeKey) { $0.string($1) }
        bool(function.isStatic)
        array(function.parameters) { $0.parameterFacts($1) }
        int(function.line)
        int(function.column)
        optional(function.summary) { $0.bodySummary($1) }
    }

    private mutating func parameterFacts(_ parameter: ParameterFacts) {
        optional(parameter.label) { $0.string($1) }
        string(parameter.name)
        bool(parameter.hasDefault)
        bool(parameter.isVariadic)
        bool(parameter.isEscapingClosure)
        bool(parameter.isNonEscapingClosure)
        optional(parameter.defaultChain) { $0.strings($1) }
        int(parameter.defaultLine)
        int(parameter.defaultColumn)
    }

    private mutating func bodySummary(_ summary: BodySummary) {
        array(summary.references) { writer, chain in
            writer.string(chain.root)
            writer.strings(chain.members)
            writer.int(chain.line)
            writer.int(chain.column)
            writer.optional(chain.nilPathOf) { $0.int($1) }
            writer.optional(chain.deferredBy) { $0.string($1) }
            writer.array(chain.handedParameters) { $0.int($1) }
        }
        array(summary.calls) { writer, call in
            writer.optional(call.receiver) { $0.strings($1) }
            writer.string(call.name)
            writer.array(call.labels) { writer, label in writer.optional(label) { $0.string($1) } }
            writer.int(call.trailingClosures)
            writer.arguments(call.arguments)
            writer.int(call.line)
            writer.int(call.column)
            writer.optional(call.nilPathOf) { $0.int($1) }
            writer.optional(call.deferredBy) { $0.string($1) }
        }
        array(summary.parameterCalls) { writer, call in
            writer.int(call.parameter)
            writer.arguments(call.arguments)
        }
        array(summary.forwardedParameters) { writer, forward in
            writer.int(forward.parameter)
            writer.string(forward.callee)
        }
    }

    private mutating func arguments(_ arguments: [[String]?]) {
        array(arguments) { writer, argument in writer.optional(argument) { $0.strings($1) } }
    }

    private mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    mutating func int(_ value: Int) {
        var zigzag = UInt64(bitPattern: (Int64(value) << 1) ^ (Int64(value) >> 63))
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout FactsWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<Element>(_ values: [Element], _ write: (inout FactsWriter, Element) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    private mutating func sorted<Value>(_ values: [String: Value], _ write: (inout FactsWriter, String, Value) -> Void) {
        int(values.count)
        for key in values.keys.sorted() { write(&self, key, values[key]!) }
    }
}

/// Bytes that are not a facts encoding.
struct FactsDecodingError: Error {}

struct FactsReader {
    private let buffer: UnsafeRawBufferPointer
    private var position = 0

    init(_ buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
    }

    var isAtEnd: Bool { position == buffer.count }

    mutating func fileFacts() throws -> FileFacts {
        var facts = FileFacts()
        let typeCount = try count()
        facts.types.reserveCapacity(typeCount)
        for _ in 0..<typeCount {
            let key = try string()
            facts.types[key] = try typeFacts()
        }
        facts.functions = try array { reader in try reader.functionFacts() }
        return facts
    }

    private mutating func typeFacts() throws -> TypeFacts {
        var type = TypeFacts()
        type.names = Set(try strings())
        type.methodNames = Set(try strings())
        let propertyCount = try count()
        type.propertyTypes.reserveCapacity(propertyCount)
        for _ in 0..<propertyCount {
            let key = try string()
            type.propertyTypes[key] = try string()
        }
        let chainCount = try count()
        type.computedChains.reserveCapacity(chainCount)
        for _ in 0..<chainCount {
            let key = try string()
            type.computedChains[key] = try strings()
        }
        return type
    }

    private mutating func functionFacts() throws -> FunctionFacts {
        let name = try string()
        let typeKey = try optionalString()
        let isStatic = try bool()
        let parameters = try array { reader in try reader.parameterFacts() }
        let line = try int()
        let column = try int()
        let summary = try bool() ? try bodySummary() : nil
        return FunctionFacts(name: name, typeKey: typeKey, isStatic: isStatic, parameters: parameters, line: line, column: column, summary: summary)
    }

    private mutating func parameterFacts() throws -> ParameterFacts {
        let label = try optionalString()
        let name = try string()
        var parameter = ParameterFacts(label: label, name: name, hasDefault: try bool(), isVariadic: try bool())
        parameter.isEscapingClosure = try bool()
        parameter.isNonEscapingClosure = try bool()
        parameter.defaultChain = try bool() ? try strings() : nil
        parameter.defaultLine = try int()
        parameter.defaultColumn = try int()
        return parameter
    }

    private mutating func bodySummary() throws -> BodySummary {
        let references = try array { reader in
            var chain = ChainFact(root: try reader.string(), members: try reader.strings(), line: try reader.int(), column: try reader.int())
            chain.nilPathOf = try reader.optionalInt()
            chain.deferredBy = try reader.optionalString()
            chain.handedParameters = try reader.array { reader in try reader.int() }
            return chain
        }
        let calls = try array { reader in
            CallFact(
                receiver: try reader.bool() ? try reader.strings() : nil, name: try reader.string(),
                labels: try reader.array { reader in try reader.optionalString() },
                trailingClosures: try reader.int(), arguments: try reader.arguments(), line: try reader.int(), column: try reader.int(),
                nilPathOf: try reader.optionalInt(), deferredBy: try reader.optionalString())
        }
        let parameterCalls = try array { reader in
            ParameterCallFact(parameter: try reader.int(), arguments: try reader.arguments())
        }
        let forwardedParameters = try array { reader in
            ParameterForwardFact(parameter: try reader.int(), callee: try reader.string())
        }
        return BodySummary(references: references, calls: calls, parameterCalls: parameterCalls, forwardedParameters: forwardedParameters)
    }

    private mutating func arguments() throws -> [[String]?] {
        try array { reader in try reader.bool() ? try reader.strings() : nil }
    }

    private mutating func strings() throws -> [String] {
        try array { reader in try reader.string() }
    }

    private mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    private mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }

    mutating func int() throws -> Int {
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < buffer.count, shift < 64 else { throw FactsDecodingError() }
            let byte = buffer[position]
            position += 1
            zigzag |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func bool() throws -> Bool {
        guard position < buffer.count, buffer[position] <= 1 else { throw FactsDecodingError() }
        position += 1
        return buffer[position - 1] == 1
    }

    mutating func string() throws -> String {
        let length = try count()
        let utf8 = UnsafeRawBufferPointer(rebasing: buffer[position..<position + length])
        position += length
        return String(decoding: utf8, as: UTF8.self)
    }

    /// A count that fits in what is left: a damaged one fails here, not in an allocation.
    private mutating func count() throws -> Int {
        let value = try int()
        guard value >= 0, value <= buffer.count - position else { throw FactsDecodingError() }
        return value
    }

    mutating func array<Element>(_ read: (inout FactsReader) throws -> Element) throws -> [Element] {
        let count = try count()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}
