import BuiltProducts

/// Runs the built `jdcloud` binary as a subprocess.
enum CommandLineRunner {
    static func run(_ arguments: [String], environment: [String: String], input: String? = nil) throws -> BuiltProduct.Outcome {
        try BuiltProduct.run("jdcloud", arguments, environment: environment, input: input)
    }
}
