// importsort-flags: --system Kitura --local SharedModels

import Foundation
import Kitura

import Vapor

import SharedModels

let q = 0
