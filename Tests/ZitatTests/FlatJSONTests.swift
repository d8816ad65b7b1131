import Foundation
import Testing
@testable import Zitat

/// JSONL lines of the flat shape are read without `JSONDecoder`; what they give must be what it gives,
/// and lines of any other shape must be left to it.
@Suite struct FlatJSONTests {
    static func decoded(_ line: String) -> [String: JSONValue]? {
        guard case let .object(fields)? = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)) else { return nil }
        return fields
    }

    @Test(arguments: [
        #"{"id": "a-1", "text": "Er sagte: \"Nein.\"\nDann\tging er. \/ \\ \b\f\r"}"#,
        #"  {"text":"\#u{FEFF}Mit BOM im Text","n":12,"neg":-7,"zero":0,"ok":true,"no":false,"nil":null}  "#,
        #"{}"#,
        #"{"text": "Ünïcödé „Zitat“ é e\#u{301} 🇩🇪", "category": "Wirtschaft"}"#,
    ])
    func flatLinesReadAsJSONDecoderReadsThem(line: String) throws {
        let flat = try #require(FlatJSON.object(Array(line.utf8)))
        #expect(flat == FlatJSONTests.decoded(line))
    }

    @Test(arguments: [
        #"{"text": "\u00e4"}"#, #"{"n": 1.5}"#, #"{"n": 1e3}"#, #"{"n": -0}"#, #"{"n": 01}"#, #"{"a": [1]}"#, #"{"a": {"b": 1}}"#,
        #"{"a": 1, "a": 2}"#, #"{"a": 1,}"#, #"{"a": 1} x"#, #"["a"]"#, "{\"a\": \"tab\there\"}", #"{"n": 1234567890123456789}"#, "",
    ])
    func otherLinesAreLeftToJSONDecoder(line: String) {
        #expect(FlatJSON.object(Array(line.utf8)) == nil)
    }
}
