import Foundation


import Dispatch
import Vapor



import MyCore
import NIO
let noBlankLineAfter = true
