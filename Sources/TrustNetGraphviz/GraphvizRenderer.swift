import CGraphviz
import Synchronization

/// Lays out and renders DOT through Graphviz's C library (libgvc) — the one file that calls C.
///
/// Graphviz keeps global state and is not thread-safe, so every call here runs under one
/// process-wide lock. Every C acquisition is paired with a `defer` that frees it. Graphviz's
/// error messages are captured (not printed) and returned in ``GraphvizError``.
public enum GraphvizRenderer {
    /// Lays out `dot` with `engine` (`auto` resolved by the graph's node count) and renders it
    /// as `format`.
    public static func render(dot: String, engine: LayoutEngine, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
        try withGraph(dot: dot, engine: engine) { context, graph throws(GraphvizError) in
            try renderData(context, graph, format: format.rawValue)
        }
    }

    /// Lays out `dot` and reads back each node's position in points, keyed by node name.
    public static func positions(dot: String, engine: LayoutEngine) throws(GraphvizError) -> [String: (x: Double, y: Double)] {
        try nodeGeometry(dot: dot, engine: engine).mapValues { ($0.x, $0.y) }
    }

    /// Lays out `dot` and reads back each node's position and size in points (as drawn: a node
    /// sized by its label has grown to fit it), keyed by node name.
    public static func nodeGeometry(dot: String, engine: LayoutEngine) throws(GraphvizError)
        -> [String: (x: Double, y: Double, width: Double, height: Double)]
    {
        try withGraph(dot: dot, engine: engine) { context, graph throws(GraphvizError) in
            // Rendering to "dot" attaches the layout to the attributes (`pos`, `width`, `height`).
            _ = try renderData(context, graph, format: "dot")
            var result: [String: (x: Double, y: Double, width: Double, height: Double)] = [:]
            var node = agfstnode(graph)
            while let n = node {
                let raw = UnsafeMutableRawPointer(n)
                if let name = agnameof(raw), let pos = trustnet_agget(raw, "pos") {
                    let parts = String(cString: pos).split(separator: ",")
                    // Sizes are in inches.
                    func inches(_ key: String) -> Double { trustnet_agget(raw, key).flatMap { Double(String(cString: $0)) } ?? 0 }
                    if parts.count >= 2, let x = Double(parts[0]), let y = Double(parts[1].filter { $0 != "!" }) {
                        result[String(cString: name)] = (x, y, inches("width") * 72, inches("height") * 72)
                    }
                }
                node = agnxtnode(graph, n)
            }
            return result
        }
    }

    /// The size in points Graphviz gives each text as a one-line label in `font` at `size`
    /// points (measured by its text layout, as it will be drawn), in the order given.
    public static func textSizes(_ texts: [String], font: String, size: Double) throws(GraphvizError) -> [(width: Double, height: Double)] {
        guard !texts.isEmpty else { return [] }
        var dot = "graph measure {\n  node [shape=plaintext, margin=0, width=0, height=0, fontname=\(DOTText.quoted(font)), fontsize=\(DOTText.fixed(size)), pos=\"0,0\"];\n"
        for (i, text) in texts.enumerated() { dot += "  t\(i) [label=\(DOTText.quoted(text))];\n" }
        dot += "}\n"
        return try withGraph(dot: dot, engine: .nop) { context, graph throws(GraphvizError) in
            _ = try renderData(context, graph, format: "dot")
            var sizes = [(width: Double, height: Double)](repeating: (0, 0), count: texts.count)
            var node = agfstnode(graph)
            while let n = node {
                if let name = agnameof(UnsafeMutableRawPointer(n)), let i = Int(String(cString: name).dropFirst()),
                    let w = trustnet_agget(UnsafeMutableRawPointer(n), "width").flatMap({ Double(String(cString: $0)) }),
                    let h = trustnet_agget(UnsafeMutableRawPointer(n), "height").flatMap({ Double(String(cString: $0)) })
                {
                    sizes[i] = (w * 72, h * 72)
                }
                node = agnxtnode(graph, n)
            }
            return sizes
        }
    }

    // MARK: - The C boundary

    private static let lock = Mutex(())
    /// Graphviz's last error text, collected by ``collectError`` while the lock is held.
    nonisolated(unsafe) private static var errorText = ""

    private static let collectError: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { message in
        if let message { GraphvizRenderer.errorText += String(cString: message) }
        return 0
    }

    private static func withGraph<T>(
        dot: String, engine: LayoutEngine, _ body: (OpaquePointer, UnsafeMutablePointer<Agraph_t>) throws(GraphvizError) -> T
    ) throws(GraphvizError) -> T {
        try lock.withLock { _ throws(GraphvizError) -> T in
            errorText = ""
            let previousHandler = agseterrf(collectError)
            let previousLevel = agseterr(AGERR)
            defer {
                agseterrf(previousHandler)
                agseterr(previousLevel)
            }
            guard let context = gvContext() else { throw .contextUnavailable }
            defer { gvFreeContext(context) }
            guard let graph = dot.withCString({ agmemread($0) }) else {
                throw .syntax(errorText.isEmpty ? "syntax error" : trimmed(errorText))
            }
            defer { agclose(graph) }
            let engineName = engine.resolved(nodeCount: Int(agnnodes(graph))).rawValue
            guard gvLayout(context, graph, engineName) == 0 else {
                throw .layoutFailed(engine: engineName, message: trimmed(errorText))
            }
            defer { gvFreeLayout(context, graph) }
            return try body(context, graph)
        }
    }

    private static func renderData(_ context: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, format: String) throws(GraphvizError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = trustnet_render_data(context, graph, format, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard status == 0, let buffer else { throw .renderFailed(format: format, message: trimmed(errorText)) }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    private static func trimmed(_ text: String) -> String {
        String(text.split(whereSeparator: \.isNewline).joined(separator: "; ").prefix(500))
    }
}
