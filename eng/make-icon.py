#!/usr/bin/env python3
"""Draws eng/icon.png, the package icon: a map pin over a grid square, in two colours. Standard library only."""
import math
import struct
import zlib

SIZE = 128
BACK = (0x1F, 0x2A, 0x44)
GRID = (0x3A, 0x4A, 0x6B)
PIN = (0xE8, 0x4A, 0x3C)
HOLE = (0xF5, 0xF0, 0xE6)


def colour(x, y):
    cx, cy = SIZE / 2, SIZE * 0.40
    # rounded square background
    r = 22
    dx = max(r - x, 0, x - (SIZE - 1 - r))
    dy = max(r - y, 0, y - (SIZE - 1 - r))
    if dx * dx + dy * dy > r * r:
        return (0, 0, 0, 0)
    px = (x - cx) / (SIZE * 0.26)
    py = (y - cy) / (SIZE * 0.26)
    # pin: a circle and a triangle meeting at the point
    in_circle = px * px + py * py <= 1.0
    tip = 2.05
    in_tail = 0.3 <= py <= tip and abs(px) <= (tip - py) / (tip - 0.3) * 0.86
    if px * px + py * py <= 0.16:
        return HOLE + (255,)
    if in_circle or in_tail:
        return PIN + (255,)
    if x % 21 in (0, 1) or y % 21 in (0, 1):
        return GRID + (255,)
    return BACK + (255,)


def main():
    raw = b"".join(b"\x00" + b"".join(bytes(colour(x, y)) for x in range(SIZE)) for y in range(SIZE))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(__file__.rsplit("/", 1)[0] + "/icon.png", "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main()
