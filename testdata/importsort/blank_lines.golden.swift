import Dispatch
import Foundation

import NIO
import Vapor

import MyCore
let noBlankLineAfter = true
