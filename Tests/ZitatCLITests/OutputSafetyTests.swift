import Foundation
import Testing

/// How outputs are written (issue 12): into what already exists when it is not a regular file,
/// through a temporary file renamed when complete when it is, never over an input, and never a
/// trap when a standard stream is closed, full or a broken pipe.
@Suite struct OutputSafetyTests {
    static let article = "Der Minister sagte, die Lage sei ernst. „Wir bleiben standhaft“, sagte er.\n"

    /// A FIFO output stays a FIFO and its reader gets the output (it used to be replaced by a file).
    @Test func writesIntoAFIFOInsteadOfReplacingIt() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            let run = try runner.runShell("""
                mkfifo out.fifo
                cat out.fifo > got.csv & reader=$!
                timeout -s KILL 60 "$ZITAT" analyze a.txt --format csv -o out.fifo; status=$?
                # A reader still waiting for a writer (the FIFO was replaced) is killed (SIGKILL:
                # the test process's threads may hand a blocked SIGTERM down to its children).
                (sleep 5; kill -9 $reader 2>/dev/null) & guard=$!
                wait $reader; kill -9 $guard 2>/dev/null
                test -p out.fifo && echo fifo-kept
                exit $status
                """)
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.output == "fifo-kept\n", "the FIFO was replaced: \(run.output)")
            #expect(runner.read("got.csv")?.contains("die Lage sei ernst") == true, "the reader got no CSV: \(runner.read("got.csv") ?? "nil")")
        }
    }

    /// `-o /dev/null` as root used to delete the device node and leave a regular file. The test uses
    /// its own null device (made with mknod, so needs root) instead of the system's.
    @Test(.enabled(if: getuid() == 0, "mknod needs root"))
    func writesIntoACharacterDevice() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            let run = try runner.runShell("""
                mknod null c 1 3 || exit 99
                "$ZITAT" analyze a.txt -o null; status=$?
                test -c null && echo device-kept
                exit $status
                """)
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.output == "device-kept\n", "the device node was replaced: \(run.output)")
        }
    }

    /// `--csv >(wc -c)`: a process substitution (/dev/fd/N) is written into, not replaced.
    @Test func writesIntoAProcessSubstitution() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            let run = try runner.runShell("""
                "$ZITAT" report a.txt --no-progress --csv >(wc -c > count.txt); status=$?
                sleep 0.5
                exit $status
                """)
            expectNoCrash(run)
            #expect(run.status == 0, "\(run.stderr)")
            let count = Int(runner.read("count.txt")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
            #expect(count > 100, "wc counted \(count) bytes: \(run.stderr)")
        }
    }

    /// A symlinked output: the link is kept and its target written.
    @Test func followsASymlinkToItsTarget() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            try runner.write("target.jsonl", "old\n")
            try FileManager.default.createSymbolicLink(atPath: runner.directory.appendingPathComponent("link.jsonl").path,
                                                       withDestinationPath: "target.jsonl")
            let run = try runner.run(["analyze", "a.txt", "--format", "jsonl", "-o", "link.jsonl"])
            #expect(run.status == 0, "\(run.stderr)")
            let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: runner.directory.appendingPathComponent("link.jsonl").path)
            #expect(destination == "target.jsonl", "the symlink was replaced")
            #expect(runner.read("target.jsonl")?.contains("\"claims\"") == true, "the target was not written")
            #expect(try runner.listing() == ["a.txt", "link.jsonl", "target.jsonl"], "a temporary file was left behind")
        }
    }

    /// `-o /dev/stdout` writes to the descriptor the tool was given, whatever it points to.
    @Test func devStdoutIsTheInheritedDescriptor() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            let run = try runner.run(["analyze", "a.txt", "--format", "jsonl", "-o", "/dev/stdout"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.output.contains("\"claims\""), "\(run.output)")
        }
    }

    /// A run that fails leaves an existing output as it was (the old way truncated it first), and
    /// no temporary file.
    @Test func aFailedRunLeavesTheOldOutputWhole() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            try runner.write("claims.csv", "old report\n")
            let run = try runner.runShell(#""$ZITAT" report a.txt --no-progress --csv claims.csv --json - > /dev/full"#)
            expectNoCrash(run)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderr.contains("standard output: cannot write: no space left"), "\(run.stderr)")
            #expect(runner.read("claims.csv") == "old report\n")
            #expect(try runner.listing() == ["a.txt", "claims.csv"], "a temporary file was left behind")
        }
    }

    /// Interrupted in the middle of a run (SIGTERM; a script's `&` job ignores SIGINT, as the tool
    /// then does too): the old output stays as it was and no temporary file is left.
    @Test func anInterruptLeavesTheOldOutputWhole() throws {
        try withRunner { runner in
            let line = #"{"id": "x", "text": "\#(String(repeating: "Der Minister sagte, die Lage sei ernst. ", count: 200))"}"#
            try runner.write("many.jsonl", String(repeating: line + "\n", count: 5000))
            try runner.write("out.jsonl", "old\n")
            let run = try runner.runShell("""
                "$ZITAT" analyze many.jsonl --format jsonl -o out.jsonl --jobs 1 & pid=$!
                sleep 2; kill -TERM $pid
                (sleep 60; kill -9 $pid 2>/dev/null) & guard=$!
                wait $pid; status=$?; kill -9 $guard 2>/dev/null; exit $status
                """)
            expectNoCrash(run)
            #expect(run.status == 143, "\(run.stderr)")
            #expect(runner.read("out.jsonl") == "old\n")
            #expect(try runner.listing() == ["many.jsonl", "out.jsonl"], "a temporary file was left behind")
        }
    }

    /// An output that is a file inside an input directory, or a symlink to an input, is refused
    /// before anything is written (string comparison of paths missed both).
    @Test(arguments: [["analyze", "d", "-o", "d/a.txt"], ["analyze", "d", "-o", "alias.txt"],
                      ["report", "d", "--csv", "d/sub/../a.txt", "--no-progress"]])
    func outputThatIsAnInputFileIsRefused(arguments: [String]) throws {
        try withRunner { runner in
            try runner.write("d/a.txt", Self.article)
            try runner.write("d/sub/b.txt", Self.article)
            try FileManager.default.createSymbolicLink(atPath: runner.directory.appendingPathComponent("alias.txt").path,
                                                       withDestinationPath: "d/a.txt")
            let run = try runner.run(arguments)
            expectUsageError(run, arguments[0])
            #expect(run.stderr.contains(" is an input") && run.stderr.contains("d/a.txt"), "\(run.stderr)")
            #expect(runner.read("d/a.txt") == Self.article, "the input was overwritten")
        }
    }

    /// Two outputs that are the same file (one through a symlink) are refused.
    @Test func twoOutputsThatAreOneFileAreRefused() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            try runner.write("out.csv", "")
            try FileManager.default.createSymbolicLink(atPath: runner.directory.appendingPathComponent("same.json").path,
                                                       withDestinationPath: "out.csv")
            let run = try runner.run(["report", "a.txt", "--csv", "out.csv", "--json", "same.json", "--no-progress"])
            expectUsageError(run, "report")
            #expect(run.stderr.contains("are the same file"), "\(run.stderr)")
        }
    }

    /// `eval --export` into the gold directory would overwrite the gold files: refused.
    @Test func evalExportOverTheGoldIsRefused() throws {
        try withRunner { runner in
            try runner.copy(fixture: "wikinews/direct-quote.json", to: "gold/direct-quote.json")
            let before = runner.read("gold/direct-quote.json")
            let run = try runner.run(["eval", "--gold", "gold", "--export", "gold"])
            expectUsageError(run, "eval")
            #expect(runner.read("gold/direct-quote.json") == before)
        }
    }
}

/// Closed, full and broken standard streams (issue 12): the tool used to die of SIGILL (132).
@Suite struct StandardStreamTests {
    static let article = OutputSafetyTests.article

    @Test func closedStandardInputIsAnInputError() throws {
        try withRunner { runner in
            let run = try runner.runShell(#""$ZITAT" analyze - <&-"#)
            expectNoCrash(run)
            #expect(run.status == 1, "\(run.stderr)")
            #expect(run.stderr.contains("standard input is closed"), "\(run.stderr)")
        }
    }

    /// Closed standard error: the outputs are still written whole; the lost summary makes it 2.
    @Test func closedStandardErrorStillWritesTheOutputs() throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            let run = try runner.runShell(#""$ZITAT" report a.txt --csv x.csv 2>&-"#)
            expectNoCrash(run)
            #expect(run.status == 2)
            #expect(runner.read("x.csv")?.split(separator: "\r\n").count == 3, "header and two claims: \(runner.read("x.csv") ?? "nil")")
        }
    }

    @Test(arguments: [
        #""$ZITAT" sentences a.txt >&-"#, #""$ZITAT" analyze a.txt >&-"#, #""$ZITAT" sentences a.txt > /dev/full"#,
        #""$ZITAT" analyze a.txt --format json > /dev/full"#, #""$ZITAT" report a.txt --no-progress > /dev/full"#,
        #""$ZITAT" eval --gold gold > /dev/full"#, #""$ZITAT" eval --gold gold >&-"#, #""$ZITAT" --help > /dev/full"#,
    ])
    func closedOrFullStandardOutputExitsTwo(script: String) throws {
        try withRunner { runner in
            try runner.write("a.txt", Self.article)
            try runner.copy(fixture: "wikinews/direct-quote.json", to: "gold/direct-quote.json")
            let run = try runner.runShell(script)
            expectNoCrash(run)
            #expect(run.status == 2, "\(script): \(run.status) \(run.stderr)")
            #expect(run.stderr.contains("standard output"), "\(run.stderr)")
        }
    }

    /// A reader that stops early (`| head`) is a broken pipe: exit 2, not death by SIGPIPE.
    @Test func brokenPipeIsAnErrorNotASignal() throws {
        try withRunner { runner in
            try runner.write("big.txt", String(repeating: "Der Minister sagte, die Lage sei ernst.\n", count: 3000))
            let run = try runner.runShell(#""$ZITAT" analyze big.txt | head -c 10 > /dev/null; echo "${PIPESTATUS[0]}""#)
            expectNoCrash(run)
            #expect(run.output == "2\n", "\(run.output) \(run.stderr)")
            #expect(run.stderr.contains("broken pipe"), "\(run.stderr)")
        }
    }
}
