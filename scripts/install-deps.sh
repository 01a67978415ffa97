#!/usr/bin/env bash
# Installs the Debian bookworm packages FieldEnrol needs to build, test and run. Idempotent:
# installs only what is missing. Needs root (or sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang-format git ca-certificates
  # Qt 6 (libqt6sql6-sqlite is only a Recommends; httpserver needs websockets; Charts needs OpenGL dev)
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libqt6svg6
  # the member's photo from the laptop's camera (GStreamer; v4l2src is in plugins-good)
  qt6-multimedia-dev gstreamer1.0-plugins-good
  # storage, crypto, compression, HTTP
  libsqlite3-dev sqlite3 libsodium-dev zlib1g-dev libbrotli-dev libcpp-httplib-dev libssl-dev libpq-dev postgresql
  # the programs' allocator (tcmalloc)
  libgoogle-perftools-dev
  # tests
  catch2 xvfb xauth poppler-utils zbar-tools fonts-noto-core libqrencode-dev
  # fuzzing (libFuzzer ships with clang)
  clang libclang-rt-14-dev
  curl
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The PouchDB peer of the sync benchmark needs node and npm; machines of this kind ship them
# outside Debian's packages (whose npm conflicts with that nodejs), so only fill a real gap.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
