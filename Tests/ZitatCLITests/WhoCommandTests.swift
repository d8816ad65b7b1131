import Foundation
import Testing

/// `zitat who`: how a mention resolves at a date, as text and JSON, and its usage errors.
@Suite struct WhoCommandTests {
    @Test func namesTheHolderOfAnOfficeAtTheDate() throws {
        try withRunner { runner in
            let run = try runner.run(["who", "der US-Präsident", "--date", "2015-03"])
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.output.contains("side:    Washington"))
            #expect(run.output.contains("entity:  barack-obama"))
            #expect(run.output.contains("office:us-president@2015-03"))
        }
    }

    @Test func printsJSONLines() throws {
        try withRunner { runner in
            let run = try runner.run(["who", "die Washington Post", "ein Pentagonsprecher", "--json"])
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.output.split(separator: "\n")
            #expect(lines.count == 2)
            let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: String]
            #expect(first?["kind"] == "media")
            #expect(first?["side"] == nil)
            let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: String]
            #expect(second?["side"] == "Washington")
        }
    }

    @Test func aBadDateIsAUsageError() throws {
        try withRunner { runner in
            let run = try runner.run(["who", "der Kreml", "--date", "15.03.2015"])
            expectNoCrash(run)
            #expect(run.status == 2)
            #expect(run.stderr.contains("--date"))
        }
    }
}
