import JDCloudCore
import JDCloudVM

/// The services `jdcloud` knows, by the first label of their host. Everything
/// about their operations comes from the generated command tables; a new
/// service only needs its line here.
let services: [(name: String, commands: [JDCloudCommand])] = [
    ("vm", VMCommands.all),
]
