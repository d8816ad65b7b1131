/// Minimum scores, e.g. `message=45,roles=30,joint=35,direct=60,speaker.p=50` (percent; F1 unless `.p`/`.r`).
public struct Floors: Hashable, Sendable {
    public struct Floor: Hashable, Sendable {
        public var metric: String
        public var percent: Double
    }

    /// A metric below its floor.
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        public var metric: String
        public var percent: Double
        public var floor: Double

        public var description: String {
            "\(metric) \(Format.percent(percent)) is below its floor \(Format.percent(floor))"
        }
    }

    public var floors: [Floor]

    /// Parses `name=percent` items separated by commas or whitespace; `#` starts a comment.
    public init(parsing spec: String) throws(EvalError) {
        let withoutComments = spec.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "" }
            .joined(separator: " ")
        let items = withoutComments.split { $0 == "," || $0.isWhitespace }
        var floors: [Floor] = []
        for item in items {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]), value >= 0, value <= 100 else {
                throw .badFloor(spec: String(item))
            }
            let name = String(parts[0])
            guard Self.isKnown(name) else { throw .unknownMetric(name: name, known: Scores.metricNames) }
            floors.append(Floor(metric: name, percent: value))
        }
        self.floors = floors
    }

    /// Whether `Scores.percent(of:)` knows the name.
    static func isKnown(_ name: String) -> Bool {
        Scores.empty.percent(of: name) != nil
    }

    /// The floors the scores do not reach, compared at the one decimal the reports print.
    public func violations(in scores: Scores) -> [Violation] {
        floors.compactMap { floor in
            guard let value = scores.percent(of: floor.metric) else { return nil }
            let shown = (value * 10).rounded() / 10
            return shown < floor.percent ? Violation(metric: floor.metric, percent: value, floor: floor.percent) : nil
        }
    }
}

/// Number formatting shared by the reports.
enum Format {
    /// "48.8" for 48.83.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// A fraction as a percentage, "—" when missing.
    static func percent(fraction: Double?) -> String {
        fraction.map { percent($0 * 100) } ?? "—"
    }
}
