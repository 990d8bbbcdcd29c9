// Copyright 2026 Example Corp.
// SPDX-License-Identifier: MIT
import Vapor
import Foundation

let x = 1
