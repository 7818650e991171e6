extension Network {
    /// The share of advice ties that go to formal leaders: how far the network still looks to
    /// titles for advice. Falling over terms means *ownership* of the work is spreading beyond
    /// formal positions (Coburn 2003).
    ///
    /// Definition: |{advice ties u → v : v is a formal leader}| / |advice ties|, each
    /// (source, target) advice tie counted once; a formal leader is a person whose title marks a
    /// position (``Person/isFormalLeader``).
    ///
    /// - Returns: a share in [0, 1]; `nil` when the term has no advice ties.
    /// - Complexity: O(m).
    ///
    /// Directed (the person named counts); unweighted; disconnected networks are fine.
    ///
    /// Reference: Spillane, J. P., Kim, C. M. (2012). An exploratory analysis of formal school
    /// leaders' positioning in instructional advice and information networks in elementary
    /// schools. *American Journal of Education* 119(1), 73–102. DOI 10.1086/667755; Coburn, C. E.
    /// (2003). Rethinking scale. *Educational Researcher* 32(6), 3–12. DOI 10.3102/0013189X032006003.
    ///
    /// Example: four advice ties, one of them to the Head of Maths: 1/4.
    public var adviceToFormalShare: Double? {
        var total = 0, toFormal = 0
        for tie in ties where tie.relation == .advice {
            total += 1
            if people[tie.target].isFormalLeader { toFormal += 1 }
        }
        return total > 0 ? Double(toFormal) / Double(total) : nil
    }
}
