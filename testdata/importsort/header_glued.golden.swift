// Copyright 2026 Example Corp.
// SPDX-License-Identifier: MIT
import Foundation

import Vapor

let x = 1
