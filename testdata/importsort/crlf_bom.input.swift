// BOM and CRLF line endings survive.

import Vapor
import Foundation
import MyCore

let a = 1
