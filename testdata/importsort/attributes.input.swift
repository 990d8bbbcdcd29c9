public import Vapor
@testable import MyCore
@_exported import Logging
@_implementationOnly import CSQLite
@_spi(Internal) import NIOCore
package import Crypto
internal import Metrics
import struct Foundation.Date
import class Foundation.JSONEncoder
import func Darwin.C.sqrt
import Darwin.C
import enum MyApp.Route

enum E {}
