import Foundation
import Testing

/// The outputs of `analyze` and `report` against `reports/schema/claims.schema.json`: every
/// required key is there and no other, and the CSV columns are the schema's, in both commands.
@Suite struct SchemaTests {
    static let schemaURL = CLIRunner.checkout.appendingPathComponent("reports/schema/claims.schema.json")

    /// The schema's `$defs`, and its CSV columns.
    func schema() throws -> (definitions: [String: [String: Any]], columns: [String]) {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
        let definitions = try #require(object["$defs"] as? [String: [String: Any]])
        return (definitions, try #require(object["x-csv-columns"] as? [String]))
    }

    /// The keys `definition` requires; with `additionalProperties: false` they must be all the keys.
    func expectKeys(_ object: [String: Any], of name: String, in definitions: [String: [String: Any]],
                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        let definition = try #require(definitions[name])
        let required = Set(try #require(definition["required"] as? [String]))
        let allowed = Set((definition["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        #expect(required.isSubset(of: Set(object.keys)), "\(name) lacks \(required.subtracting(object.keys))", sourceLocation: sourceLocation)
        #expect(Set(object.keys).isSubset(of: allowed), "\(name) has unknown keys \(Set(object.keys).subtracting(allowed))",
                sourceLocation: sourceLocation)
    }

    func expectDocument(_ record: [String: Any], _ definitions: [String: [String: Any]]) throws {
        try expectKeys(record, of: "document_record", in: definitions)
        #expect(record["schema_version"] as? String == "1.0")
        try expectKeys(try #require(record["document"] as? [String: Any]), of: "document", in: definitions)
        let claims = try #require(record["claims"] as? [[String: Any]])
        #expect(!claims.isEmpty)
        for claim in claims { try expectKeys(claim, of: "claim", in: definitions) }
    }

    @Test func analyzeAndReportFollowTheSchema() throws {
        let (definitions, columns) = try schema()
        try withRunner { runner in
            try runner.copy(fixture: "articles/sources.txt", to: "sources.txt")
            let lines = #"{"id": "x", "text": "Der Minister sagte, die Lage sei ernst.", "title": "T", "ressort": "Politik"}"#
                + "\n" + #"{"id": "y"}"# + "\n"
            let analyze = try runner.run(["analyze", "-", "--format", "jsonl"], stdin: lines)
            let records = try analyze.output.split(separator: "\n").map {
                try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
            try #require(records.count == 2, "\(analyze.output)")
            try expectDocument(records[0], definitions)
            try expectKeys(records[1], of: "error_record", in: definitions)

            let report = try runner.run(["report", "sources.txt", "--json", "r.json", "--csv", "r.csv", "--no-progress"])
            #expect(report.status == 0, "\(report.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: runner.directory.appendingPathComponent("r.json")))
                as? [String: Any])
            #expect(json["schema_version"] as? String == "1.0")
            for document in try #require(json["documents"] as? [[String: Any]]) { try expectDocument(document, definitions) }

            let csvHeader = runner.read("r.csv")?.components(separatedBy: "\r\n").first
            #expect(csvHeader == columns.joined(separator: ","))
            let analyzeCSV = try runner.run(["analyze", "sources.txt", "--format", "csv"])
            #expect(analyzeCSV.output.components(separatedBy: "\r\n").first == columns.joined(separator: ","))
            let claimKeys = Set((definitions["claim"]?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
            #expect(Set(columns).isSubset(of: claimKeys), "every CSV column is a claim key")
        }
    }

    /// The same article gives the same claim rows from `analyze` and from `report`.
    @Test func analyzeAndReportWriteTheSameRows() throws {
        try withRunner { runner in
            try runner.copy(fixture: "articles/sources.txt", to: "sources.txt")
            let analyze = try runner.run(["analyze", "sources.txt", "--format", "csv"])
            let report = try runner.run(["report", "sources.txt", "--csv", "-", "--no-progress"])
            #expect(analyze.status == 0 && report.status == 0)
            #expect(!analyze.output.isEmpty)
            #expect(analyze.output == report.output)
        }
    }
}
