import Vapor
import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
    import AsyncHTTPClient
    import Dispatch
#elseif os(Windows)
    import WinSDK
    import Alpha
#else
    #if DEBUG
        import Zeta
        import Beta
    #endif
#endif
import NIOCore
import MyCore
import Glibc

struct T {}
