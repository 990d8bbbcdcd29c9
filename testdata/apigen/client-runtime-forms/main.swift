// Compiled with golden/parameters/expected/APIClient.swift.golden and run by
// GeneratedClientRuntimeTests: the form bodies the generated client sends for `formData`
// parameters. Prints one line per failed check and exits 1 if any failed.
import Foundation

var failures = 0
func check(_ condition: Bool, _ what: String) {
    if !condition {
        print("FAILED: \(what)")
        failures += 1
    }
}

// multipart/form-data: a field, then a file as an octet stream, each part CRLF-delimited, the
// boundary in the content type and closing the body.
var form = APIClient.FormBody(multipart: true)
form.append("label", "a b+c")
form.append("file", file: Data([0x00, 0xFF, 0x0A]))
let boundary = form.boundary
check(form.contentType == "multipart/form-data; boundary=\(boundary)", "content type names the boundary: \(form.contentType)")
var expected = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\na b+c\r\n".utf8)
expected.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
expected.append(Data([0x00, 0xFF, 0x0A]))
expected.append(Data("\r\n--\(boundary)--\r\n".utf8))
check(form.data == expected, "multipart body: \(String(decoding: form.data, as: UTF8.self).debugDescription)")

// application/x-www-form-urlencoded: names and values percent-encoded, `+` and `&` included.
var pairs = APIClient.FormBody(multipart: false)
pairs.append("q", "a b+c&d")
pairs.append("tag", "x")
check(pairs.contentType == "application/x-www-form-urlencoded", "url-encoded content type")
check(String(decoding: pairs.data, as: UTF8.self) == "q=a%20b%2Bc%26d&tag=x", "url-encoded body: \(String(decoding: pairs.data, as: UTF8.self))")

exit(failures == 0 ? 0 : 1)
