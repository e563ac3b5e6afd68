#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Usage Explorer's set-up script: installs what is missing (Debian 12 packages), builds, and runs the app or
# the tests. The README's two commands are `scripts/ue.sh run` and `scripts/ue.sh test`; .ci/run calls the latter.
#
#   scripts/ue.sh deps         install the missing build and test packages (apt-get; sudo when not root)
#   scripts/ue.sh build        deps + configure and build into build/ (Release with debug info)
#   scripts/ue.sh run [ARGS]   build + start usage-explorer (with no ARGS: on the bundled sample dump)
#   scripts/ue.sh test         check the format, build with warnings as errors, run every test through ctest
#                              (offscreen), then the same suite under AddressSanitizer + UBSan in build-asan/
#   scripts/ue.sh test-fast    build + ctest, without the sanitizer pass
#   scripts/ue.sh format       apply clang-format to every C++ file git tracks
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

packages=(
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    libsimdjson-dev zlib1g-dev libzstd-dev libgl-dev libglx-dev xvfb xauth fonts-dejavu-core cmake ninja-build
    g++ pkg-config ccache clang-format clang libclang-rt-14-dev
    desktop-file-utils appstream libsecret-1-0 gnome-keyring dbus dbus-x11 zstd gzip
    clickhouse-server
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
    local missing=()
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
    # chDB (a current ClickHouse engine, from npm) for the ClickHouse tests, cached under $HOME/.cache
    if ! command -v npm >/dev/null 2>&1; then
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
    fi
    tests/support/clickhouse/install-engines.sh --no-apt
}

jobs() { nproc 2>/dev/null || echo 2; }

# Each phase prints its wall time, so a slow CI run shows where the time went.
phase() { # name, command...
    local name="$1" start=$SECONDS; shift
    echo "== $name"
    "$@"
    echo "== $name: $((SECONDS - start)) s"
}

cpp_files() { git ls-files -- '*.cpp' '*.h'; }

check_format() {
    cpp_files | xargs clang-format --dry-run --Werror
}

# ccache keys on paths relative to the checkout, so clones in other folders (CI's) reuse the same cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1

configure_and_build() { # dir, extra cmake args...
    local dir="$1"; shift
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
    cmake -S . -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
    cmake --build "$dir" --parallel "$(jobs)"
}

build() { # extra cmake args...
    phase "install missing packages" deps
    phase "build (build/)" configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
}

run_tests() { # dir
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$1" --output-on-failure --parallel "$(jobs)"
}

cmd="${1:-run}"
shift || true
case "$cmd" in
    deps) deps ;;
    build) build ;;
    run)
        build
        exec ./build/src/app/usage-explorer "$@"
        ;;
    test-fast)
        build
        run_tests build
        ;;
    format) cpp_files | xargs clang-format -i ;;
    test)
        total=$SECONDS
        phase "install missing packages" deps
        phase "clang-format check" check_format
        phase "build (build/)" configure_and_build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DUE_WERROR=ON
        phase "tests (build/)" run_tests build
        phase "build with AddressSanitizer + UBSan (build-asan/)" \
            configure_and_build build-asan -DCMAKE_BUILD_TYPE=Debug -DUE_SANITIZE=ON -DUE_WERROR=ON \
            -DCMAKE_CXX_COMPILER=clang++
        export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
        export QTEST_FUNCTION_TIMEOUT=600000 # the instrumented engine is several times slower
        phase "tests (build-asan/)" run_tests build-asan
        echo "== all phases: $((SECONDS - total)) s"
        ;;
    *)
        echo "usage: scripts/ue.sh deps|build|run [ARGS]|test|test-fast|format" >&2
        exit 2
        ;;
esac
