"""Build the desktop bundle: ``python packaging/build.py`` (needs the ``build`` extra).

1. renders ``resources/icons/app.svg`` to PNGs (and .ico / .icns) in ``build/icons``;
2. runs PyInstaller on ``packaging/briefing-app.spec`` -> ``dist/briefing-app/``
   (on macOS also ``dist/Briefing App.app``);
3. on Linux, packs the bundle, a ``.desktop`` entry, the icons and ``install.sh``
   into ``dist/briefing-app-<version>-linux-<arch>.tar.gz``.

Windows and macOS installers are made from the bundle by ``packaging/windows/``
and ``packaging/macos/`` (see docs/packaging.md). This file is not part of the
app: it imports PyInstaller's tooling and PySide6's SVG renderer only here.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
NAME = "briefing-app"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from briefing_app import __version__

    return __version__


def render_icons(out: Path) -> Path:
    """PNG icons in the freedesktop layout ``hicolor/<n>x<n>/apps/briefing-app.png``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/icons/app.svg cannot be read")
    images = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"cannot write {target}")
        images[size] = image
    # The executable's icon on Windows (256 px) and the .app's on macOS.
    images[256].save(str(out / f"{NAME}.ico"))
    if not (sys.platform == "darwin" and macos_icns(images, out)):
        images[512].save(str(out / f"{NAME}.icns"))  # one size, through Qt's icns writer
    return out


def macos_icns(images: dict, out: Path) -> bool:
    """Every size of the .icns from an .iconset, with Apple's iconutil."""
    if not shutil.which("iconutil"):
        return False
    iconset = out / f"{NAME}.iconset"
    iconset.mkdir(exist_ok=True)
    for size in (16, 32, 128, 256, 512):
        images[size].save(str(iconset / f"icon_{size}x{size}.png"))
        if size * 2 in images:
            images[size * 2].save(str(iconset / f"icon_{size}x{size}@2x.png"))
    command = ["iconutil", "-c", "icns", str(iconset), "-o", str(out / f"{NAME}.icns")]
    return subprocess.run(command).returncode == 0


def run_pyinstaller(work: Path, dist: Path, icons: Path) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--workpath",
        str(work),
        "--distpath",
        str(dist),
        str(PACKAGING / f"{NAME}.spec"),
    ]
    env = {**os.environ, "BRIEFING_APP_ICON_DIR": str(icons)}
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    return dist / NAME


def linux_tarball(bundle: Path, icons: Path, dist: Path) -> Path:
    """``briefing-app-<v>-linux-<arch>/``: the bundle in ``briefing-app/``, ``share/``
    (desktop entry, icons) and ``install.sh``, as a .tar.gz."""
    top = f"{NAME}-{version()}-linux-{platform.machine()}"
    archive = dist / f"{top}.tar.gz"

    def add(tar: tarfile.TarFile, path: Path, name: str) -> None:
        tar.add(str(path), arcname=f"{top}/{name}")

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        add(tar, bundle, NAME)
        add(tar, icons / "hicolor", "share/icons/hicolor")
        add(tar, PACKAGING / "linux" / f"{NAME}.desktop", f"share/applications/{NAME}.desktop")
        add(tar, PACKAGING / "linux" / "install.sh", "install.sh")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--no-archive", action="store_true", help="the bundle only")
    args = parser.parse_args(argv)
    started = time.monotonic()
    icons = render_icons(args.work / "icons")
    bundle = run_pyinstaller(args.work / "pyinstaller", args.dist, icons)
    print(f"bundle: {bundle} ({time.monotonic() - started:.0f} s)")
    if sys.platform.startswith("linux") and not args.no_archive:
        print(f"tarball: {linux_tarball(bundle, icons, args.dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
