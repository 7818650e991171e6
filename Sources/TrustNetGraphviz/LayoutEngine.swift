/// A Graphviz layout program, run in-process through libgvc.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// neato up to ``autoNeatoLimit`` nodes, sfdp beyond.
    case auto
    /// Hierarchical (layered) layout.
    case dot
    /// Spring model (stress majorization): the default for school-sized networks.
    case neato
    /// Force-directed; slow (seconds at 300 people), never chosen by `auto`.
    case fdp
    /// Multiscale force-directed: large networks.
    case sfdp
    /// Circular.
    case circo
    /// Keep the positions the diagram gives (`neato -n`): for layouts pinned across terms
    /// (``DiagramOptions/pinned``). Graphviz shifts the whole drawing so it starts at the margin.
    case nop

    /// The most nodes `auto` gives to neato; larger graphs go to sfdp.
    public static let autoNeatoLimit = 400

    /// The engine to run for a graph of `nodeCount` nodes (`auto` resolved).
    public func resolved(nodeCount: Int) -> LayoutEngine {
        guard self == .auto else { return self }
        return nodeCount <= LayoutEngine.autoNeatoLimit ? .neato : .sfdp
    }
}

/// What Graphviz writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case svg, png, pdf
    /// The laid-out DOT, with every node's position.
    case dot
}

/// A failure inside Graphviz, with its own message when it gave one.
public enum GraphvizError: Error, Sendable, CustomStringConvertible, Equatable {
    case contextUnavailable
    case syntax(String)
    case layoutFailed(engine: String, message: String)
    case renderFailed(format: String, message: String)

    public var description: String {
        switch self {
        case .contextUnavailable: "Graphviz could not start (is libgvc installed with its plugins?)"
        case .syntax(let m): "Graphviz could not read the diagram: \(m)"
        case .layoutFailed(let e, let m): "Graphviz layout \(e) failed: \(m)"
        case .renderFailed(let f, let m): "Graphviz could not write \(f): \(m)"
        }
    }
}
