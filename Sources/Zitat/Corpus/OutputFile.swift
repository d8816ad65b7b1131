public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output that cannot be written; fatal (exit status 2 in the command line).
public struct OutputError: Error, LocalizedError, Equatable, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var errorDescription: String? { "\(path == "-" ? "standard output" : path): cannot write: \(reason)" }
}

/// The one way Zitat writes an output: standard output for `-`; into an existing file that is not a
/// regular file (a device like /dev/null, a FIFO, `/dev/fd/N`); else a temporary file beside the
/// target, renamed over it only when complete (symlinks are followed: the target is replaced, the
/// link kept), so an interrupted run never leaves an empty or truncated file.
public final class OutputFile {
    public let path: String
    let descriptor: Int32
    /// Whether `close()` closes the descriptor (not for standard output or an inherited `/dev/fd/N`).
    let ownsDescriptor: Bool
    /// The temporary file and the path it replaces when complete.
    let temporary: (path: String, target: String)?
    var buffer: [UInt8] = []
    var finished = false

    public init(path: String) throws(OutputError) {
        self.path = path
        if let inherited = OutputFile.inheritedDescriptor(path) {
            descriptor = inherited
            ownsDescriptor = false
            temporary = nil
            return
        }
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            guard info.st_mode & S_IFMT != S_IFDIR else { throw OutputError(path: path, reason: "is a directory") }
            let opened = open(path, O_WRONLY | O_CLOEXEC)
            guard opened >= 0 else { throw OutputError(path: path, reason: OutputFile.reason(errno)) }
            descriptor = opened
            ownsDescriptor = true
            temporary = nil
            return
        }
        let existing = stat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
        let target = OutputFile.finalTarget(path)
        let (opened, temporaryPath) = try OutputFile.createTemporary(beside: target, displayPath: path)
        if let existing { _ = fchmod(opened, existing) }
        descriptor = opened
        ownsDescriptor = true
        temporary = (temporaryPath, target)
        TemporaryFiles.shared.add(temporaryPath)
    }

    deinit {
        if !finished { discard() }
    }

    public func write(_ text: String) throws(OutputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(_ data: Data) throws(OutputError) {
        buffer.append(contentsOf: data)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes out the buffer; a failed write (closed, full, broken pipe) is an error, never a trap.
    public func flush() throws(OutputError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let closed = !ownsDescriptor && StandardStreams.wasClosed(descriptor)
                let failure = OutputError(path: path, reason: closed ? "the descriptor is closed" : OutputFile.reason(errno))
                discard()
                throw failure
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and, for a regular file, puts the complete file in place.
    public func close() throws(OutputError) {
        guard !finished else { return }
        try flush()
        finished = true
        if ownsDescriptor, Glibc.close(descriptor) != 0, errno != EINTR {
            let failure = OutputError(path: path, reason: OutputFile.reason(errno))
            if let temporary { unlink(temporary.path); TemporaryFiles.shared.remove(temporary.path) }
            throw failure
        }
        guard let temporary else { return }
        defer { TemporaryFiles.shared.remove(temporary.path) }
        if rename(temporary.path, temporary.target) != 0 {
            let failure = OutputError(path: path, reason: OutputFile.reason(errno))
            unlink(temporary.path)
            throw failure
        }
    }

    /// Gives up: the temporary file is removed and the target left as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        if ownsDescriptor { _ = Glibc.close(descriptor) }
        if let temporary {
            unlink(temporary.path)
            TemporaryFiles.shared.remove(temporary.path)
        }
    }

    /// Writes a whole file at once.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        let file = try OutputFile(path: path)
        try file.write(text)
        try file.close()
    }

    public static func write(_ data: Data, to path: String) throws(OutputError) {
        let file = try OutputFile(path: path)
        try file.write(data)
        try file.close()
    }

    /// Removes the temporary files of outputs still being written (on an interrupt).
    public static func removeTemporaries() {
        TemporaryFiles.shared.removeAll()
    }
}

extension OutputFile {
    /// `-`, `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and `/proc/self/fd/N` name a descriptor the
    /// process already has: write to it instead of reopening (or replacing) what it points to.
    static func inheritedDescriptor(_ path: String) -> Int32? {
        switch path {
        case "-", "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                if let number = Int32(path.dropFirst(prefix.count)), fcntl(number, F_GETFD) >= 0 { return number }
            }
            return nil
        }
    }

    /// The path a write to `path` lands on: symlinks followed (also a dangling one, whose target is created).
    static func finalTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var bytes = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &bytes, Int(PATH_MAX))
            guard count > 0 else { return current }
            let link = String(decoding: bytes[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let directory = (current as NSString).deletingLastPathComponent
            current = link.hasPrefix("/") || directory.isEmpty ? link : directory + "/" + link
        }
        return current
    }

    /// Creates `.NAME.zitat-PID-N.tmp` beside `target`, readable as a new file would be (umask applies).
    static func createTemporary(beside target: String, displayPath: String) throws(OutputError) -> (Int32, String) {
        let directory = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        for attempt in 0..<100 {
            let candidate = (directory.isEmpty ? "" : directory + "/") + ".\(name).zitat-\(getpid())-\(TemporaryFiles.shared.next() + attempt).tmp"
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if opened >= 0 { return (opened, candidate) }
            if errno == EEXIST { continue }
            let problem = errno == ENOENT ? "no directory \(directory.isEmpty ? "." : directory)" : reason(errno)
            throw OutputError(path: displayPath, reason: problem)
        }
        throw OutputError(path: displayPath, reason: "cannot create a temporary file in \(directory.isEmpty ? "." : directory)")
    }

    /// A short lowercase reason for an `errno`.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EPIPE: return "broken pipe (the reader has gone)"
        case EBADF: return "not open for writing (closed?)"
        case ENOSPC: return "no space left on the device"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

/// The temporary files being written, so an interrupt can remove them. The paths sit in a fixed
/// table of C strings that a signal handler may read without locks or allocation (`unlinkAll`).
final class TemporaryFiles: @unchecked Sendable {
    static let shared = TemporaryFiles()
    static let capacity = 256
    private let lock = NSLock()
    private let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private var counter = 0

    init() {
        slots = .allocate(capacity: TemporaryFiles.capacity)
        slots.initialize(repeating: nil, count: TemporaryFiles.capacity)
    }

    func next() -> Int { lock.withLock { counter += 1; return counter } }

    func add(_ path: String) {
        lock.withLock {
            for index in 0..<TemporaryFiles.capacity where slots[index] == nil {
                slots[index] = strdup(path)
                return
            }
        }
    }

    /// Forgets a path. Its string is not freed: a signal handler may be reading it right now.
    func remove(_ path: String) {
        lock.withLock {
            for index in 0..<TemporaryFiles.capacity {
                if let entry = slots[index], String(cString: entry) == path { slots[index] = nil }
            }
        }
    }

    func removeAll() {
        lock.withLock { unlinkAll() }
    }

    /// Unlinks every registered path; async-signal-safe (reads the table, calls `unlink`).
    func unlinkAll() {
        for index in 0..<TemporaryFiles.capacity {
            if let entry = slots[index] { unlink(entry) }
        }
    }
}

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that remove the temporary files of outputs
/// still being written and exit with 128 + the signal, at once (not after the current article).
/// A signal ignored at start (SIGINT for a `&` job of a script, `nohup`) stays ignored.
public enum InterruptCleanup {
    public static func install() {
        _ = TemporaryFiles.shared
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            var current = sigaction()
            if sigaction(signalNumber, nil, &current) == 0,
               unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                TemporaryFiles.shared.unlinkAll()
                _exit(128 + number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, nil)
        }
    }
}
