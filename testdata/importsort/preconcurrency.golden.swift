@preconcurrency import Combine
@preconcurrency import Dispatch
import Foundation

@preconcurrency import Alamofire
import Alamofire.Session
import NIOCore

let x = 1
