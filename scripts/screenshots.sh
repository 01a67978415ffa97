#!/usr/bin/env bash
# Screenshots of every main screen of FieldEnrol in English, Lao and Swahili, for both countries,
# on sample stores, into docs/screenshots/ (offscreen platform: no display needed; Lao renders
# with Noto Sans Lao from fonts-noto-core). Usage: scripts/screenshots.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

build=${1:-${FIELDENROL_SCREENSHOT_BUILD_DIR:-build-screenshots}}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFIELDENROL_BUILD_BENCH=OFF
cmake --build "$build" --parallel "$(nproc)" --target fieldenrol_screenshots

out=docs/screenshots
rm -f "$out"/*.png
QT_QPA_PLATFORM=offscreen "$build/tests/support/app/fieldenrol_screenshots" "$out"

# The index lists what was taken.
{
  echo "# Screenshots"
  echo
  echo "Every main screen of the desktop application, in English (en), Lao (lo) and Swahili (sw), for"
  echo "Lao PDR (LA) and Kenya (KE), at 1366×768 on sample data. Regenerate with \`scripts/screenshots.sh\`."
  echo
  echo "| screen | LA en | LA lo | LA sw | KE en | KE lo | KE sw |"
  echo "|---|---|---|---|---|---|---|"
  for screen in login register register-address register-schemes register-consent members member-detail payments \
                reports settings sync supervision first-run first-run-store; do
    row="| $screen |"
    for country in LA KE; do
      for lang in en lo sw; do
        row="$row [png]($country-$lang-$screen.png) |"
      done
    done
    echo "$row"
  done
} > "$out/README.md"
echo "screenshots: $(ls "$out"/*.png | wc -l) images in $out"
