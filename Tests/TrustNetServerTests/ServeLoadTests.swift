import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `trustnet serve` under load and abuse on loopback, bounded: memory over 2,000 requests, a
/// client gone mid-upload, chunked bodies over the limit.
@Suite(.serialized) struct ServeLoadTests {
    /// One HTTP/1.1 exchange over a plain socket, for what URLSession will not do: send a body
    /// in chunks, or stop halfway and hang up.
    final class RawConnection {
        let socket: Int32

        init(port: Int) throws {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var timeout = timeval(tv_sec: 30, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else { throw Failure(description: "could not connect to 127.0.0.1:\(port)") }
        }

        struct Failure: Error, CustomStringConvertible { var description: String }

        /// Sends `bytes`; false when the server has closed the connection.
        @discardableResult
        func send(_ bytes: [UInt8]) -> Bool {
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { return false }
                sent += n
            }
            return true
        }

        func send(_ text: String) -> Bool { send(Array(text.utf8)) }

        /// What the server answered, up to `limit` bytes or until it closes or goes quiet.
        func receive(limit: Int = 65_536) -> String {
            var answer: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            while answer.count < limit {
                let n = recv(socket, &buffer, buffer.count, 0)
                if n <= 0 { break }
                answer += buffer[0..<n]
                if String(decoding: answer, as: UTF8.self).contains("\r\n\r\n") { break }
            }
            return String(decoding: answer, as: UTF8.self)
        }

        func close() { _ = Glibc.close(socket) }
    }

    /// The port of a served process.
    static func port(_ served: ServeCommandTests.Served) throws -> Int {
        try #require(Int(served.base.components(separatedBy: ":").last ?? ""))
    }

    /// Resident memory of process `pid` in kilobytes, from /proc/PID/status.
    static func residentKB(_ pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try #require(Int(line.split(separator: " ").dropFirst().first ?? ""))
    }

    @Test func memoryStaysFlatOver2000Requests() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let served = try ServeCommandTests.Served(fixture.cli)
        defer { _ = served.stop() }
        let base = served.base, token = served.token
        let paths = ["/api/terms", "/api/sarahs?top=5", "/api/coalition/evaluate?ids=S0001,S0002", "/", "/sarahs", "/import", "/nothing-here"]
        func load(_ count: Int) async throws -> [Int] {
            try await withThrowingTaskGroup(of: Int.self) { group in
                var statuses: [Int] = []
                for i in 0..<count {
                    if i >= 20, let s = try await group.next() { statuses.append(s) }
                    group.addTask { try await ServeCommandTests.get(base + paths[i % paths.count], token: token).status }
                }
                for try await s in group { statuses.append(s) }
                return statuses
            }
        }
        _ = try await load(300)  // warm: caches, the allocator's arenas, the first page renders
        let before = try Self.residentKB(served.process.processIdentifier)
        let statuses = try await load(2_000)
        let after = try Self.residentKB(served.process.processIdentifier)
        #expect(statuses.count == 2_000)
        #expect(statuses.allSatisfy { $0 == 200 || $0 == 404 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
        // Generous: allocators keep what they got. A leak of 40 KB a request would pass 80 MB.
        #expect(after - before < 80_000, "resident memory grew from \(before) KB to \(after) KB over 2,000 requests")
    }

    @Test func aClientGoneMidUploadLeavesTheWorkspaceAndNoFileBehind() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let scratch = fixture.cli.folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        setenv("TMPDIR", scratch.path, 1)  // the served process inherits it: its uploads go there
        let served = try ServeCommandTests.Served(fixture.cli)
        unsetenv("TMPDIR")
        defer { _ = served.stop() }
        let workspace = fixture.cli.folder.appendingPathComponent("trustnet.sqlite")
        let page = try await ServeCommandTests.get(served.base + "/api/terms", token: served.token)
        #expect(page.status == 200)
        let bytes = try Data(contentsOf: workspace)
        let exported = try fixture.cli.run(["export", "--format", "json"]).stdout

        // Half of a 2 MB upload, then hang up; three times.
        for _ in 0..<3 {
            let connection = try RawConnection(port: try Self.port(served))
            let boundary = "----cut"
            let head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"ties.csv\"\r\n\r\nsource,target,relation\r\n"
            #expect(connection.send(
                "POST /import/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(served.token)\r\n"
                + "Content-Type: multipart/form-data; boundary=\(boundary)\r\nContent-Length: 2000000\r\n\r\n" + head))
            connection.send(Array(String(repeating: "S0001,S0002,advice\r\n", count: 50_000).utf8))
            connection.close()
        }
        // Give the server a moment to notice, then look: the workspace is the same, byte for
        // byte, and no upload is left in its temporary folder.
        var leftovers: [String] = []
        for _ in 0..<50 {
            usleep(100_000)
            leftovers = (FileManager.default.enumerator(atPath: scratch.path)?.allObjects as? [String] ?? []).filter {
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: scratch.appendingPathComponent($0).path, isDirectory: &isFolder) && !isFolder.boolValue
            }
            if leftovers.isEmpty { break }
        }
        #expect(leftovers.isEmpty, "files left behind: \(leftovers)")
        #expect(try Data(contentsOf: workspace) == bytes)
        #expect(try fixture.cli.run(["export", "--format", "json"]).stdout == exported)
        let after = try await ServeCommandTests.get(served.base + "/api/terms", token: served.token)
        #expect(after.status == 200, "the server still answers")
    }

    @Test func chunkedBodiesOverTheLimitGet413() async throws {
        let fixture = try ServerFixture.sampleDistrict()
        defer { fixture.cleanUp() }
        let served = try ServeCommandTests.Served(fixture.cli, arguments: ["--max-upload", "1"])
        defer { _ = served.stop() }
        for (path, type) in [("/import/upload", "multipart/form-data; boundary=x"), ("/api/coalition/record", "application/json")] {
            let connection = try RawConnection(port: try Self.port(served))
            defer { connection.close() }
            #expect(connection.send(
                "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(served.token)\r\nContent-Type: \(type)\r\nTransfer-Encoding: chunked\r\n\r\n"))
            // 64 KB chunks up to 3 MB, or until the server answers and closes.
            let chunk = String(repeating: "x", count: 65_536)
            for _ in 0..<48 {
                if !connection.send("10000\r\n\(chunk)\r\n") { break }
            }
            connection.send("0\r\n\r\n")
            let answer = connection.receive()
            #expect(answer.hasPrefix("HTTP/1.1 413"), "\(path): \(answer.prefix(200))")
        }
        #expect(try fixture.store.terms().count == 3)
    }
}
