/// @title Primitives
/// @version 1.0
enum Info {}

/// Every scalar a model may hold.
struct Scalars {
    /// When it happened.
    var date: Date
    var uuid: UUID
    var url: URL
    var data: Data
    var int: Int
    var int8: Int8
    var int16: Int16
    var int32: Int32
    var int64: Int64
    var uint: UInt
    var uint32: UInt32
    var double: Double
    var float: Float
    var decimal: Decimal
    var bool: Bool
    var string: String
}

/// @Summary Scalars
/// @Tags scalars
/// @Success 200 {object} Scalars
/// @Router /scalars [get]
func scalars() {}
