typealias Left = Right
typealias Right = Left

/// @Summary An alias that never ends
/// @Success 200 {object} Left // want:5 "^typealias 'Left' refers to itself$"
/// @Router /loop [get]
func loop() {}
