import Dispatch
import Foundation
import SwiftUI

import ArgumentParser
import Vapor

import MyApp
import MyCore

struct Service {}
