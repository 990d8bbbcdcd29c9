/// Where an imported module comes from, which decides its group. The raw values order the groups.
public enum ModuleOrigin: Int, Sendable, CaseIterable {
    /// The Swift toolchain and the platform SDKs.
    case system = 0
    /// Every other package.
    case thirdParty = 1
    /// The targets of the package the file belongs to.
    case local = 2
}

/// Decides a module's origin from the first component of its import path.
public struct ModuleClassifier: Sendable, Hashable {
    public var localModules: Set<String>
    public var extraSystemModules: Set<String>

    public init(localModules: Set<String> = [], extraSystemModules: Set<String> = []) {
        self.localModules = localModules
        self.extraSystemModules = extraSystemModules
    }

    public func origin(of modulePath: String) -> ModuleOrigin {
        let first = String(modulePath.split(separator: ".", maxSplits: 1).first ?? Substring(modulePath))
        // A package target that shadows an SDK name is still the package's own.
        if localModules.contains(first) { return .local }
        if extraSystemModules.contains(first) || Self.systemModules.contains(first) { return .system }
        return .thirdParty
    }

    /// Modules of the Swift toolchains (Linux, Windows, WASI, Android) and of Apple's SDKs.
    public static let systemModules: Set<String> = [
        // The standard library and toolchain modules.
        "Swift", "_Concurrency", "_StringProcessing", "_Differentiation", "_Volatile", "_RegexParser",
        "SwiftShims", "RegexBuilder", "Synchronization", "Observation", "Distributed", "Cxx", "CxxStdlib",
        "Builtin", "SwiftOnoneSupport", "_Backtracing", "Runtime",
        // Foundation and its parts.
        "Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML",
        "FoundationInternationalization", "_FoundationCShims", "CoreFoundation", "Dispatch",
        // C libraries and platform overlays.
        "Glibc", "Musl", "Darwin", "Android", "Bionic", "WinSDK", "ucrt", "CRT", "WASILibc", "wasi_pthread",
        "SwiftGlibc", "SwiftWASILibc", "visualc", "vcruntime", "MachO", "os", "ObjectiveC", "Security",
        // Testing and package manifests.
        "XCTest", "Testing", "PackageDescription", "PackagePlugin", "StoreKitTest", "XCUIAutomation",
        // Apple frameworks.
        "Accelerate", "Accessibility", "AccessorySetupKit", "Accounts", "ActivityKit", "AdAttributionKit",
        "AddressBook", "AddressBookUI", "AdServices", "AdSupport", "AppClip", "AppIntents", "AppKit",
        "AppTrackingTransparency", "ARKit", "AssetsLibrary", "AudioToolbox", "AudioUnit", "AuthenticationServices",
        "AutomaticAssessmentConfiguration", "Automator", "AVFAudio", "AVFoundation", "AVKit", "AVRouting",
        "BackgroundAssets", "BackgroundTasks", "BusinessChat", "CallKit", "CarPlay", "CFNetwork", "Charts",
        "ClassKit", "ClockKit", "CloudKit", "Cocoa", "Collaboration", "ColorSync", "Combine", "Compression",
        "Contacts", "ContactsUI", "CoreAudio", "CoreAudioKit", "CoreAudioTypes", "CoreBluetooth", "CoreData",
        "CoreHaptics", "CoreImage", "CoreLocation", "CoreLocationUI", "CoreMedia", "CoreMIDI", "CoreML",
        "CoreMotion", "CoreNFC", "CoreServices", "CoreSpotlight", "CoreTelephony", "CoreText", "CoreTransferable",
        "CoreVideo", "CoreWLAN", "CryptoKit", "CryptoTokenKit", "DataDetection", "DeveloperToolsSupport",
        "DeviceActivity", "DeviceCheck", "DeviceDiscoveryExtension", "DiskArbitration", "DockKit",
        "DriverKit", "EventKit", "EventKitUI", "ExceptionHandling", "ExecutionPolicy", "ExtensionFoundation",
        "ExtensionKit", "ExternalAccessory", "FamilyControls", "FileProvider", "FileProviderUI", "FinanceKit",
        "FinderSync", "ForceFeedback", "GameController", "GameKit", "GameplayKit", "GLKit", "GroupActivities",
        "GSS", "HealthKit", "HealthKitUI", "HomeKit", "Hypervisor", "ImageCaptureCore", "ImageIO", "ImagePlayground",
        "InputMethodKit", "Intents", "IntentsUI", "IOBluetooth", "IOBluetoothUI", "IOKit", "IOSurface",
        "IOUSBHost", "iTunesLibrary", "JavaScriptCore", "JournalingSuggestions", "Kernel", "LatentSemanticMapping",
        "LightweightCodeRequirements", "LinkPresentation", "LocalAuthentication", "LocalAuthenticationEmbeddedUI",
        "ManagedAppDistribution", "ManagedSettings", "ManagedSettingsUI", "MapKit", "MarketplaceKit",
        "MatterSupport", "MediaAccessibility", "MediaPlayer", "MediaSetup", "MediaToolbox", "MessageUI", "Messages",
        "Metal", "MetalFX", "MetalKit", "MetalPerformanceShaders", "MetalPerformanceShadersGraph", "MetricKit",
        "MLCompute", "ModelIO", "MultipeerConnectivity", "MusicKit", "NaturalLanguage", "NearbyInteraction",
        "Network", "NetworkExtension", "NotificationCenter", "OpenAL", "OpenDirectory", "OpenGL", "OpenGLES",
        "OSLog", "ParavirtualizedGraphics", "PassKit", "PDFKit", "PencilKit", "PHASE", "Photos", "PhotosUI",
        "PushKit", "PushToTalk", "QuartzCore", "QuickLook", "QuickLookThumbnailing", "QuickLookUI", "RealityKit",
        "ReplayKit", "SafariServices", "SafetyKit", "SceneKit", "ScreenCaptureKit", "ScreenSaver", "ScreenTime",
        "ScriptingBridge", "SensitiveContentAnalysis", "SensorKit", "ServiceManagement", "SharedWithYou",
        "SharedWithYouCore", "ShazamKit", "Social", "SoundAnalysis", "Speech", "SpriteKit", "StoreKit", "SwiftData",
        "SwiftUI", "Symbols", "System", "SystemConfiguration", "SystemExtensions", "TabularData", "ThreadNetwork",
        "TipKit", "Translation", "TVMLKit", "TVServices", "TVUIKit", "UIKit", "UniformTypeIdentifiers",
        "UserNotifications", "UserNotificationsUI", "VideoSubscriberAccount", "VideoToolbox", "Virtualization",
        "Vision", "VisionKit", "WatchConnectivity", "WatchKit", "WeatherKit", "WebKit", "WidgetKit", "WorkoutKit",
        "XPC", "simd", "zlib", "libkern", "Darwin.C", "SwiftOverlayShims", "CoreGraphics", "ApplicationServices",
        "Carbon", "Quartz", "QuickTime", "SecurityFoundation", "SecurityInterface", "AppleArchive",
    ]
}
