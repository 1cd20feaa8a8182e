import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 that plays the JD Cloud gateway in tests.
///
/// It listens on a port chosen by the system, serves each connection on its
/// own thread (at most ``maxConnections`` at once) and answers every request
/// with the handler's ``TestResponse``. ``stop()`` closes the listener and
/// every connection, interrupts delayed replies and waits for all threads.
///
/// ```swift
/// let server = try TestServer { request in .json(#"{"requestId":"r1","result":{}}"#) }
/// defer { server.stop() }
/// let endpoint = server.baseURL   // http://127.0.0.1:<port>
/// ```
public final class TestServer: @unchecked Sendable {
    /// Receives each parsed request and returns the reply.
    public typealias Handler = @Sendable (ReceivedRequest) -> TestResponse

    /// The most connections served at once; more are closed straight away.
    public let maxConnections: Int
    /// The largest request body accepted.
    public let maxBodySize: Int
    /// The port the server listens on.
    public let port: Int

    private let handler: Handler
    private let state = NSCondition()
    private var listenSocket: Int32
    private var clientSockets: Set<Int32> = []
    private var runningThreads = 0
    private var stopping = false
    private var requestCount = 0

    /// Starts listening on 127.0.0.1 at a system-chosen port.
    ///
    /// - Throws: ``TestServerError`` when the socket cannot be set up.
    public init(maxConnections: Int = 16, maxBodySize: Int = 8 << 20, handler: @escaping Handler) throws {
        self.maxConnections = maxConnections
        self.maxBodySize = maxBodySize
        self.handler = handler
        let (socket, port) = try Self.openListeningSocket()
        self.listenSocket = socket
        self.port = port
        startThread { [self] in acceptLoop() }
    }

    deinit {
        stop()
    }

    /// `http://127.0.0.1:<port>`.
    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// How many requests have been handled so far.
    public var handledRequests: Int {
        state.lock()
        defer { state.unlock() }
        return requestCount
    }

    /// Stops accepting, closes all connections, interrupts delayed replies and
    /// waits (up to 5 seconds) until every server thread has ended. Idempotent.
    public func stop() {
        state.lock()
        if !stopping {
            stopping = true
            _ = shutdown(listenSocket, Int32(SHUT_RDWR))
            for socket in clientSockets { _ = shutdown(socket, Int32(SHUT_RDWR)) }
            state.broadcast()
        }
        let deadline = Date().addingTimeInterval(5)
        while runningThreads > 0 && state.wait(until: deadline) {}
        state.unlock()
    }

    // MARK: - Threads

    private func startThread(_ body: @escaping @Sendable () -> Void) {
        state.lock()
        runningThreads += 1
        state.unlock()
        let thread = Thread { [self] in
            body()
            state.lock()
            runningThreads -= 1
            state.broadcast()
            state.unlock()
        }
        thread.start()
    }

    private func acceptLoop() {
        while true {
            let client = accept(listenSocket, nil, nil)
            state.lock()
            if stopping {
                state.unlock()
                if client >= 0 { close(client) }
                break
            }
            if client < 0 {
                state.unlock()
                if errno == EINTR || errno == ECONNABORTED { continue }
                break
            }
            guard clientSockets.count < maxConnections else {
                state.unlock()
                close(client)
                continue
            }
            clientSockets.insert(client)
            state.unlock()
            startThread { [self] in
                serve(client)
                state.lock()
                clientSockets.remove(client)
                state.unlock()
                close(client)
            }
        }
        state.lock()
        let socket = listenSocket
        listenSocket = -1
        state.unlock()
        if socket >= 0 { close(socket) }
    }

    // MARK: - Connections

    private func serve(_ socket: Int32) {
        var buffer: [UInt8] = []
        while true {
            guard let headEnd = readHead(socket, into: &buffer),
                  let head = HTTPMessageParser.parseHead(buffer[0..<(headEnd - 4)])
            else { return }
            buffer.removeFirst(headEnd)
            guard !head.isChunked, let length = head.contentLength, length >= 0, length <= maxBodySize else {
                let reply = TestResponse.json(#"{"error":"unsupported request"}"#, status: 400)
                _ = write(socket, HTTPMessageParser.serialize(reply, forHead: false, keepAlive: false))
                return
            }
            if head.expectsContinue && buffer.count < length {
                guard write(socket, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return }
            }
            guard readBody(socket, length: length, into: &buffer) else { return }
            let body = Data(buffer.prefix(length))
            buffer.removeFirst(length)

            let request = ReceivedRequest(method: head.method, target: head.target, headerFields: head.headerFields, body: body)
            let response = handler(request)
            state.lock()
            requestCount += 1
            state.unlock()
            guard waitOrStop(response.delay) else { return }
            let keepAlive = head.keepAlive
            guard write(socket, HTTPMessageParser.serialize(response, forHead: head.method == "HEAD", keepAlive: keepAlive)),
                  keepAlive
            else { return }
        }
    }

    /// Waits `delay`; `false` when the server stops meanwhile.
    private func waitOrStop(_ delay: Duration) -> Bool {
        let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
        let deadline = Date().addingTimeInterval(seconds)
        state.lock()
        defer { state.unlock() }
        while !stopping && Date() < deadline {
            _ = state.wait(until: deadline)
        }
        return !stopping
    }

    private func readHead(_ socket: Int32, into buffer: inout [UInt8]) -> Int? {
        while true {
            if let end = HTTPMessageParser.headEnd(in: buffer) { return end }
            guard buffer.count < 64 * 1024, read(socket, into: &buffer) else { return nil }
        }
    }

    private func readBody(_ socket: Int32, length: Int, into buffer: inout [UInt8]) -> Bool {
        while buffer.count < length {
            guard read(socket, into: &buffer) else { return false }
        }
        return true
    }

    private func read(_ socket: Int32, into buffer: inout [UInt8]) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer += chunk[0..<count]
                return true
            }
            if count < 0 && errno == EINTR { continue }
            return false
        }
    }

    private func write(_ socket: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    // MARK: - Listening socket

    private static func openListeningSocket() throws -> (Int32, Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestServerError.socket("socket", errno) }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let size = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) }
        }
        guard bound == 0 else { let code = errno; close(fd); throw TestServerError.socket("bind", code) }
        guard listen(fd, 64) == 0 else { let code = errno; close(fd); throw TestServerError.socket("listen", code) }
        var actual = sockaddr_in()
        var actualSize = size
        let named = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &actualSize) }
        }
        guard named == 0 else { let code = errno; close(fd); throw TestServerError.socket("getsockname", code) }
        return (fd, Int(UInt16(bigEndian: actual.sin_port)))
    }
}

/// Why the test server could not start.
public enum TestServerError: Error, Sendable, CustomStringConvertible {
    /// A socket call failed with this `errno`.
    case socket(String, Int32)

    /// The failed call and its error.
    public var description: String {
        switch self {
        case .socket(let call, let code): return "\(call) failed: \(String(cString: strerror(code)))"
        }
    }
}
