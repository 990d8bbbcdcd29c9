import Foundation

// Calls the running example server through the generated clients and checks what comes back:
// `LiveRunner BASE_URL`, with API_KEY, BASIC_USER and BASIC_PASSWORD in the environment;
// LIVE_TRACE=1 names each call on stderr as it is made.
let arguments = CommandLine.arguments.dropFirst()
guard let base = arguments.first, let baseURL = URL(string: base) else {
    FileHandle.standardError.write(Data("usage: LiveRunner BASE_URL (with API_KEY, BASIC_USER, BASIC_PASSWORD set)\n".utf8))
    exit(2)
}
let environment = ProcessInfo.processInfo.environment
guard let apiKey = environment["API_KEY"], let user = environment["BASIC_USER"], let password = environment["BASIC_PASSWORD"] else {
    FileHandle.standardError.write(Data("LiveRunner: API_KEY, BASIC_USER and BASIC_PASSWORD must be set (credentials.env)\n".utf8))
    exit(2)
}
let credentials = RunnerCredentials(apiKey: apiKey, user: user, password: password)
do {
    let apigen = Tally()
    try await APIGenRoundTrip(baseURL: baseURL, credentials: credentials, tally: apigen).run()
    print("apigen Swift client: \(apigen.operations.count) operations (all \(APIGenRoundTrip.operationCount)), \(apigen.calls) calls, \(apigen.checks) checks passed")
    let apple = Tally()
    try await AppleClientCalls(baseURL: baseURL, credentials: credentials, tally: apple).run()
    print("swift-openapi-generator client: \(apple.operations.count) operations, \(apple.calls) calls, \(apple.checks) checks passed")
} catch {
    FileHandle.standardError.write(Data("LiveRunner: FAILED: \(error)\n".utf8))
    exit(1)
}

struct RunnerCredentials {
    var apiKey: String
    var user: String
    var password: String
}
