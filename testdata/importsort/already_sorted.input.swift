// Nothing to do: the output is byte for byte the input.

@preconcurrency import Dispatch
import Foundation

import NIOCore
import Vapor

import MyCore

let done = true
