import Vapor
import MyCore
import Foundation
import ArgumentParser
import SwiftUI
import MyApp
import Dispatch

struct Service {}
