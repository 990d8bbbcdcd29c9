#!/usr/bin/env swift
// Copyright 2026 Example Corp.
// Licensed under the Apache License, Version 2.0.

// Needed for the web server.
// Keep in sync with Package.swift.
import Foundation // for Date

/* Logging */
import Logging
import Vapor

// MARK: - Code
let z = 3
