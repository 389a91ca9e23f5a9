"""A QR code of a short text (an enrollment code, DESIGN §13), painted from ``segno``'s module
matrix: black squares on white, each module a whole number of device pixels, with the quiet
zone scanners need around it.

Whole device pixels per module keep the edges sharp at any screen scale (a scaled bitmap
blurs them, and a phone camera then reads it worse). The image is never mirrored: Qt draws a
label's pixmap as it is in a right-to-left window too, and a mirrored code does not scan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

#: Modules of white around the symbol: the quiet zone the QR standard asks for.
QUIET_ZONE = 4
#: About how wide the whole code is drawn, in logical pixels: a phone reads it from a
#: screen at arm's length without the dialog growing large.
TARGET_WIDTH = 220


def qr_matrix(text: str, border: int = QUIET_ZONE) -> list[list[bool]]:
    """The modules of ``text``'s QR code (error correction M, never a Micro QR, which few
    phone cameras read), row by row with the quiet zone: True is dark."""
    import segno  # on first use: only the dialog that shows a code needs it

    code = segno.make(text, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix_iter(scale=1, border=border)]


def qr_image(matrix: list[list[bool]], scale: int) -> QImage:
    """``matrix`` painted with ``scale`` pixels per module: dark modules black, the rest
    white."""
    size = len(matrix) * scale
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        black = QColor(Qt.GlobalColor.black)
        for r, row in enumerate(matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.fillRect(c * scale, r * scale, scale, scale, black)
    finally:
        painter.end()
    return image


def module_scale(modules: int, device_pixel_ratio: float, width: int = TARGET_WIDTH) -> int:
    """Device pixels per module for a code about ``width`` logical pixels wide: a whole
    number, at least 2 (one-pixel modules are too small to scan from a screen)."""
    return max(2, round(width * device_pixel_ratio / modules))


def qr_pixmap(text: str, device_pixel_ratio: float = 1.0) -> tuple[QPixmap, int]:
    """``text``'s QR code for a screen of ``device_pixel_ratio``, and the device pixels per
    module it was drawn with."""
    matrix = qr_matrix(text)
    scale = module_scale(len(matrix), device_pixel_ratio)
    pixmap = QPixmap.fromImage(qr_image(matrix, scale))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap, scale
