"""Render the app icon's SVG into PNGs and a multi-size Windows ``.ico``, with Qt only.

    .venv/bin/python tools/render_icons.py            # writes resources/icons/app-*.png, app.ico

Qt's ``QSvgRenderer`` draws the SVG (PySide6-Essentials ships QtSvg, so no new dependency),
and the ICO container is written here with ``struct``:

- 256 px is stored PNG-compressed, as Windows has read since Vista (and as Explorer, the
  taskbar and Inno Setup expect for the large "jumbo" size);
- 16 to 128 px are stored as classic 32-bit BGRA DIBs with an AND mask. Every Windows
  component reads those, including the few old code paths (some shell dialogs, resource
  tools) that mishandle PNG entries at small sizes; at these sizes PNG saves little anyway.

The small sizes are drawn from ``app-small.svg`` when it exists: the same design with
heavier strokes, because the full design's check mark blurs away below 32 px.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_MAX = 24  # sizes up to this use app-small.svg
PNG_FROM = 256  # entries at least this large are stored PNG-compressed in the .ico


def _application() -> object:
    """A QGuiApplication (QPainter needs one); offscreen, so this runs on a headless CI box."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def render(svg: Path, size: int):  # -> QImage (ARGB32, straight alpha)
    """``svg`` drawn at ``size`` x ``size`` pixels on a transparent background."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # image: QImage
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:  # image: QImage in Format_ARGB32
    """A 32-bit ICO image entry: BITMAPINFOHEADER, BGRA rows bottom-up, then the AND mask.

    The header's height is twice the image's (XOR bitmap + AND mask, as ICO requires). The
    mask marks fully transparent pixels; Windows uses the alpha channel, old paths the mask.
    """
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0,
                         width * height * 4, 0, 0, 0, 0)
    rows = []
    mask_rows = []
    mask_stride = ((width + 31) // 32) * 4
    for y in range(height - 1, -1, -1):  # bottom-up
        # pixel() gives 0xAARRGGBB; packed little-endian that is the B, G, R, A a DIB wants.
        words = [image.pixel(x, y) for x in range(width)]
        rows.append(struct.pack(f"<{width}I", *words))
        mask = bytearray(mask_stride)
        for x, word in enumerate(words):
            if word >> 24 == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(mask))
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(entries: Mapping[int, bytes]) -> bytes:
    """The ICO container for ``{size: image entry bytes}`` (PNG or DIB), smallest first."""
    sizes = sorted(entries)
    offset = 6 + 16 * len(sizes)
    directory = [struct.pack("<HHH", 0, 1, len(sizes))]  # reserved, type 1 = icon, count
    blobs = []
    for size in sizes:
        if not 1 <= size <= 256:
            raise ValueError(f"an ICO entry is 1 to 256 px, not {size}")
        blob = entries[size]
        dim = 0 if size == 256 else size  # 0 means 256 in the one-byte fields
        directory.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return b"".join(directory) + b"".join(blobs)


def render_all(out: Path = ICONS, sizes: Iterable[int] = SIZES) -> list[Path]:
    """Write ``app-<size>.png`` for each size and ``app.ico`` holding them all."""
    svg = out / "app.svg"
    small = out / "app-small.svg"
    written: list[Path] = []
    entries: dict[int, bytes] = {}
    for size in sizes:
        image = render(small if size <= SMALL_MAX and small.exists() else svg, size)
        png = png_bytes(image)
        path = out / f"app-{size}.png"
        path.write_bytes(png)
        written.append(path)
        entries[size] = png if size >= PNG_FROM else dib_bytes(image)
    ico = out / "app.ico"
    ico.write_bytes(ico_bytes(entries))
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ICONS,
                        help="folder holding app.svg (and app-small.svg); outputs go there")
    args = parser.parse_args(argv)
    for path in render_all(args.out):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
