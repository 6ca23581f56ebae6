#!/bin/sh
# macOS: sign (optional) and pack "dist/Briefing App.app" into a disk image.
#   python3 packaging/build.py                 # dist/Briefing App.app (on a Mac)
#   packaging/macos/make-dmg.sh                # -> dist/BriefingApp-<version>.dmg
# Signing and notarization run when these are set (docs/packaging.md):
#   BRIEFING_APP_SIGN_ID="Developer ID Application: Example Org (TEAMID)"
#   BRIEFING_APP_NOTARY_PROFILE=<keychain profile made by `xcrun notarytool store-credentials`>
set -eu
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' briefing_app/__init__.py)
app="dist/Briefing App.app"
dmg="dist/BriefingApp-$version.dmg"
[ -d "$app" ] || { echo "no $app: run python3 packaging/build.py first" >&2; exit 1; }

if [ -n "${BRIEFING_APP_SIGN_ID:-}" ]; then
    # Hardened runtime (required for notarization); sign inside out via --deep.
    codesign --force --deep --options runtime --timestamp \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$BRIEFING_APP_SIGN_ID" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"   # drag the app onto it to install
rm -f "$dmg"
hdiutil create -volname "Briefing App $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 "$dmg"

if [ -n "${BRIEFING_APP_SIGN_ID:-}" ]; then
    codesign --force --timestamp --sign "$BRIEFING_APP_SIGN_ID" "$dmg"
fi
if [ -n "${BRIEFING_APP_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$BRIEFING_APP_NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "$dmg"
