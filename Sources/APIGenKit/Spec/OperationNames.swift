/// The name an operation without `@ID` gets: its function's name, or, when another route would
/// get the same Swift method name that way (two controllers with an `index`), the function's
/// type and name (`TodoController.index`, Swift `todoControllerIndex`). Every member of a
/// colliding group is qualified, so a name does not depend on which file was read first.
struct OperationNames {
    private var collisions: Set<String> = []

    init(blocks: [AnnotationBlock]) {
        var counts: [String: Int] = [:]
        for block in blocks where !block.operationAnnotations.isEmpty {
            guard let name = Self.explicitID(block) ?? block.declarationName else { continue }
            counts[Self.methodKey(name), default: 0] += 1
        }
        collisions = Set(counts.filter { $0.value > 1 }.keys)
    }

    func name(for block: AnnotationBlock) -> String? {
        guard Self.explicitID(block) == nil, let function = block.declarationName else { return block.declarationName }
        guard collisions.contains(Self.methodKey(function)), let type = block.declarationType else { return function }
        return "\(type).\(function)"
    }

    private static func explicitID(_ block: AnnotationBlock) -> String? {
        block.operationAnnotations.first { $0.key == "ID" }?.value
    }

    private static func methodKey(_ name: String) -> String { SwiftClientWriter.lowerCamelCase(name, fallback: "operation") }
}
