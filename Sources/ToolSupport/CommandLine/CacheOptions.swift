import Foundation

import ArgumentParser

/// Options for the SQLite result cache.
public struct CacheOptions: ParsableArguments, Sendable {
    @Option(help: ArgumentHelp("Where to keep the result cache (default: the user's cache directory).", valueName: "path"))
    public var cachePath: String?

    @Flag(help: "Do not read or write the result cache.")
    public var noCache = false

    public init() {}

    /// The cache, or nil when disabled or unusable (a warning has been printed then).
    public func openCache(_ section: ConfigSection? = nil) throws -> ResultCache? {
        let configured = try ConfigOptions.read { try section?.path("cachePath") }
        guard !noCache, let path = cachePath ?? configured ?? CacheLocation.defaultPath() else { return nil }
        return ResultCache(path: path) { Console.error("warning: \($0)") }
    }
}
