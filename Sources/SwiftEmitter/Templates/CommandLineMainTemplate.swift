/// `Sources/jdcloud/main.swift` of a generated package: the command line
/// with every service of the package.
enum CommandLineMainTemplate {
    static func render(_ services: [ServicePlan]) -> String {
        let suffix = SwiftLayout.elementSuffix(count: services.count)
        let list = services.map { "    \($0.commandsName).service\(suffix)\n" }.joined()
        return """
            await JDCloudCommandLine(services: [
            \(list)]).main()

            """
    }
}
