import Vapor
import Foundation
