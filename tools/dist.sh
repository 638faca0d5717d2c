#!/usr/bin/env bash
# Builds the release archive dist/sitegen-<version>-linux-<arch>.tar.gz: a release build of
# sitegen with the Swift runtime and Foundation linked in (--static-swift-stdlib) and
# libcmark linked from Debian's libcmark.a, so it runs on a Linux machine without Swift: it
# needs glibc, libstdc++ and libcurl4 and nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}

# The linker takes the first libcmark it finds on its search path. SwiftPM reads libcmark.pc
# and passes its libdir, where libcmark.so is; a libcmark.pc of our own, first on
# PKG_CONFIG_PATH, points to a folder that holds only libcmark.a instead.
libdir=$(pkg-config --variable=libdir libcmark)
includedir=$(pkg-config --variable=includedir libcmark)
if [ ! -f "$libdir/libcmark.a" ]; then
    echo "error: no $libdir/libcmark.a; install libcmark-dev" >&2
    exit 1
fi
static="$PWD/.build/dist-static-libs"
rm -rf "$static" && mkdir -p "$static/pkgconfig"
ln -s "$libdir/libcmark.a" "$static/libcmark.a"
cat >"$static/pkgconfig/libcmark.pc" <<PC
Name: libcmark
Description: CommonMark parsing and rendering, linked statically
Version: $(pkg-config --modversion libcmark)
Libs: -L$static -lcmark
Cflags: -I$includedir
PC
export PKG_CONFIG_PATH="$static/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"

# FlyingFox (the preview server) imports FoundationNetworking, whose static library calls
# libcurl: that one stays a shared library (libcurl4, on any Linux that has curl), found
# through the same folder when no libcurl development package is installed.
# awk reads to the end instead of exiting at the first match: an early exit would stop
# ldconfig with SIGPIPE, which pipefail turns into a failed build on a machine with many
# libraries.
curl=$(ldconfig -p | awk '/libcurl\.so\.4 / && /x86-64|AArch64/ && !found { print $NF; found = 1 }')
if [ -z "$curl" ]; then
    echo "error: no libcurl.so.4; install libcurl4" >&2
    exit 1
fi
ln -s "$curl" "$static/libcurl.so"
scratch=.build/dist
flags=(-c release --product sitegen --scratch-path "$scratch" --static-swift-stdlib
    -Xlinker -L"$static" -Xlinker -lcurl)
"$swift" build "${flags[@]}"
binary="$("$swift" build "${flags[@]}" --show-bin-path)/sitegen"

# Nothing of Swift's or libcmark's may be loaded at run time.
if ldd "$binary" | grep -Ei 'swift|foundation|dispatch|blocksruntime|cmark|not found'; then
    echo "error: $binary still needs the libraries above at run time" >&2
    exit 1
fi

version=$("$binary" --version | sed -n 's/^sitegen \([0-9][0-9.]*\) .*/\1/p')
name="sitegen-$version-linux-$(uname -m)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/bin"
cp "$binary" "$stage/$name/bin/sitegen"
strip "$stage/$name/bin/sitegen" 2>/dev/null || true
cp README.md "$stage/$name/"
cp -R docs "$stage/$name/docs"
cp -R templates "$stage/$name/templates"
mkdir -p dist
# Fixed owner, order and times, so the same build gives the same archive.
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2000-01-01 00:00:00Z' \
    -C "$stage" -cf - "$name" | gzip -n >"dist/$name.tar.gz"
echo "dist/$name.tar.gz ($(du -h "dist/$name.tar.gz" | cut -f1)): $("$binary" --version)"
