#!/usr/bin/env bash
# Freeze the app with PyInstaller, smoke-test the frozen executable, print the bundle size,
# then compile the Windows setup with Inno Setup: with ISCC on Windows, and on Linux with the
# Inno Setup compilers run under Wine. `make installer` and CI run this; installer/build.ps1
# is the same for PowerShell (Windows only).
#
#   installer/build.sh                 # dist/compliance-client/ + dist/*-setup.exe
#   PYTHON=/path/python DIST=/tmp/dist WORK=/tmp/build installer/build.sh
#   SKIP_SETUP=1 installer/build.sh    # the bundle and its smoke test only
#   REQUIRE_SETUP=1 installer/build.sh # fail (not skip) when the setup cannot be compiled (CI)
#
# On Linux the bundle's programs are Linux executables, so the setup made there is no release
# (Windows builds that, from a Windows bundle); it proves the script compiles: its syntax,
# [Code], languages, messages and icon, with the oldest Inno Setup it claims (6.3.1, with /O-:
# everything parsed and compiled, no setup written, which would take another minute or two of
# LZMA) and a newer one (6.4.1, the setup into dist/). The compilers come from npm (pinned) into
# build/innosetup/, with a Wine prefix of their own in build/wine/. Without wine or npm the
# step is skipped with a line that says so; a compile error fails the build.
#
# The smoke test runs with Qt's offscreen platform and its own empty XDG/APPDATA dirs, so it
# needs no display and never touches the builder's own profiles or keyring. It checks that
# the bundle reports the package's version, opens its main window (--smoke), and that
# `demo --no-gui` starts the embedded server (FastAPI, SQLAlchemy, Alembic migrations) and
# answers /api/v1/health: the proof that the spec collected everything.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
if [ -z "${PYTHON:-}" ]; then
    if [ -x .venv/Scripts/python.exe ]; then PYTHON=.venv/Scripts/python.exe  # Git Bash / MSYS
    else PYTHON=.venv/bin/python; fi
fi
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build/pyinstaller}"
BUNDLE="$DIST/compliance-client"
SMOKE_TIMEOUT="${SMOKE_TIMEOUT:-120}"

say() { printf '\n== %s\n' "$*"; }
die() { printf 'installer/build.sh: %s\n' "$*" >&2; exit 1; }

VERSION="$("$PYTHON" installer/winversion.py)" || die "cannot read the package version"
NUMERIC="$("$PYTHON" installer/winversion.py --numeric)"
"$PYTHON" -c 'import PyInstaller' 2>/dev/null \
    || die "PyInstaller is not installed: $PYTHON -m pip install -e '.[server,installer]'"

say "Freezing compliance-client $VERSION with PyInstaller"
started=$(date +%s)
"$PYTHON" -m PyInstaller installer/compliance-client.spec --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK"
frozen=$(date +%s)

if [ -f "$BUNDLE/compliance-client.exe" ]; then
    WINDOWS=1
    APP="$BUNDLE/compliance-client.exe"       # windowed: no stdout, so --version is
    CLI="$BUNDLE/compliance-client-cli.exe"   # checked on its console twin
else
    WINDOWS=0
    APP="$BUNDLE/compliance-client"
    CLI="$APP"
fi
[ -x "$APP" ] || die "no executable at $APP"

say "Smoke-testing the frozen app"
HOME_DIR="$(mktemp -d)"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$HOME_DIR"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_CONFIG_HOME="$HOME_DIR/config" XDG_DATA_HOME="$HOME_DIR/data"
export XDG_STATE_HOME="$HOME_DIR/state" XDG_CACHE_HOME="$HOME_DIR/cache"
export APPDATA="$HOME_DIR/appdata" LOCALAPPDATA="$HOME_DIR/localappdata"  # platformdirs on Windows

reported="$("$CLI" --version)" || die "--version failed (exit $?)"
[ "$reported" = "compliance-client $VERSION" ] \
    || die "--version said '$reported', expected 'compliance-client $VERSION'"
echo "--version: $reported"

t0=$(date +%s%N)
timeout "$SMOKE_TIMEOUT" "$APP" --smoke || die "--smoke failed (exit $?)"
t1=$(date +%s%N)
echo "--smoke: exit 0 in $(( (t1 - t0) / 1000000 )) ms"

"$CLI" demo --no-gui >"$HOME_DIR/demo.log" 2>&1 &
SERVER_PID=$!
url=""
for _ in $(seq 1 120); do
    url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$HOME_DIR/demo.log" | head -1 || true)"
    [ -n "$url" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.25
done
[ -n "$url" ] || { cat "$HOME_DIR/demo.log" >&2; die "demo --no-gui did not start"; }
health="$("$PYTHON" -c 'import sys, urllib.request
print(urllib.request.urlopen(sys.argv[1] + "/api/v1/health", timeout=10).read().decode())' "$url")"
case "$health" in
    *'"ok"'*) echo "demo --no-gui: $url/api/v1/health -> $health" ;;
    *) die "health check said: $health" ;;
esac
kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""

say "Bundle"
du -sh "$BUNDLE"
echo "frozen in $((frozen - started)) s"

if [ "${SKIP_SETUP:-0}" = 1 ]; then
    echo "SKIP_SETUP=1: the setup was not compiled."
elif [ "$WINDOWS" = 1 ]; then
    ISCC="${ISCC:-$(command -v ISCC.exe || command -v iscc || true)}"
    for guess in "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" "/c/Program Files/Inno Setup 6/ISCC.exe" \
                 "${LOCALAPPDATA:-}/Programs/Inno Setup 6/ISCC.exe"; do
        [ -z "$ISCC" ] && [ -f "$guess" ] && ISCC="$guess"
    done
    if [ -n "$ISCC" ]; then
        say "Building the setup with Inno Setup"
        to_win() { if command -v cygpath >/dev/null; then cygpath -w "$1"; else echo "$1"; fi; }
        "$ISCC" /Q "/DAppVersion=$VERSION" "/DAppVersionNumeric=$NUMERIC" \
            "/DBundleDir=$(to_win "$BUNDLE")" "/DOutputDir=$(to_win "$DIST")" \
            "$(to_win "$ROOT/installer/compliance-client.iss")"
        ls -l "$DIST"/compliance-client-"$VERSION"-setup.exe
    else
        echo "ISCC (Inno Setup 6.3+) not found: bundle built, setup skipped."
    fi
else
    # The compilers of the Inno Setup versions to check, as npm packages: the oldest the .iss
    # claims first (/O-: a full compile without output), then the one whose setup lands in
    # dist/.
    INNO_PACKAGES=("innosetup-compiler@6.3.1" "innosetup@6.4.1")
    INNO_DIR="$ROOT/build/innosetup"
    WINE_TIMEOUT="${WINE_TIMEOUT:-600}"
    if [ "${REQUIRE_SETUP:-0}" = 1 ] && ! { command -v wine && command -v npm; } >/dev/null; then
        die "REQUIRE_SETUP=1 but wine or npm is missing: the setup cannot be compiled"
    elif ! command -v wine >/dev/null; then
        echo "Wine not found: the setup was NOT compiled (the bundle is fine). On Debian:"
        echo "  dpkg --add-architecture i386 && apt-get update && apt-get install wine wine32:i386"
    elif ! command -v npm >/dev/null; then
        echo "npm not found (it fetches the Inno Setup compilers): the setup was NOT compiled."
    else
        say "Compiling the setup with Inno Setup under Wine ($(wine --version 2>/dev/null))"
        iscc_of() {  # the ISCC.exe of an npm package spec like innosetup@6.4.1
            echo "$INNO_DIR/node_modules/${1%@*}/bin/ISCC.exe"
        }
        installed_version() {
            "$PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' \
                "$INNO_DIR/node_modules/${1%@*}/package.json" 2>/dev/null || true
        }
        need_install=0
        for pkg in "${INNO_PACKAGES[@]}"; do
            [ "$(installed_version "$pkg")" = "${pkg##*@}" ] && [ -f "$(iscc_of "$pkg")" ] \
                || need_install=1
        done
        if [ "$need_install" = 1 ]; then
            mkdir -p "$INNO_DIR"
            npm install --no-save --no-audit --no-fund --no-package-lock --loglevel=error \
                --prefix "$INNO_DIR" "${INNO_PACKAGES[@]}" >/dev/null \
                || die "npm could not install ${INNO_PACKAGES[*]} into $INNO_DIR"
        fi
        to_wine() { local p="${1//\//\\}"; echo "Z:$p"; }  # Wine's Z: is the Unix root
        # A private prefix (never the builder's ~/.wine); no Mono/Gecko prompts (ISCC needs
        # neither); the smoke test's APPDATA/LOCALAPPDATA are Linux paths Wine must not see.
        run_wine() {
            env -u APPDATA -u LOCALAPPDATA WINEPREFIX="$ROOT/build/wine" WINEDEBUG=-all \
                WINEDLLOVERRIDES="mscoree,mshtml=" timeout "$WINE_TIMEOUT" wine "$@"
        }
        SETUP="$DIST/compliance-client-$VERSION-setup.exe"
        rm -f "$SETUP"
        for pkg in "${INNO_PACKAGES[@]}"; do
            if [ "$pkg" = "${INNO_PACKAGES[-1]}" ]; then output=("/DOutputDir=$(to_wine "$DIST")")
            else output=(/O-); fi
            t0=$(date +%s)
            run_wine "$(iscc_of "$pkg")" /Q "${output[@]}" "/DAppVersion=$VERSION" \
                "/DAppVersionNumeric=$NUMERIC" "/DBundleDir=$(to_wine "$BUNDLE")" \
                "$(to_wine "$ROOT/installer/compliance-client.iss")" \
                || die "Inno Setup ${pkg##*@} (under Wine) failed to compile installer/compliance-client.iss (exit $?)"
            if [ "${output[0]}" = /O- ]; then
                echo "Inno Setup ${pkg##*@}: compiles (no output) in $(( $(date +%s) - t0 )) s"
            else
                [ -s "$SETUP" ] || die "Inno Setup ${pkg##*@} reported success but wrote no $SETUP"
                echo "Inno Setup ${pkg##*@}: compiled in $(( $(date +%s) - t0 )) s," \
                     "$(du -h "$SETUP" | cut -f1)"
            fi
        done
        WINEPREFIX="$ROOT/build/wine" timeout 30 wineserver -w 2>/dev/null || true
        ls -l "$SETUP"
        echo "(a compile check: this setup holds the Linux bundle; release setups are built on Windows)"
    fi
fi
