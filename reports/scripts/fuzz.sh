#!/usr/bin/env bash
# Coverage-guided fuzzing of decoding, analysis, every output format and the report (libFuzzer +
# AddressSanitizer), starting from the nasty inputs in Tests/Fixtures/fuzz-seeds.
#
#   reports/scripts/fuzz.sh [MINUTES]      default 1; FUZZ_JOBS=N runs N fuzzing processes;
#                                          FUZZ_SEED=S FUZZ_RUNS=N make a run repeatable (CI: the same
#                                          inputs every time, so a red CI always means the code changed)
#
# Builds Sources/ZitatFuzz (added to the package only when ZITAT_FUZZ=1) in its own build path,
# .build/fuzz, with -sanitize=fuzzer,address, so normal builds never see it. Findings (crashes and
# broken invariants, which abort with "zitat-fuzz: invariant broken: …") are written to
# .build/fuzz/findings/ and make the script exit 1; the corpus grows in .build/fuzz/corpus/.
# Exits 0 with a message when the toolchain has no libFuzzer (e.g. macOS toolchains from Xcode).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
minutes="${1:-1}"
cd "$root"

swift_bin="$(command -v swift || true)"
if [ -z "$swift_bin" ]; then echo "fuzz: skipped: swift is not on the PATH"; exit 0; fi
toolchain="$(dirname "$(dirname "$(readlink -f "$swift_bin")")")"
if [ "$(uname -s)" != Linux ] || ! find "$toolchain/lib" -name 'libclang_rt.fuzzer-*.a' 2>/dev/null | grep -q .; then
    echo "fuzz: skipped: this toolchain has no libFuzzer runtime (libclang_rt.fuzzer); fuzzing needs a Linux Swift toolchain"
    exit 0
fi

# lld, not gold: gold crashes on libFuzzer's own main beside SwiftPM's --defsym main=ZitatFuzz_main.
build=(swift build -c release --build-path .build/fuzz --product zitat-fuzz
       -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
echo "fuzz: building the fuzz target (release, -sanitize=fuzzer,address) in .build/fuzz"
start=$(date +%s)
if ! ZITAT_FUZZ=1 "${build[@]}" >.build/fuzz-build.log 2>&1; then
    tail -n 40 .build/fuzz-build.log >&2
    echo "fuzz: the fuzz target did not build (log: .build/fuzz-build.log)" >&2
    exit 2
fi
echo "fuzz: built in $(( $(date +%s) - start )) s"
binary="$(ZITAT_FUZZ=1 swift build -c release --build-path .build/fuzz --show-bin-path)/zitat-fuzz"

corpus=.build/fuzz/corpus
findings=.build/fuzz/findings
mkdir -p "$corpus" "$findings"
seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')
[ "$seconds" -ge 1 ] || seconds=1
jobs="${FUZZ_JOBS:-1}"
echo "fuzz: running for $seconds s ($jobs job(s)); corpus $corpus, seeds Tests/Fixtures/fuzz-seeds"
status=0
# Swift's own crash handler reads memory ASan calls wild; the sanitizer reports crashes itself.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$binary" "$corpus" Tests/Fixtures/fuzz-seeds \
    -max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix="$findings/" -print_final_stats=1 \
    ${FUZZ_SEED:+-seed="$FUZZ_SEED"} ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} \
    ${FUZZ_JOBS:+-jobs="$jobs" -workers="$jobs"} >.build/fuzz/run.log 2>&1 || status=$?
grep -E '^(#[0-9]+|stat::|==[0-9]+==|zitat-fuzz|Done|SUMMARY)' .build/fuzz/run.log | tail -n 25
if [ "$status" -ne 0 ]; then
    echo "fuzz: FAILED (exit $status); see .build/fuzz/run.log and the input in $findings/" >&2
    exit 1
fi
echo "fuzz: no crash and no broken invariant in $seconds s ($(ls "$corpus" | wc -l) inputs in the corpus)"
