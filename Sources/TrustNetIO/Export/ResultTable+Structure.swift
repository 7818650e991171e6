import TrustNet

extension ResultTable {
    /// The network-level measures, one row each: `measure,value,meaning`.
    public static func structureSummary(_ s: NetworkStructure) -> ResultTable {
        var table = ResultTable(columns: ["measure", "value", "meaning"])
        func row(_ name: String, _ value: Cell, _ meaning: String) { table.append([.text(name), value, .text(meaning)]) }
        func number(_ x: Double?) -> Cell { x.map { $0.isFinite ? .number($0) : .empty } ?? .empty }
        row("people", .integer(s.people), "people on the roster this term")
        row("ties", .integer(s.ties), "directed ties (a person naming a colleague)")
        row("density", number(s.density), "share of all possible ties that exist")
        row("reciprocity", number(s.reciprocity), "share of ties that are returned")
        row("transitivity", number(s.transitivity), "share of two-step links closed into triangles (ties either way)")
        row("in_degree_centralization", number(s.inDegreeCentralization), "1 = everyone names the same person; 0 = named equally often")
        row("weak_components", .integer(s.weakComponents.count), "groups not linked to each other at all (isolates count as one each)")
        row("largest_component_share", number(s.largestComponentShare), "share of people in the largest linked group")
        row("strong_components", .integer(s.strongComponents.count), "groups in which everyone can reach everyone along ties")
        row("isolates", .integer(s.isolates.count), "people with no tie at all")
        if let ei = s.ei {
            row("ei_index", number(ei.observed), "−1 = all ties inside units, +1 = all ties between units")
            row("ei_expected", number(ei.expected), "E-I index if units were assigned at random (same sizes)")
            row("ei_p_value", number(ei.pValue), "share of \(ei.permutations) random assignments at least as far from chance")
            row("cross_unit_ties", .integer(ei.external), "ties between different units")
            row("within_unit_ties", .integer(ei.internal), "ties inside a unit")
        }
        row("core_size", .integer(s.corePeriphery.coreMembers.count), "people in the densely tied core (Borgatti–Everett)")
        row("core_fit", number(s.corePeriphery.fit), "how well the network fits a core–periphery pattern (correlation, 1 = perfect)")
        row("core_density", number(s.corePeriphery.coreDensity), "tie density inside the core")
        row("periphery_density", number(s.corePeriphery.peripheryDensity), "tie density inside the periphery")
        row("communities", .integer(s.communities.communityCount), "groups found by Leiden (ties either way, weights summed)")
        row("modularity", number(s.modularity), "how separate those groups are (0 = no better than chance)")
        if let agreement = s.communityUnitAgreement {
            row("unit_modularity", number(s.unitModularity), "modularity of the units taken as groups")
            row("community_unit_agreement", number(agreement), "how far the groups found follow the units (NMI, 1 = the same)")
        }
        return table
    }

    /// One row per unit: size, ties within, to and from other units, density within, E-I.
    public static func structureUnits(_ s: NetworkStructure) -> ResultTable {
        var table = ResultTable(columns: ["unit", "people", "ties_within", "ties_out", "ties_in", "density_within", "ei_index"])
        guard let coupling = s.coupling, let ei = s.ei else { return table }
        for (u, name) in s.unitNames.enumerated() {
            let out = coupling.ties[u].enumerated().filter { $0.offset != u }.map(\.element).reduce(0, +)
            let into = coupling.ties.enumerated().filter { $0.offset != u }.map { $0.element[u] }.reduce(0, +)
            table.append([
                .text(name), .integer(coupling.sizes[u]), .integer(coupling.ties[u][u]), .integer(out), .integer(into),
                .number(coupling.density[u][u]), ei.byUnit[u].isFinite ? .number(ei.byUnit[u]) : .empty,
            ])
        }
        return table
    }

    /// The unit coupling matrix: one row per sending unit, one column per receiving unit,
    /// tie density in each cell.
    public static func unitCoupling(_ s: NetworkStructure) -> ResultTable {
        var table = ResultTable(columns: ["from_unit"] + s.unitNames)
        guard let coupling = s.coupling else { return table }
        for (u, name) in s.unitNames.enumerated() {
            // Pairs not compared (units of different schools) are left empty.
            table.append([.text(name)] + coupling.density[u].indices.map { coupling.compared[u][$0] ? .number(coupling.density[u][$0]) : .empty })
        }
        return table
    }

    /// One row per community: its size, the unit most of its members belong to, and who is in it.
    public static func communities(_ s: NetworkStructure, _ network: Network) -> ResultTable {
        var table = ResultTable(columns: ["community", "people", "main_unit", "main_unit_share", "members"])
        for c in 0..<s.communities.communityCount {
            let members = s.communities.members(of: c)
            var counts: [String: Int] = [:]
            for m in members { if let unit = network.people[m].unit { counts[unit, default: 0] += 1 } }
            let main = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
            let names = members.prefix(8).map { network.people[$0].name }.joined(separator: "; ")
            table.append([
                .integer(c + 1), .integer(members.count), main.map { .text($0.key) } ?? .empty,
                main.map { .number(Double($0.value) / Double(members.count)) } ?? .empty,
                .text(names + (members.count > 8 ? "; …" : "")),
            ])
        }
        return table
    }
}
