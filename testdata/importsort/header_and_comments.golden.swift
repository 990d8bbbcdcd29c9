#!/usr/bin/env swift
// Copyright 2026 Example Corp.
// Licensed under the Apache License, Version 2.0.

import Foundation // for Date

/* Logging */
import Logging
// Needed for the web server.
// Keep in sync with Package.swift.
import Vapor

// MARK: - Code
let z = 3
