// File header

import Vapor
// Dates and formatting.
import Foundation
import MyCore // our models

let x = 1
