import RealModule

/// Burt's structural-hole measures of every node (``Graph/structuralHoles()``).
public struct StructuralHoles: Sendable, Equatable {
    /// How much a person's contacts are tied to each other (high = no holes to broker).
    public var constraint: NodeScores
    /// Contacts minus their redundancy (how many non-redundant contacts a person has).
    public var effectiveSize: NodeScores
    /// How much of the constraint comes from a single contact (0 = spread evenly).
    public var hierarchy: NodeScores
}

extension Graph {
    /// Burt's constraint, effective size and hierarchy: whether a person bridges otherwise
    /// separate colleagues (structural holes) or sits among people who all know each other.
    ///
    /// Definition, with N(v) the people v names or is named by, a_uv = w(u → v) + w(v → u) the
    /// mutual weight, p_uv = a_uv / Σ_{x∈N(u)} a_ux and m_uv = a_uv / max_{x∈N(u)} a_ux:
    /// - local constraint c_vj = (p_vj + Σ_{q∈N(v)} p_vq · p_qj)²; constraint C(v) = Σ_j c_vj;
    /// - effective size E(v) = Σ_{u∈N(v)} (1 − Σ_{w∈N(v)} p_vw · m_uw);
    /// - hierarchy H(v) = Σ_j (c_vj / c̄) ln(c_vj / c̄) / (|N| ln |N|), c̄ = C(v) / |N(v)|
    ///   (0 when v has one contact).
    /// Constraint and effective size are NetworkX's `constraint` and `effective_size` on a
    /// directed graph; hierarchy is Burt's (1992) Coleman–Theil index of the local constraints.
    ///
    /// - Parameter progress: called with (people done, n) about a hundred times, the last (n, n).
    /// - Returns: the three measures; NaN for isolates (no contacts: undefined). Unlike
    ///   NetworkX, people who are named but name nobody get values (NetworkX returns NaN for
    ///   them because it tests out-ties only, although its formula uses ties both ways).
    /// - Complexity: O(Σ_v Σ_{q∈N(v)} |N(q)|) time, O(n) extra memory.
    ///
    /// Directed graphs are read through mutual weights (direction ignored, both directions
    /// summed); weights are strengths (use a graph with unit weights for the unweighted form).
    /// Disconnected graphs are fine: only neighbourhoods matter.
    ///
    /// Reference: Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition*,
    /// ch. 2. Harvard University Press. DOI 10.4159/9780674029095. Borgatti, S. P. (1997).
    /// Structural holes: unpacking Burt's redundancy measures. *Connections* 20(1), 35–38.
    ///
    /// Example: the star `a — b, a — c` (one tie each way to a): p_ab = p_ac = 1/2, b and c
    /// are not tied, so C(a) = (1/2)² + (1/2)² = 0.5, E(a) = 2, H(a) = 0; C(b) = 1 (one
    /// contact), E(b) = 1, H(b) = 0.
    public func structuralHoles(progress: (@Sendable (Int, Int) -> Void)? = nil) -> StructuralHoles {
        let n = nodeCount
        let view = undirected
        var totalWeight = [Double](repeating: 0, count: n)
        var maxWeight = [Double](repeating: 0, count: n)
        for v in 0..<n {
            for k in view.outOffsets[v]..<view.outOffsets[v + 1] {
                maxWeight[v] = max(maxWeight[v], view.outWeights[k])
            }
            // Proportions only: each person's weights are read relative to their largest, so
            // the sums stay finite for any finite positive weights.
            for k in view.outOffsets[v]..<view.outOffsets[v + 1] { totalWeight[v] += view.outWeights[k] / maxWeight[v] }
        }
        var constraint = [Double](repeating: .nan, count: n)
        var effectiveSize = [Double](repeating: .nan, count: n)
        var hierarchy = [Double](repeating: .nan, count: n)
        // Scatter arrays over N(v): p_vj, and Σ_q p_vq · p_qj; zero outside N(v).
        var direct = [Double](repeating: 0, count: n)
        var indirect = [Double](repeating: 0, count: n)
        var shown = LoopProgress(total: n, progress)
        for v in 0..<n {
            shown.advance(to: v)
            let contacts = view.outOffsets[v]..<view.outOffsets[v + 1]
            guard !contacts.isEmpty else { continue }
            for k in contacts { direct[Int(view.outTargets[k])] = view.outWeights[k] / maxWeight[v] / totalWeight[v] }
            var effective = 0.0
            for k in contacts {
                let q = Int(view.outTargets[k])
                var redundancy = 0.0
                for l in view.outOffsets[q]..<view.outOffsets[q + 1] {
                    let j = Int(view.outTargets[l])
                    guard direct[j] > 0 else { continue }
                    indirect[j] += direct[q] * (view.outWeights[l] / maxWeight[q] / totalWeight[q])
                    redundancy += direct[j] * view.outWeights[l] / maxWeight[q]
                }
                effective += 1 - redundancy
            }
            var total = 0.0
            for k in contacts {
                let j = Int(view.outTargets[k])
                let local = (direct[j] + indirect[j]) * (direct[j] + indirect[j])
                indirect[j] = local  // reuse the slot for c_vj until the hierarchy is done
                total += local
            }
            let count = Double(contacts.count)
            var theil = 0.0
            if contacts.count > 1 {
                let mean = total / count
                for k in contacts {
                    let ratio = indirect[Int(view.outTargets[k])] / mean
                    if ratio > 0 { theil += ratio * Double.log(ratio) }  // 0 · ln 0 = 0
                }
                theil /= count * Double.log(count)
            }
            constraint[v] = total
            effectiveSize[v] = effective
            hierarchy[v] = theil
            for k in contacts {
                direct[Int(view.outTargets[k])] = 0
                indirect[Int(view.outTargets[k])] = 0
            }
        }
        shown.finish()
        return StructuralHoles(
            constraint: NodeScores(constraint), effectiveSize: NodeScores(effectiveSize), hierarchy: NodeScores(hierarchy))
    }
}
