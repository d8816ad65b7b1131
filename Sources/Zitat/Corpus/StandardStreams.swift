import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, output and error as a tool run unattended finds them: possibly closed, full or
/// a pipe whose reader has gone. Nothing here traps; every failure is reported to the caller.
public enum StandardStreams {
    /// Call first thing: ignores SIGPIPE (a broken pipe becomes the write error EPIPE), and puts
    /// /dev/null, opened the wrong way round, on a closed descriptor 0, 1 or 2, so that no file
    /// the tool opens later lands there and every read or write of it fails instead.
    public static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            let placeholder = open("/dev/null", descriptor == STDIN_FILENO ? O_WRONLY : O_RDONLY)
            if placeholder >= 0, placeholder != descriptor {
                _ = dup2(placeholder, descriptor)
                _ = close(placeholder)
            }
            state.markClosed(descriptor)
        }
    }

    /// Whether descriptor 0, 1 or 2 was closed when the tool started.
    public static func wasClosed(_ descriptor: Int32) -> Bool { state.isClosed(descriptor) }

    /// Whether a message to standard error was lost (closed, full): the command line exits with 2.
    public static var errorOutputFailed: Bool { state.errorFailed }

    /// Writes one line to standard error; a failure is remembered, never a trap.
    public static func printError(_ message: String) {
        writeError(message + "\n")
    }

    /// Writes text to standard error; a failure is remembered, never a trap.
    public static func writeError(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                state.markErrorFailed()
                return
            }
            offset += written
        }
    }

    /// Reads a descriptor to its end.
    public static func readAll(_ descriptor: Int32) throws(POSIXReadError) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count == 0 { return result }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXReadError(code: errno)
            }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    static let state = State()

    final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var closed: Set<Int32> = []
        private var failed = false

        func markClosed(_ descriptor: Int32) { _ = lock.withLock { closed.insert(descriptor) } }
        func isClosed(_ descriptor: Int32) -> Bool { lock.withLock { closed.contains(descriptor) } }
        func markErrorFailed() { lock.withLock { failed = true } }
        var errorFailed: Bool { lock.withLock { failed } }
    }
}

/// A failed `read`, with its `errno`.
public struct POSIXReadError: Error, Sendable {
    public var code: Int32

    public var reason: String {
        switch code {
        case EBADF: "not open for reading (closed?)"
        case EISDIR: "is a directory"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
