extension RouteFramework {
    /// Hummingbird 2 (docs.hummingbird.codes/2.0/documentation/hummingbird/routerguide; the
    /// `RouterMethods` API of Hummingbird 2.28, `ws` of hummingbird-websocket).
    static let hummingbird = RouteFramework(
        name: "Hummingbird",
        builderTypes: ["RouterGroup", "Router", "RouterMethods", "RouteCollection"],
        rootTypes: ["Router"],
        rootConstructors: ["Router"],
        verbs: ["get": .get, "post": .post, "put": .put, "patch": .patch, "delete": .delete, "head": .head],
        methodArgumentVerbs: ["on"],
        methodLabels: ["method"],
        webSocketVerbs: ["ws"],
        handlerLabels: ["use", "onUpgrade", "responder"],
        groupingCalls: ["group"],
        passThroughCalls: ["add", "addMiddleware", "addRoutes"],
        verbsReturnBuilder: true,
        collectionConstructors: ["RouteCollection"],
        collectionAdditions: [CollectionAddition(call: "addRoutes", pathLabel: "atPath")],
        resultBuilderGroups: ["RouteGroup"],
        resultBuilderVerbs: ["Get": .get, "Post": .post, "Put": .put, "Patch": .patch, "Delete": .delete, "Head": .head],
        resultBuilderRoots: ["RouterBuilder"],
        controllerBodyProperties: ["body"],
        pathComponentTypes: ["RouterPath"],
        pathComponentConstructors: ["init": .parsed],
        entryPoints: ["buildApplication", "buildRouter"],
        entryProperties: ["responder"])
}
