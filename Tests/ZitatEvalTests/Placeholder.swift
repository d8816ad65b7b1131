import Testing

@Test func placeholder_ZitatEvalTests() { #expect(1 + 1 == 2) }
