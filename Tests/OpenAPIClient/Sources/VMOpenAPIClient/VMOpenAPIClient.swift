// The module's types and client are written at build time by
// swift-openapi-generator's plugin from openapi.json, the document that
// `sdkgen openapi` exports for the vm service (see `make openapi-roundtrip`).
// SwiftPM needs one source file of the target's own to build it.
