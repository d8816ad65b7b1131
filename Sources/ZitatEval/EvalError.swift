public import Foundation

/// What can go wrong in an evaluation: gold input, floors, and output files.
public enum EvalError: Error, LocalizedError, Equatable, Sendable {
    case goldNotFound(path: String)
    case goldNotDirectory(path: String)
    case goldEmpty(path: String)
    case unreadableGold(path: String, reason: String)
    case malformedGold(path: String, reason: String)
    case badFloor(spec: String)
    case unknownMetric(name: String, known: [String])
    case cannotWrite(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case let .goldNotFound(path): "\(path): no such gold directory"
        case let .goldNotDirectory(path): "\(path): gold must be a directory of .json files"
        case let .goldEmpty(path): "\(path): gold directory holds no .json files"
        case let .unreadableGold(path, reason): "\(path): cannot read gold file: \(reason)"
        case let .malformedGold(path, reason): "\(path): malformed gold file: \(reason)"
        case let .badFloor(spec): "bad floor '\(spec)': expected name=percent, e.g. message=70"
        case let .unknownMetric(name, known): "unknown metric '\(name)'; known: \(known.joined(separator: ", "))"
        case let .cannotWrite(path, reason): "\(path): cannot write: \(reason)"
        }
    }
}
