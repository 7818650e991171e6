import ArgumentParser

@main
struct TrustNetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "trustnet")
}
