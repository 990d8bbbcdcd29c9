#!/usr/bin/env swift
import Foundation

import Vapor

print("hi")
