import Foundation

// used for the event loop
import NIO

let y = 2
