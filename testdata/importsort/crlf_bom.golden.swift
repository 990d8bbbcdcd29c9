// BOM and CRLF line endings survive.

import Foundation

import Vapor

import MyCore

let a = 1
