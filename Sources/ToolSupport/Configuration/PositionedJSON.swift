/// A JSON value that remembers where it was written, so a configuration error can name the
/// file, line and column of the key or value at fault. Foundation's parser forgets positions.
public indirect enum JSONValue: Sendable, Equatable {
    case object([Member])
    case array([Positioned])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public struct Member: Sendable, Equatable {
        public let key: String
        public let keyPosition: TextPosition
        public let value: Positioned
    }

    public struct Positioned: Sendable, Equatable {
        public let value: JSONValue
        public let position: TextPosition
    }

    /// What a message calls this kind of value.
    public var kindName: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "true or false"
        case .null: "null"
        }
    }
}

/// A 1-based line and column (in characters).
public struct TextPosition: Sendable, Equatable {
    public let line: Int
    public let column: Int
}

public struct JSONSyntaxError: Error, Sendable {
    public let position: TextPosition
    public let message: String
}

/// A strict RFC 8259 parser over the text's characters.
public struct PositionedJSONParser {
    private let characters: [Character]
    private var index = 0
    private var line = 1
    private var column = 1

    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue.Positioned {
        var parser = PositionedJSONParser(characters: Array(text))
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        guard parser.index == parser.characters.count else { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    private var position: TextPosition { TextPosition(line: line, column: column) }
    private var current: Character? { index < characters.count ? characters[index] : nil }

    private func error(_ message: String) -> JSONSyntaxError { JSONSyntaxError(position: position, message: message) }

    private mutating func advance() {
        if characters[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipWhitespace() {
        while let character = current, character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\r\n" {
            advance()
        }
    }

    private mutating func expect(_ character: Character) throws(JSONSyntaxError) {
        guard current == character else { throw error("expected '\(character)'") }
        advance()
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue.Positioned {
        let start = position
        switch current {
        case "{": return JSONValue.Positioned(value: try parseObject(), position: start)
        case "[": return JSONValue.Positioned(value: try parseArray(), position: start)
        case "\"": return JSONValue.Positioned(value: .string(try parseString()), position: start)
        case "t": try literal("true"); return JSONValue.Positioned(value: .bool(true), position: start)
        case "f": try literal("false"); return JSONValue.Positioned(value: .bool(false), position: start)
        case "n": try literal("null"); return JSONValue.Positioned(value: .null, position: start)
        case let character? where character == "-" || character.isASCII && character.isNumber:
            return JSONValue.Positioned(value: .number(try parseNumber()), position: start)
        case nil: throw error("unexpected end of file")
        default: throw error("expected a JSON value")
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        for character in word {
            guard current == character else { throw error("expected '\(word)'") }
            advance()
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        advance()
        var members: [JSONValue.Member] = []
        skipWhitespace()
        if current == "}" {
            advance()
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyPosition = position
            guard current == "\"" else { throw error("expected a quoted key") }
            let key = try parseString()
            if members.contains(where: { $0.key == key }) {
                throw JSONSyntaxError(position: keyPosition, message: "duplicate key '\(key)'")
            }
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            members.append(JSONValue.Member(key: key, keyPosition: keyPosition, value: try parseValue()))
            skipWhitespace()
            if current == "," {
                advance()
                continue
            }
            try expect("}")
            return .object(members)
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        advance()
        var elements: [JSONValue.Positioned] = []
        skipWhitespace()
        if current == "]" {
            advance()
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            if current == "," {
                advance()
                continue
            }
            try expect("]")
            return .array(elements)
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        advance()
        var result = ""
        while let character = current {
            advance()
            switch character {
            case "\"":
                return result
            case "\\":
                guard let escaped = current else { throw error("unterminated string") }
                advance()
                switch escaped {
                case "\"", "\\", "/": result.append(escaped)
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "t": result.append("\t")
                case "u":
                    var hex = ""
                    for _ in 0..<4 {
                        guard let digit = current, digit.isHexDigit else { throw error("expected four hex digits after \\u") }
                        hex.append(digit)
                        advance()
                    }
                    result.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!) ?? "\u{FFFD}")
                default:
                    throw error("unknown escape '\\\(escaped)'")
                }
            case "\n":
                throw error("unterminated string")
            default:
                result.append(character)
            }
        }
        throw error("unterminated string")
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        var text = ""
        while let character = current, character == "-" || character == "+" || character == "." || character == "e" || character == "E"
            || (character.isASCII && character.isNumber)
        {
            text.append(character)
            advance()
        }
        guard let number = Double(text) else { throw error("malformed number '\(text)'") }
        return number
    }
}
