import Foundation

import Vapor
