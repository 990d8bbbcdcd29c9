import Foundation
import NIO
import Foundation
import NIO // used for the event loop
import Foundation

let y = 2
