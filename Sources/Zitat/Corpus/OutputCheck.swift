import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Refuses outputs that would overwrite what is read: files are compared as files (device and
/// inode, so `./a.txt`, a symlink and `d/a.txt` inside an input directory `d` are all caught),
/// after directories are expanded and before anything is created.
public enum OutputCheck {
    /// A device and inode.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The message for the first output that is one of the inputs or names the same file as an
    /// earlier output; nil when all is well. Only existing regular files can clash.
    public static func conflict(outputs: [String], inputs: [Result<InputSource, InputError>]) -> String? {
        var read: [Identity: String] = [:]
        for case let .success(source) in inputs {
            switch source {
            case let .file(path): if let identity = identity(path) { read[identity] = read[identity] ?? path }
            case .standardInput: if let identity = identity(descriptor: STDIN_FILENO) { read[identity] = "standard input" }
            }
        }
        var written: [Identity: String] = [:]
        var writtenPaths: [String: String] = [:]
        for output in outputs where output != "-" {
            if let identity = identity(output) {
                if let input = read[identity] {
                    return "\(output) is an input\(input == output ? "" : " (\(input))"); it cannot also be an output"
                }
                if let other = written[identity] { return "\(output) and \(other) are the same file; name different outputs" }
                written[identity] = output
            } else {
                let normalized = URL(fileURLWithPath: output).standardizedFileURL.path
                if let other = writtenPaths[normalized] { return "\(output) and \(other) are the same file; name different outputs" }
                writtenPaths[normalized] = output
            }
        }
        return nil
    }

    /// The identity of an existing regular file (symlinks followed).
    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    static func identity(descriptor: Int32) -> Identity? {
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }
}
