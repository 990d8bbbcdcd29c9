#!/usr/bin/env swift
import Vapor
import Foundation

print("hi")
