import Foundation
import Testing

/// `--date`: the date of articles that carry none decides who held an office; one of their own wins.
@Suite struct DateOptionTests {
    static let article = "Der US-Präsident sagte, die Lage sei ernst.\n"

    @Test func theDateDecidesTheHolder() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            let run = try runner.run(["analyze", "a.txt", "--date", "2015-03", "--format", "text"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.output.contains("Barack Obama"))
            #expect(run.output.contains("office:us-president@2015-03"))
            try runner.write("b.txt", "date 2018-05\n\n" + Self.article)
            let own = try runner.run(["analyze", "b.txt", "--date", "2015-03", "--format", "text"])
            #expect(own.output.contains("Donald Trump"))
        }
    }

    @Test func aBadDateIsAUsageError() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            let run = try runner.run(["analyze", "a.txt", "--date", "März 2015"])
            expectNoCrash(run)
            #expect(run.status == 2)
            #expect(run.stderr.contains("--date"))
        }
    }
}
