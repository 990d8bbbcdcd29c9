/// One registration line, one path, unless the reader knows why not: a line reached through
/// several calls the reader bound (a helper called for two groups, a loop over an array of
/// controllers it evaluated) registers one route per call, each finding noting the call it came
/// through; several paths that no call tells apart would be a guess, and become one unresolved
/// finding.
enum OneLineOnePath {
    static func checked(_ registrations: [RouteRegistration]) -> [RouteRegistration] {
        var order: [InputLocation] = []
        var byLine: [InputLocation: [RouteRegistration]] = [:]
        for registration in registrations {
            if byLine[registration.location] == nil { order.append(registration.location) }
            byLine[registration.location, default: []].append(registration)
        }
        return order.flatMap { location in checked(line: byLine[location] ?? []) }
    }

    private static func checked(line registrations: [RouteRegistration]) -> [RouteRegistration] {
        let resolved = registrations.filter(\.isResolved)
        guard resolved.count > 1 else { return registrations }
        let others = registrations.filter { !$0.isResolved }
        guard Set(resolved.map(\.via)).count == resolved.count else {
            let paths = resolved.map(\.display).joined(separator: ", ")
            return others + [RouteRegistration(
                method: resolved[0].method, path: nil, location: resolved[0].location, via: resolved[0].via,
                unplaced: "this line would register \(resolved.count) routes (\(paths)) that no call apigen followed tells apart, so none is checked")]
        }
        return others + resolved.map { registration in
            var noted = registration
            if let step = distinguishingStep(of: registration, among: resolved) {
                noted.notes.append(step.location.note(
                    "one of the \(resolved.count) routes this line registers, one per call that reaches it: \(registration.display) through \(step.description)"))
            }
            return noted
        }
    }

    /// The first call on the way to this registration that the others did not make.
    private static func distinguishingStep(of registration: RouteRegistration, among all: [RouteRegistration]) -> RouteCallStep? {
        for (index, step) in registration.via.enumerated() {
            let shared = all.allSatisfy { other in other.via.count > index && other.via[index] == step }
            if !shared { return step }
        }
        return registration.via.last
    }
}
