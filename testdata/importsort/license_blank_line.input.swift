// Copyright 2026 Example Corp.
// Licensed under the Apache License, Version 2.0.

import Vapor
import Foundation

let x = 1
