import Foundation
import Testing
@testable import Zitat

/// The user's own example (../shared/seed): every required claim, nothing from `not_claims`.
@Suite struct SeedTests {
    struct Expected: Decodable {
        struct ExpectedClaim: Decodable {
            var id: String
            var required: Bool
            var type: String
            var quote: String
            var source: String?
        }
        var claims: [ExpectedClaim]
        var not_claims: [String]
    }

    static let seed: (analysis: Analysis, expected: Expected)? = {
        guard let article = Shared.path("seed/article.txt"), let expectedPath = Shared.path("seed/expected.json"),
              let data = FileManager.default.contents(atPath: expectedPath),
              let expected = try? JSONDecoder().decode(Expected.self, from: data),
              let document = try? Document.load(path: article) else { return nil }
        return (Shared.analyzer.analyze(document), expected)
    }()

    static func normalize(_ text: String) -> String {
        text.filter { !"\"„“”»«‚‘’".contains($0) }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A claim matches an expected one when one text contains the other (the expectation may
    /// cut a claim at a nested quote) and type and source agree.
    static func matches(_ claim: Claim, _ expected: Expected.ExpectedClaim) -> Bool {
        let found = normalize(claim.text)
        let wanted = normalize(expected.quote)
        let overlap = found.contains(wanted) || (wanted.contains(found) && found.count * 2 >= wanted.count)
        return overlap && claim.type.rawValue == expected.type && claim.source == expected.source
    }

    @Test(.enabled(if: seed != nil, "../shared/seed is absent: the seed check needs the user's example"))
    func requiredClaimsAreFound() throws {
        let seed = try #require(Self.seed)
        let required = seed.expected.claims.filter(\.required)
        #expect(required.count == 19)
        for expected in required {
            #expect(seed.analysis.claims.contains { Self.matches($0, expected) },
                    "missing \(expected.id) \(expected.type) [\(expected.source ?? "-")]: \(expected.quote)")
        }
    }

    @Test(.enabled(if: seed != nil, "../shared/seed is absent: the seed check needs the user's example"))
    func furnitureYieldsNoClaims() throws {
        let seed = try #require(Self.seed)
        for text in seed.expected.not_claims {
            let wanted = Self.normalize(text)
            let offending = seed.analysis.claims.filter { Self.normalize($0.text).contains(wanted) || wanted.contains(Self.normalize($0.text)) }
            #expect(offending.isEmpty, "claim from not_claims text '\(text)': \(offending.map(\.text))")
        }
    }
}
