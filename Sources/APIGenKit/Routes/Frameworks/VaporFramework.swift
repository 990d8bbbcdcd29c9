extension RouteFramework {
    /// Vapor 4 (docs.vapor.codes/basics/routing, /basics/controllers, /advanced/websockets).
    static let vapor = RouteFramework(
        name: "Vapor",
        builderTypes: ["RoutesBuilder", "Application"],
        rootTypes: ["Application"],
        rootConstructors: ["Application", "Application.make"],
        rootMembers: ["routes"],
        verbs: ["get": .get, "post": .post, "put": .put, "patch": .patch, "delete": .delete],
        methodArgumentVerbs: ["on"],
        webSocketVerbs: ["webSocket"],
        handlerLabels: ["use", "onUpgrade"],
        groupingCalls: ["grouped", "group"],
        closureGroupingCalls: ["group"],
        collectionRegistrations: [CollectionRegistration(call: "register", label: "collection", entry: "boot")],
        collectionProtocols: ["RouteCollection"],
        pathComponentTypes: ["PathComponent"],
        pathComponentConstructors: ["init": .parsed, "constant": .constant, "parameter": .parameter],
        wildcardMembers: ["anything": .anything, "catchall": .catchall],
        stringPathMembers: ["pathComponents"],
        middlewareMembers: ["middleware"],
        clientMembers: ["client"],
        entryPoints: ["configure", "routes"])
}
