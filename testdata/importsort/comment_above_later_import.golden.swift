// File header

// Dates and formatting.
import Foundation

import Vapor

import MyCore // our models

let x = 1
