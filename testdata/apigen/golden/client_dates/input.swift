/// @title Dates
/// @version 1.0
/// @description Dates decode with and without fractional seconds (RFC 3339, as Go writes nanoseconds),
/// @description and are written with milliseconds only when they have a fraction.
enum Info {}

struct Event {
    var name: String
    /// Written by the server with nanoseconds.
    var startsAt: Date
    var endsAt: Date?
    var reminders: [Date]
}

/// @Summary Create an event
/// @ID create-event
/// @Tags events
/// @Accept json
/// @Produce json
/// @Param event body Event true "The event"
/// @Success 201 {object} Event
/// @Router /events [post]
func createEvent() {}

/// @Summary Events after a time
/// @ID list-events
/// @Tags events
/// @Param after query Date true "Events starting after this time"
/// @Success 200 {array} Event
/// @Router /events [get]
func listEvents() {}
