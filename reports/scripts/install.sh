#!/usr/bin/env bash
# Installs zitat under PREFIX (default /usr/local): the release binary in PREFIX/bin and shell
# completions for bash, zsh and fish. The binary links the Swift runtime and Foundation statically
# (--static-swift-stdlib) and has the rules built in, so it runs on a machine without a Swift
# toolchain; it needs only glibc, libstdc++ and the system ICU (Debian: libicu72 or newer).
#
#   reports/scripts/install.sh [PREFIX]         builds with `swift build -c release` first
#   ZITAT=path/to/zitat reports/scripts/install.sh PREFIX    installs an existing binary
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
prefix="${1:-/usr/local}"
if [ -z "${ZITAT:-}" ]; then
    echo "install: building the release binary (swift build -c release --static-swift-stdlib --product zitat)"
    (cd "$root" && swift build -c release --static-swift-stdlib --product zitat)
    ZITAT="$(cd "$root" && swift build -c release --show-bin-path)/zitat"
fi
[ -x "$ZITAT" ] || { echo "install: no executable at $ZITAT" >&2; exit 2; }

install -d "$prefix/bin" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$ZITAT" "$prefix/bin/zitat"
"$prefix/bin/zitat" --generate-completion-script bash >"$prefix/share/bash-completion/completions/zitat"
"$prefix/bin/zitat" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_zitat"
"$prefix/bin/zitat" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/zitat.fish"
echo "install: $("$prefix/bin/zitat" --version) in $prefix/bin, completions in $prefix/share"
