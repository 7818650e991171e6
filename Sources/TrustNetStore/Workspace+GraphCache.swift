import Foundation
import GRDB
import TrustNet

/// The graph cache (`graph_cache`, migration v6): for each term, its ties by person index in the
/// order the workspace reads them and each relation's graph as compressed sparse rows
/// (``GraphCacheBlob``), so loading a term for a measure reads a few blobs instead of every tie
/// row. It is derived data, always equal to what the rows give:
///
/// - an import writes it for a term whose ties all come from that import, in the same
///   transaction (``writeGraphCache(_:termID:ties:)``);
/// - SQLite triggers drop a term's cache whenever a row it derives from changes (a tie of the
///   term, its roster, a person's id, the term itself), in the transaction that changes it;
/// - a load that finds none builds the network from the rows and keeps its graphs for the next
///   load, unless the workspace changed in between.
extension Workspace {
    /// Whether a term has a complete graph cache (for tests and `trustnet terms`-like checks).
    public func hasGraphCache(term: String) throws -> Bool {
        try database.read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE name = ?", arguments: [term]) else { return false }
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM graph_cache WHERE term_id = ? AND kind = 'ties'", arguments: [id]) == 1
        }
    }

    /// The network of `term` built from the tie rows alone, never from the graph cache: what the
    /// cache must always equal.
    public func networkFromRows(term: String? = nil, unitColumn: String? = nil) throws -> Network {
        let name = try resolveTerm(term)
        return try database.read { db in try Workspace.loadNetwork(db, term: name, unitColumn: unitColumn, useCache: false).network }
    }

    /// The network of `term` from the graph cache when it has one, else from the rows; `fromRows`
    /// tells which.
    static func loadNetwork(_ db: Database, term name: String, unitColumn: String?, useCache: Bool = true) throws -> (
        network: Network, fromRows: Bool, termID: Int64
    ) {
        guard let termRow = try Row.fetchOne(db, sql: "SELECT id, name, position, starts, ends FROM term WHERE name = ?", arguments: [name])
        else { throw WorkspaceError.unknownTerm(name, known: try termNames(db)) }
        let termID: Int64 = termRow["id"]
        let term = Term(
            name: termRow["name"], order: termRow["position"], starts: (termRow["starts"] as String?).flatMap(CalendarDay.init),
            ends: (termRow["ends"] as String?).flatMap(CalendarDay.init))
        let (people, unit) = try Workspace.people(db, term: name, unitColumn: unitColumn)
        if useCache, let kept = try cachedTies(db, termID: termID, people: people.count) {
            let network = Network(term: term, people: people, ties: kept.ties, unitName: unit ?? "unit")
            return (network.keeping(kept.graphs), false, termID)
        }
        var index: [String: Int] = [:]
        for (i, p) in people.enumerated() { index[p.id] = i }
        let rows = try Row.fetchCursor(
            db, sql: "SELECT source, target, relation, weight FROM tie WHERE term_id = ? ORDER BY source, target, relation", arguments: [termID])
        var relations: [String: Relation] = [:]
        var ties: [Tie] = []
        while let row = try rows.next() {
            // Ties to people no longer on the term's roster (a roster replaced later) are left out.
            let spelling: String = row[2]
            guard let s = index[row[0] as String], let t = index[row[1] as String],
                let relation = relations[spelling] ?? Relation(spelling)
            else { continue }
            relations[spelling] = relation
            ties.append(Tie(source: s, target: t, relation: relation, weight: row[3]))
        }
        return (Network(term: term, people: people, ties: ties, unitName: unit ?? "unit"), true, termID)
    }

    /// The term's ties and graphs from the cache, or `nil` when it has none (or one that does not
    /// decode, or was made for another number of people).
    static func cachedTies(_ db: Database, termID: Int64, people n: Int) throws -> (ties: [Tie], graphs: Network.KeptGraphs)? {
        let rows = try Row.fetchAll(db, sql: "SELECT kind, relation, data FROM graph_cache WHERE term_id = ?", arguments: [termID])
        guard let tieRow = rows.first(where: { $0[0] as String == "ties" }), let tieData = tieRow[2] as Data?,
            let (ties, listed) = GraphCacheBlob.decodeTies(tieData, people: n)
        else { return nil }
        let relations = Set(listed)
        var byRelation: [Relation: Graph] = [:]
        var all: Graph?
        for row in rows where row[0] as String == "graph" {
            let name: String = row[1]
            guard let data = row[2] as Data?, let graph = GraphCacheBlob.decodeGraph(data, nodeCount: n) else { return nil }
            if name.isEmpty {
                all = graph
            } else {
                guard let relation = Relation(name), relation.name == name, relations.contains(relation) else { return nil }
                byRelation[relation] = graph
            }
        }
        guard byRelation.count == relations.count else { return nil }
        switch relations.count {
        case 0: all = GraphBuilder(nodeCount: n).build()
        case 1: all = byRelation.values.first
        default: break
        }
        guard let all else { return nil }
        return (ties, Network.KeptGraphs(byRelation: byRelation, all: all))
    }

    /// Replaces the term's graph cache with that of `network` (the term's network as the rows
    /// give it), inside the caller's transaction; returns the graphs written.
    @discardableResult
    static func writeGraphCache(_ db: Database, termID: Int64, network: Network) throws -> Network.KeptGraphs {
        try writeGraphCache(db, termID: termID, ties: network.ties, people: network.people.count)
    }

    /// Replaces the term's graph cache with `ties` among `n` people (the term's ties in row
    /// order, by roster position), inside the caller's transaction; returns the graphs written,
    /// each built as ``Network/graph(relations:weights:)`` builds it.
    @discardableResult
    static func writeGraphCache(_ db: Database, termID: Int64, ties: [Tie], people n: Int) throws -> Network.KeptGraphs {
        func graph(_ relation: Relation?) -> Graph {
            var builder = GraphBuilder(nodeCount: n)
            builder.reserveCapacity(ties.count)
            for tie in ties where relation == nil || tie.relation == relation {
                builder.addTie(from: tie.source, to: tie.target, weight: tie.weight)
            }
            return builder.build(merging: .sum)
        }
        try db.execute(sql: "DELETE FROM graph_cache WHERE term_id = ?", arguments: [termID])
        let insert = try db.cachedStatement(sql: "INSERT INTO graph_cache (term_id, kind, relation, data) VALUES (?, ?, ?, ?)")
        try insert.execute(arguments: [termID, "ties", "", GraphCacheBlob.encodeTies(ties, people: n)])
        var relations: [Relation] = []
        var seen = Set<Relation>()
        for tie in ties where seen.insert(tie.relation).inserted { relations.append(tie.relation) }
        var byRelation: [Relation: Graph] = [:]
        for relation in relations {
            let g = graph(relation)
            byRelation[relation] = g
            try insert.execute(arguments: [termID, "graph", relation.name, GraphCacheBlob.encodeGraph(g)])
        }
        let all = relations.count == 1 ? byRelation[relations[0]]! : graph(nil)
        if relations.count > 1 {
            try insert.execute(arguments: [termID, "graph", "", GraphCacheBlob.encodeGraph(all)])
        }
        return Network.KeptGraphs(byRelation: byRelation, all: all)
    }

    /// The term names in order, without counting anything.
    static func termNames(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM term ORDER BY position, name")
    }

    /// What tells whether the workspace changed between two transactions of this connection:
    /// `data_version` (another connection committed) and `total_changes()` (this one wrote).
    static func changeStamp(_ db: Database) throws -> [Int] {
        [try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0, try Int.fetchOne(db, sql: "SELECT total_changes()") ?? 0]
    }

    /// The migration that adds the graph cache and the triggers that drop a term's cache when
    /// a row it derives from changes. Each trigger first asks whether the term has a cache (an
    /// index lookup): a DELETE run for every row an import inserts set up a scratch B-tree each
    /// time, a fifth of a state's import.
    static func createGraphCache(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE graph_cache (
                    term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('ties', 'graph')),
                    relation TEXT NOT NULL,   -- graph: the relation, '' for every relation summed; ties: ''
                    data BLOB NOT NULL,       -- GraphCacheBlob
                    PRIMARY KEY (term_id, kind, relation)
                ) WITHOUT ROWID;
                CREATE TRIGGER graph_cache_tie_insert AFTER INSERT ON tie
                    WHEN EXISTS (SELECT 1 FROM graph_cache WHERE term_id = NEW.term_id)
                    BEGIN DELETE FROM graph_cache WHERE term_id = NEW.term_id; END;
                CREATE TRIGGER graph_cache_tie_update AFTER UPDATE ON tie
                    WHEN EXISTS (SELECT 1 FROM graph_cache WHERE term_id IN (OLD.term_id, NEW.term_id))
                    BEGIN DELETE FROM graph_cache WHERE term_id IN (OLD.term_id, NEW.term_id); END;
                CREATE TRIGGER graph_cache_tie_delete AFTER DELETE ON tie
                    WHEN EXISTS (SELECT 1 FROM graph_cache WHERE term_id = OLD.term_id)
                    BEGIN DELETE FROM graph_cache WHERE term_id = OLD.term_id; END;
                CREATE TRIGGER graph_cache_member_insert AFTER INSERT ON membership
                    WHEN EXISTS (SELECT 1 FROM graph_cache WHERE term_id = NEW.term_id)
                    BEGIN DELETE FROM graph_cache WHERE term_id = NEW.term_id; END;
                CREATE TRIGGER graph_cache_member_update AFTER UPDATE ON membership
                    WHEN EXISTS (SELECT 1 FROM graph_cache WHERE term_id IN (OLD.term_id, NEW.term_id))
                    BEGIN DELETE FROM graph_cache WHERE term_id IN (OLD.term_id, NEW.term_id); END;
                CREATE TRIGGER graph_cache_member_delete AFTER DELETE ON membership
                    WHEN EXISTS (SELECT 1 FROM graph_cache WHERE term_id = OLD.term_id)
                    BEGIN DELETE FROM graph_cache WHERE term_id = OLD.term_id; END;
                CREATE TRIGGER graph_cache_person_id AFTER UPDATE OF id ON person
                    BEGIN DELETE FROM graph_cache; END;
                CREATE TRIGGER graph_cache_person_delete AFTER DELETE ON person
                    BEGIN DELETE FROM graph_cache; END;
                CREATE TRIGGER graph_cache_term_delete AFTER DELETE ON term
                    BEGIN DELETE FROM graph_cache WHERE term_id = OLD.id; END;
                """)
    }
}
