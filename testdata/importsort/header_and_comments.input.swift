#!/usr/bin/env swift
// Copyright 2026 Example Corp.
// Licensed under the Apache License, Version 2.0.

// Needed for the web server.
// Keep in sync with Package.swift.
import Vapor
import Foundation // for Date
/* Logging */
import Logging

// MARK: - Code
let z = 3
