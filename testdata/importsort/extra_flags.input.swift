// importsort-flags: --system Kitura --local SharedModels

import SharedModels
import Kitura
import Vapor
import Foundation

let q = 0
