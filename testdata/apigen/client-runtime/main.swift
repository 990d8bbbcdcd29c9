// Compiled with golden/client_dates/expected/APIClient.swift.golden and run by
// GeneratedClientRuntimeTests: what the generated client does on the wire, beyond compiling.
// Prints one line per failed check and exits 1 if any failed.
import Foundation

var failures = 0
func check(_ condition: Bool, _ what: String) {
    if !condition {
        print("FAILED: \(what)")
        failures += 1
    }
}

// Dates: RFC 3339 with nanoseconds (as Go writes them), with milliseconds and an offset, and none.
let json = Data("""
    {"name": "launch", "startsAt": "2026-01-02T03:04:05.123456789Z",
     "reminders": ["2026-01-02T03:04:05Z", "2026-01-02T04:04:05.5+01:00"]}
    """.utf8)
do {
    let event = try APIClient.decoder().decode(Event.self, from: json)
    check(abs(event.startsAt.timeIntervalSince1970 - 1_767_323_045.123456789) < 1e-6, "nanoseconds decode: \(event.startsAt.timeIntervalSince1970)")
    check(event.reminders.map(\.timeIntervalSince1970) == [1_767_323_045, 1_767_323_045.5], "whole seconds and an offset decode: \(event.reminders)")
    check(event.endsAt == nil, "an absent optional date stays nil")
} catch {
    check(false, "decoding dates: \(error)")
}
check(APIClient.date("2026-01-02T03:04:05.Z") == nil && APIClient.date("yesterday") == nil, "malformed dates are rejected")

// Dates written: whole seconds without a fraction, milliseconds when there is one.
let written = Event(name: "n", startsAt: Date(timeIntervalSince1970: 1_767_323_045), endsAt: Date(timeIntervalSince1970: 1_767_323_045.25), reminders: [])
let encoder = APIClient.encoder()
encoder.outputFormatting = .sortedKeys
let text = String(decoding: try encoder.encode(written), as: UTF8.self)
check(text.contains(#""startsAt":"2026-01-02T03:04:05Z""#) && text.contains(#""endsAt":"2026-01-02T03:04:05.250Z""#), "dates written: \(text)")

// Query values: everything but unreserved characters escaped, `+` included.
check(APIClient.encodeQuery("C++ a&b=c é~/?") == "C%2B%2B%20a%26b%3Dc%20%C3%A9~%2F%3F", "query encoding: \(APIClient.encodeQuery("C++ a&b=c é~/?"))")
check(APIClient.encodeQuery("filter[name]") == "filter%5Bname%5D", "query names are encoded too")

// Parameter values as text: never String(describing:).
let id = UUID(uuidString: "0F0E0D0C-0B0A-0908-0706-050403020100")!
check(APIClient.text(id) == "0F0E0D0C-0B0A-0908-0706-050403020100", "a UUID as its string")
check(APIClient.text(Date(timeIntervalSince1970: 1_767_323_045)) == "2026-01-02T03:04:05Z", "a Date as RFC 3339")
check(APIClient.text(42) == "42" && APIClient.text(true) == "true" && APIClient.text(1.5) == "1.5", "numbers and booleans")

exit(failures == 0 ? 0 : 1)
