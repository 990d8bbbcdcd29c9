import Foundation
import Testing

import ToolSupport

@Suite struct CacheLocationTests {
    @Test func followsXDGThenHome() {
        #if !os(macOS)
        #expect(CacheLocation.defaultPath(environment: ["XDG_CACHE_HOME": "/x/cache", "HOME": "/home/u"]) == "/x/cache/swift-buildtools/results.sqlite")
        #expect(CacheLocation.defaultPath(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/home/u"]) == "/home/u/.cache/swift-buildtools/results.sqlite")
        #expect(CacheLocation.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.cache/swift-buildtools/results.sqlite")
        #else
        #expect(CacheLocation.defaultPath(environment: ["HOME": "/Users/u"]) == "/Users/u/Library/Caches/swift-buildtools/results.sqlite")
        #endif
    }
}
