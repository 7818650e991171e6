import Foundation
import TrustNet

/// The bytes of the workspace's graph cache (`graph_cache`): a term's ties in the order the
/// workspace reads them, and each relation's graph as compressed sparse out-rows. Little-endian,
/// fixed width, a four-byte mark and a version first; anything that does not decode whole is
/// `nil` (the cache is then built again from the rows).
///
/// The only place that reads or writes these bytes, on raw buffers.
enum GraphCacheBlob {
    private static let tiesMark: UInt32 = 0x3154_4E54  // "TNT1"
    private static let graphMark: UInt32 = 0x3147_4E54  // "TNG1"

    /// A term's ties, by person index in roster order: `n` people, the relations by name, and per
    /// tie its source, target, relation (index into the names) and weight.
    static func encodeTies(_ ties: [Tie], people n: Int) -> Data {
        var relations: [Relation] = []
        var relationIndex: [Relation: UInt32] = [:]
        for tie in ties where relationIndex[tie.relation] == nil {
            relationIndex[tie.relation] = UInt32(relations.count)
            relations.append(tie.relation)
        }
        var out = Writer()
        out.put(tiesMark)
        out.put(UInt64(n))
        out.put(UInt64(relations.count))
        for r in relations {
            let bytes = Array(r.name.utf8)
            out.put(UInt64(bytes.count))
            out.bytes.append(contentsOf: bytes)
        }
        out.put(UInt64(ties.count))
        out.bytes.reserveCapacity(out.bytes.count + ties.count * 20)
        out.putEach(ties) { Int32(truncatingIfNeeded: $0.source) }
        out.putEach(ties) { Int32(truncatingIfNeeded: $0.target) }
        out.putEach(ties) { relationIndex[$0.relation]! }
        out.putEach(ties) { $0.weight.bitPattern }
        return Data(out.bytes)
    }

    /// The ties of ``encodeTies(_:people:)``, or `nil` when the bytes are not such ties among
    /// `people` people.
    static func decodeTies(_ data: Data, people: Int) -> (ties: [Tie], relations: [Relation])? {
        data.withUnsafeBytes { raw -> (ties: [Tie], relations: [Relation])? in
            var reader = Reader(raw)
            guard reader.get(UInt32.self) == tiesMark, reader.get(UInt64.self) == UInt64(people),
                let relationCount = reader.count(), relationCount < 1 << 16
            else { return nil }
            var relations: [Relation] = []
            for _ in 0..<relationCount {
                guard let length = reader.count(), let bytes = reader.take(length),
                    let name = String(validating: bytes, as: UTF8.self), let relation = Relation(name), relation.name == name
                else { return nil }
                relations.append(relation)
            }
            // Read in place, column by column (no intermediate arrays).
            guard let m = reader.count(), m <= (raw.count - reader.offset) / 20, let columns = reader.take(m * 20), reader.atEnd else { return nil }
            var ties: [Tie] = []
            ties.reserveCapacity(m)
            for k in 0..<m {
                let s = Int(Int32(littleEndian: columns.loadUnaligned(fromByteOffset: 4 * k, as: Int32.self)))
                let t = Int(Int32(littleEndian: columns.loadUnaligned(fromByteOffset: 4 * (m + k), as: Int32.self)))
                let r = Int(UInt32(littleEndian: columns.loadUnaligned(fromByteOffset: 8 * m + 4 * k, as: UInt32.self)))
                let w = Double(bitPattern: UInt64(littleEndian: columns.loadUnaligned(fromByteOffset: 12 * m + 8 * k, as: UInt64.self)))
                guard s >= 0, s < people, t >= 0, t < people, r < relations.count, w.isFinite, w > 0 else { return nil }
                ties.append(Tie(source: s, target: t, relation: relations[r], weight: w))
            }
            // The encoder lists only relations some tie has.
            guard Set(relations).count == relations.count else { return nil }
            return (ties, relations)
        }
    }

    /// A graph as its out-rows: node count, tie count, offsets, targets, weights.
    static func encodeGraph(_ graph: Graph) -> Data {
        var out = Writer()
        out.bytes.reserveCapacity(24 + 8 * (graph.nodeCount + 1) + 12 * graph.tieCount)
        out.put(graphMark)
        out.put(UInt64(graph.nodeCount))
        out.put(UInt64(graph.tieCount))
        out.putEach(graph.outOffsets) { UInt64($0) }
        out.putEach(graph.outTargets) { $0 }
        out.putEach(graph.outWeights) { $0.bitPattern }
        return Data(out.bytes)
    }

    /// The graph of ``encodeGraph(_:)``, or `nil` when the bytes are not a graph of `nodeCount` nodes.
    static func decodeGraph(_ data: Data, nodeCount: Int) -> Graph? {
        data.withUnsafeBytes { raw -> Graph? in
            var reader = Reader(raw)
            guard reader.get(UInt32.self) == graphMark, reader.get(UInt64.self) == UInt64(nodeCount), let m = reader.count(),
                let offsets = reader.array(UInt64.self, nodeCount + 1), let targets = reader.array(Int32.self, m),
                let weights = reader.array(UInt64.self, m), reader.atEnd, offsets.allSatisfy({ $0 <= UInt64(m) })
            else { return nil }
            return Graph(
                nodeCount: nodeCount, outOffsets: offsets.map { Int($0) }, outTargets: targets, outWeights: weights.map { Double(bitPattern: $0) })
        }
    }

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func put<T: FixedWidthInteger>(_ value: T) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }

        /// `value(element)` of every element, one after another.
        mutating func putEach<C: Collection, T: FixedWidthInteger>(_ elements: C, _ value: (C.Element) -> T) {
            let start = bytes.count
            let size = MemoryLayout<T>.size
            bytes.append(contentsOf: repeatElement(0, count: elements.count * size))
            bytes.withUnsafeMutableBytes { raw in
                var offset = start
                for e in elements {
                    raw.storeBytes(of: value(e).littleEndian, toByteOffset: offset, as: T.self)
                    offset += size
                }
            }
        }
    }

    private struct Reader {
        let raw: UnsafeRawBufferPointer
        var offset = 0

        init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }

        var atEnd: Bool { offset == raw.count }

        mutating func get<T: FixedWidthInteger>(_ type: T.Type) -> T? {
            guard raw.count - offset >= MemoryLayout<T>.size else { return nil }
            defer { offset += MemoryLayout<T>.size }
            return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
        }

        /// A count that fits in memory (at most the bytes left).
        mutating func count() -> Int? {
            guard let n = get(UInt64.self), n <= UInt64(raw.count) else { return nil }
            return Int(n)
        }

        mutating func take(_ count: Int) -> UnsafeRawBufferPointer? {
            guard count >= 0, raw.count - offset >= count else { return nil }
            defer { offset += count }
            return UnsafeRawBufferPointer(rebasing: raw[offset..<offset + count])
        }

        mutating func array<T: FixedWidthInteger>(_ type: T.Type, _ count: Int) -> [T]? {
            guard count >= 0, count <= (raw.count - offset) / MemoryLayout<T>.size, let bytes = take(count * MemoryLayout<T>.size)
            else { return nil }
            return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
                for k in 0..<count { buffer[k] = T(littleEndian: bytes.loadUnaligned(fromByteOffset: k * MemoryLayout<T>.size, as: T.self)) }
                initialized = count
            }
        }
    }
}
