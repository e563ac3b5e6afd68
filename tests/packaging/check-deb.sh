#!/bin/bash
# SPDX-License-Identifier: MIT
# check-deb.sh CMAKE CPACK BUILD_DIR WORK_DIR VERSION APP_ID
# Installs the build tree with `cmake --install` into a scratch prefix, builds the Debian package with CPack into a
# scratch folder, unpacks it with `dpkg-deb -x` and checks the files, the control data and the desktop metadata.
# Exit 77 (skipped) when the Debian tools are missing. Needs no network.
set -euo pipefail

cmake=$1 cpack=$2 build=$3 work=$4 version=$5 id=$6
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
need_file() {
    if [[ -f $1 ]]; then echo "ok: $1"; else fail "missing $1"; fi
}
need_exec() {
    if [[ -f $1 && -x $1 ]]; then echo "ok: $1"; else fail "missing or not executable: $1"; fi
}

for tool in dpkg dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool not found (packages dpkg and dpkg-dev); the Debian package cannot be built and checked"
        exit 77
    fi
done

rm -rf "$work"
mkdir -p "$work"

icon_sizes=(16 22 24 32 48 64 128 256)
# check_tree ROOT: the files every installation must have, under ROOT (a prefix such as /usr).
check_tree() {
    local root=$1
    need_exec "$root/bin/usage-explorer"
    need_exec "$root/bin/usage-explorer-cli"
    need_file "$root/share/applications/$id.desktop"
    need_file "$root/share/metainfo/$id.metainfo.xml"
    need_file "$root/share/icons/hicolor/scalable/apps/$id.svg"
    need_file "$root/share/doc/usage-explorer/copyright"
    local size
    for size in "${icon_sizes[@]}"; do
        local png="$root/share/icons/hicolor/${size}x${size}/apps/$id.png"
        need_file "$png"
        # a PNG of the right size: signature, then the IHDR width and height as big-endian 32-bit numbers
        if [[ -f $png ]]; then
            local header
            header=$(od -An -tx1 -j0 -N24 "$png" | tr -d ' \n')
            local expected
            expected=$(printf '89504e470d0a1a0a0000000d49484452%08x%08x' "$size" "$size")
            [[ $header == "$expected" ]] || fail "$png is not a ${size}x${size} PNG (header $header)"
        fi
    done
    if grep -q "<release version=\"$version\"" "$root/share/metainfo/$id.metainfo.xml" 2>/dev/null; then
        echo "ok: metainfo names release $version"
    else
        fail "metainfo has no release $version"
    fi
}

echo "== cmake --install into a scratch prefix"
"$cmake" --install "$build" --prefix "$work/prefix" >"$work/install.log" 2>&1 || {
    cat "$work/install.log"
    fail "cmake --install failed"
}
check_tree "$work/prefix"

echo "== cpack -G DEB"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log"
    echo "FAIL: cpack failed"
    exit 1
}
arch=$(dpkg --print-architecture)
deb="$work/pkg/usage-explorer_${version}_${arch}.deb"
if [[ ! -f $deb ]]; then
    ls -l "$work/pkg"
    echo "FAIL: no package $deb"
    exit 1
fi
echo "ok: $deb ($(stat -c %s "$deb") bytes)"

echo "== control data"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == usage-explorer ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is '$(field Architecture)', expected $arch"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ $(field Section) == utils ]] || fail "Section is '$(field Section)'"
[[ $(field Description) == *Helicone* ]] || fail "Description does not describe the program"
# Depends: the explicit run-time plugins plus what dpkg-shlibdeps found in the binaries
depends=$(field Depends)
IFS=',' read -ra relations <<<"$depends"
has_dependency() {
    local relation
    for relation in "${relations[@]}"; do
        relation=${relation#"${relation%%[![:space:]]*}"}
        [[ ${relation%% *} == "$1" ]] && return 0
    done
    return 1
}
for package in qt6-qpa-plugins libqt6svg6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libc6 libstdc++6; do
    if has_dependency "$package"; then echo "ok: Depends has $package"; else fail "Depends lacks $package: $depends"; fi
done
echo "== every shared library the programs load comes from a package in Depends"
dpkg-deb -x "$deb" "$work/root"
if command -v readelf >/dev/null; then
    for program in usage-explorer usage-explorer-cli; do
        for soname in $(readelf -d "$work/root/usr/bin/$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
            # "pkg-a:amd64, pkg-b:amd64: /path" -> pkg-a pkg-b
            owners=$(dpkg -S "*/$soname" 2>/dev/null | sed 's/: .*//; s/, /\n/g' | sed 's/:.*//' | sort -u) || true
            if [[ -z $owners ]]; then
                fail "$program needs $soname, which no installed package owns"
                continue
            fi
            found=""
            for owner in $owners; do
                has_dependency "$owner" && found=$owner
            done
            if [[ -n $found ]]; then echo "ok: $program: $soname from $found"; else fail "$program: $soname ($owners) not in Depends"; fi
        done
    done
else
    echo "SKIP: readelf not found (package binutils); shared libraries not checked"
fi

dpkg-deb -c "$deb" >"$work/contents.txt"
if grep -q ' \./usr/local/' "$work/contents.txt"; then fail "files under /usr/local"; fi

echo "== files in the package (dpkg-deb -x)"
root="$work/root"
check_tree "$root/usr"

echo "== the packaged programs run"
for program in usage-explorer usage-explorer-cli; do
    out=$("$root/usr/bin/$program" --version 2>"$work/stderr.txt") || fail "$program --version failed: $(cat "$work/stderr.txt")"
    [[ $out == "$program $version" ]] || fail "$program --version printed '$out'"
    echo "ok: $program --version: $out"
done

echo "== desktop entry and AppStream metadata"
if command -v desktop-file-validate >/dev/null; then
    if desktop-file-validate "$root/usr/share/applications/$id.desktop"; then
        echo "ok: desktop-file-validate"
    else
        fail "desktop-file-validate"
    fi
else
    echo "SKIP: desktop-file-validate not found (package desktop-file-utils)"
fi
if command -v appstreamcli >/dev/null; then
    if appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"; then
        echo "ok: appstreamcli validate"
    else
        fail "appstreamcli validate --no-net"
    fi
    if appstreamcli validate-tree --no-net "$root"; then
        echo "ok: appstreamcli validate-tree"
    else
        fail "appstreamcli validate-tree --no-net"
    fi
else
    echo "SKIP: appstreamcli not found (package appstream)"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all packaging checks passed"
