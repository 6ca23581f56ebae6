#!/bin/sh
# Install Briefing App for the current user (no administrator rights needed):
#   ./install.sh            -> ~/.local/opt/briefing-app, menu entry, icons, ~/.local/bin/briefing-app
#   ./install.sh --uninstall  removes those again; the data folder
#                             (~/.local/share/BriefingApp: database, backups, settings) is kept.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/briefing-app
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt"
    rm -f "$bin/briefing-app" "$data/applications/briefing-app.desktop"
    find "$data/icons/hicolor" -name briefing-app.png -delete 2>/dev/null || true
    echo "Briefing App removed. Your data in $data/BriefingApp is kept."
    exit 0
fi

rm -rf "$opt.new"
mkdir -p "$opt.new" "$bin" "$data/applications"
cp -a "$here/briefing-app/." "$opt.new/"
rm -rf "$opt" && mv "$opt.new" "$opt"
ln -sf "$opt/briefing-app" "$bin/briefing-app"
cp -a "$here/share/icons/." "$data/icons/"
# The menu entry names the program by its full path: ~/.local/bin may not be on PATH.
sed "s|^Exec=briefing-app|Exec=\"$opt/briefing-app\"|" \
    "$here/share/applications/briefing-app.desktop" > "$data/applications/briefing-app.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Briefing App installed in $opt; start it from the applications menu or with $bin/briefing-app"
