import Darwin.C
import func Darwin.C.sqrt
import struct Foundation.Date
import class Foundation.JSONEncoder

package import Crypto
@_implementationOnly import CSQLite
@_exported import Logging
internal import Metrics
@_spi(Internal) import NIOCore
public import Vapor

import enum MyApp.Route
@testable import MyCore

enum E {}
