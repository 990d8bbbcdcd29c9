import Foundation

import ToolSupport

/// Runs the built executables (and other commands) the way users and CI do.
public enum ToolProcess {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var stdoutBytes: Data
    }

    /// A product of this package's build: beside the test bundle, else under `.build/debug`.
    public static func product(_ name: String) -> URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return Fixtures.root.appendingPathComponent(".build/debug/\(name)")
    }

    /// Runs one of the tools with a private cache directory, so tests never touch the user's.
    public static func tool(
        _ name: String, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Output {
        var environment = environment
        if environment["XDG_CACHE_HOME"] == nil {
            environment["XDG_CACHE_HOME"] = FileManager.default.temporaryDirectory.appendingPathComponent("buildtools-test-cache").path
        }
        return try run(product(name), arguments, stdin: stdin, in: directory, environment: environment)
    }

    /// Runs any command found on `PATH`.
    public static func command(_ arguments: [String], in directory: URL? = nil) throws -> Output {
        try run(URL(fileURLWithPath: "/usr/bin/env"), arguments, in: directory)
    }

    public static func run(
        _ executable: URL, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        // Read both pipes while the process runs, so a large output cannot fill one and block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = Console.readAll(error.fileHandleForReading.fileDescriptor) }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outputData = Console.readAll(output.fileHandleForReading.fileDescriptor)
        group.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self), stdoutBytes: outputData)
    }
}
