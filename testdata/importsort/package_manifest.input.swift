// swift-tools-version: 6.0
import PackageDescription
import Foundation

let package = Package(name: "Demo")
