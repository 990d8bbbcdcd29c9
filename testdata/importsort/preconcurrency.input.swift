import Foundation
@preconcurrency import Dispatch
import NIOCore
@preconcurrency import Combine
@preconcurrency import Alamofire
import Alamofire.Session

let x = 1
