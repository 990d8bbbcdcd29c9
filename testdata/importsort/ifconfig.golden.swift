import Foundation

import Vapor
#if canImport(FoundationNetworking)
    import Dispatch
    import FoundationNetworking

    import AsyncHTTPClient
#elseif os(Windows)
    import WinSDK

    import Alpha
#else
    #if DEBUG
        import Beta
        import Zeta
    #endif
#endif
import Glibc

import NIOCore

import MyCore

struct T {}
