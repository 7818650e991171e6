/// Colours and shapes for groups (units), safe for colour-blind readers.
///
/// The first eight groups take the Okabe–Ito colours (Okabe & Ito 2008, "Color Universal
/// Design"); beyond eight, colours repeat with a different shape (circle, square, triangle,
/// diamond, …) so every group stays distinguishable. People with no group are light grey.
public enum Palette {
    public static let colors = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999"]
    public static let shapes = ["circle", "square", "triangle", "diamond", "pentagon", "invtriangle", "hexagon", "octagon"]
    /// A symbol for each shape, for legends.
    public static let symbols = ["●", "■", "▲", "◆", "⬟", "▼", "⬢", "⯃"]
    public static let noGroupColor = "#CCCCCC"

    public static func color(_ group: Int) -> String { colors[group % colors.count] }
    public static func shape(_ group: Int) -> String { shapes[(group / colors.count) % shapes.count] }
    public static func symbol(_ group: Int) -> String { symbols[(group / colors.count) % symbols.count] }
}
