import Testing

@Test func placeholder_ZitatCLITests() { #expect(1 + 1 == 2) }
