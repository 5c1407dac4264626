#!/usr/bin/env bash
# Rebuilds public/ (favicon, app icons, Open Graph image) from scripts/assets/icon.svg and og.html.
# Needs ImageMagick (Debian imagemagick, /usr/bin/convert) and Debian chromium; the outputs are committed, so builds need neither.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=scripts/assets
cp "$src/icon.svg" public/icon.svg
for size in 16 32 48 180 192 512; do
  /usr/bin/convert -background none -density 1200 "$src/icon.svg" -resize "${size}x${size}" "/tmp/claimscope-icon-$size.png"
done
/usr/bin/convert /tmp/claimscope-icon-16.png /tmp/claimscope-icon-32.png /tmp/claimscope-icon-48.png public/favicon.ico
cp /tmp/claimscope-icon-180.png public/apple-touch-icon.png
cp /tmp/claimscope-icon-192.png public/icon-192.png
cp /tmp/claimscope-icon-512.png public/icon-512.png
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,630 \
  --screenshot=public/og-image.png "file://$PWD/$src/og.html" 2>/dev/null
echo "public/: $(ls public | tr '\n' ' ')"
