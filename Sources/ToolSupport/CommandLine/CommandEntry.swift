import Foundation

import ArgumentParser

extension ParsableCommand {
    /// Like `main()`, but a usage error exits with status 2, the tools' documented code, rather
    /// than ArgumentParser's 64 (EX_USAGE).
    public static func mainWithToolExitCodes() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Console.error(fullMessage(for: error))
                Foundation.exit(ExitStatus.usageOrIOError)
            }
            exit(withError: error)
        }
    }
}
