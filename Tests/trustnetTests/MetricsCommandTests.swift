import Foundation
import Testing
import TrustNetTestSupport

/// `trustnet metrics` and `structure` through the built `trustnet`: what the summed network is.
@Suite(.serialized) struct MetricsCommandTests {
    /// Sampson's monks: like and dislike in one file. Summing them by default is said to treat
    /// dislike as a positive tie; choosing a relation says nothing of it.
    @Test func summingANegativeRelationIsPointedOut() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let roster = cli.write("roster.csv", "id,name\na,Ann\nb,Bo\nc,Cy\n")
        let ties = cli.write("ties.csv", "source,target,relation\na,b,like\nb,c,like\nc,a,dislike\n")
        #expect(try cli.run(["import", roster, ties, "--term", "t"]).status == 0)
        let all = try cli.run(["metrics", "--format", "csv"])
        #expect(all.status == 0)
        #expect(all.stderr.contains("dislike + like (weights summed); dislike is summed as if it were a positive tie: choose relations with --relation"))
        let structure = try cli.run(["structure"])
        #expect(structure.stderr.contains("dislike is summed as if it were a positive tie"))
        let like = try cli.run(["metrics", "--relation", "like", "--format", "csv"])
        #expect(like.status == 0 && !like.stderr.contains("positive tie"))
        // Without advice ties the coalition's comparison ranks by what stands in: like, not dislike.
        let suggest = try cli.run(["coalition", "suggest", "--size", "2"])
        #expect(suggest.status == 0 && suggest.stderr.contains("top 2 by in-degree (like ties)"))
    }
}
