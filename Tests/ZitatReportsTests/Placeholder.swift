import Testing

@Test func placeholder_ZitatReportsTests() { #expect(1 + 1 == 2) }
