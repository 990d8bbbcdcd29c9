import Foundation

/// A failed expectation: what was checked, and what came instead.
struct ExpectationFailure: Error, CustomStringConvertible {
    var description: String
}

/// Counts the operations called and the values checked, for check.sh's one-line summary.
final class Tally: @unchecked Sendable {
    private(set) var operations: Set<String> = []
    private(set) var calls = 0
    private(set) var checks = 0

    func called(_ operation: String) {
        if ProcessInfo.processInfo.environment["LIVE_TRACE"] != nil { FileHandle.standardError.write(Data("calling \(operation)\n".utf8)) }
        operations.insert(operation)
        calls += 1
    }

    func expect<Value: Equatable>(_ actual: Value, _ expected: Value, _ what: String) throws {
        checks += 1
        guard actual == expected else { throw ExpectationFailure(description: "\(what): expected \(expected), got \(actual)") }
    }

    func expect(_ condition: Bool, _ what: String) throws {
        checks += 1
        guard condition else { throw ExpectationFailure(description: what) }
    }

    /// Dates compared to the precision the wire carries (the client writes milliseconds).
    func expect(_ actual: Date?, near expected: Date?, within tolerance: TimeInterval = 0.001, _ what: String) throws {
        checks += 1
        switch (actual, expected) {
        case (nil, nil): return
        case (let actual?, let expected?) where abs(actual.timeIntervalSince(expected)) <= tolerance: return
        default: throw ExpectationFailure(description: "\(what): expected \(String(describing: expected)), got \(String(describing: actual))")
        }
    }

    /// That `body` throws `Failure`, which `inspect` then checks.
    func expectThrows<Failure: Error>(
        _ type: Failure.Type, _ what: String, _ body: () async throws -> Void, inspect: (Failure) throws -> Void
    ) async throws {
        checks += 1
        do {
            try await body()
        } catch let failure as Failure {
            try inspect(failure)
            return
        } catch {
            throw ExpectationFailure(description: "\(what): expected \(Failure.self), got \(error)")
        }
        throw ExpectationFailure(description: "\(what): expected \(Failure.self), but the call succeeded")
    }
}
