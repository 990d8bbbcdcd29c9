import ToolSupport

extension Rule {
    public static let importOrder = Rule(
        id: "import-order",
        summary: "Imports are not grouped (system, third-party, the package's own) and sorted.",
        rationale: """
            One order everywhere keeps merge conflicts out of import blocks and shows at a glance \
            what a file depends on. `importsort` fixes it, touching nothing but the imports.
            """,
        triggeringExamples: ["import Vapor\nimport Foundation\n\nlet x = 1\n"],
        nonTriggeringExamples: ["// Header\nimport Foundation\n\nimport Vapor\n\nlet x = 1\n"])
}

extension ToolDescription {
    public static let importsort = ToolDescription(name: "importsort", rules: [.importOrder])
}
