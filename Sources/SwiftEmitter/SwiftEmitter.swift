// The SwiftEmitter module.
