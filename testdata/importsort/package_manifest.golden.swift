// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(name: "Demo")
