#!/usr/bin/env bash
# Checks the release archive that tools/dist.sh built: unpacks it, and builds the example
# site with the packed binary in a clean environment, with the Swift toolchain hidden when
# this runs as root (a mount namespace lays an empty folder over it); the site must equal
# the golden copy the tests keep, byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(ls dist/sitegen-*-linux-"$(uname -m)".tar.gz 2>/dev/null | head -n 1)
if [ -z "$archive" ]; then
    echo "error: no dist/sitegen-*-linux-$(uname -m).tar.gz; run make dist first" >&2
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
binary=$(echo "$work"/sitegen-*/bin/sitegen)
mkdir -p "$work/site"
cp -R content templates "$work/site/"

# The folder holding the toolchain's runtime libraries, to hide.
toolchain=""
if command -v swift >/dev/null; then
    toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
fi
run=(env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 "$binary")
if [ "$(id -u)" = 0 ] && [ -n "$toolchain" ] && command -v unshare >/dev/null \
    && unshare --mount true 2>/dev/null; then
    echo "Hiding $toolchain from the packed binary"
    unshare --mount sh -c 'mount -t tmpfs tmpfs "$0" && exec "$@"' \
        "$toolchain" "${run[@]}" build --strict --root "$work/site" --output "$work/out"
    hidden=yes
else
    echo "Not root, or no mount namespaces: running without hiding the toolchain"
    "${run[@]}" build --strict --root "$work/site" --output "$work/out"
    hidden=no
fi
"${run[@]}" --version
diff -r Tests/SitegenCoreTests/Snapshots/example-site "$work/out"
echo "The packed binary built the example site equal to the golden copy (toolchain hidden: $hidden)"
