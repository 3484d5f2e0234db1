#!/usr/bin/python3
"""Compares two rendered pages: 8-bit grayscale PNG or RGB PNG (pdftoppm -gray -png
writes gray pixels as RGB, mutool draw -c gray as gray) or binary PGM. Standard library only.

usage: compare_images.py REFERENCE TEST [MAX_MEAN_DIFF] [MAX_BAD_FRACTION]
Exit 0 when the images have the same size, the mean absolute difference is
at most MAX_MEAN_DIFF (default 1.5 of 255) and at most MAX_BAD_FRACTION
(default 0.003) of the pixels differ by more than 64; 1 otherwise."""
import struct
import sys
import zlib


def read_png(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (0, 2) or interlace != 0:
                raise ValueError("only 8-bit gray or RGB non-interlaced PNG is supported")
            bpp = 1 if color == 0 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[x] = (line[x] + pred) & 255
        rows.append(bytes(line[::bpp]))  # gray, or the red channel of a gray render
        prev = line
    return width, height, b"".join(rows)


def read_pgm(data):
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        start = pos
        while not data[pos:pos + 1].isspace():
            pos += 1
        fields.append(data[start:pos])
    if fields[0] != b"P5" or fields[3] != b"255":
        raise ValueError("only binary 8-bit PGM is supported")
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[pos + 1:pos + 1 + width * height]


def read_image(path):
    data = open(path, "rb").read()
    return read_png(data) if data[:4] == b"\x89PNG" else read_pgm(data)


def main():
    ref, test = read_image(sys.argv[1]), read_image(sys.argv[2])
    max_mean = float(sys.argv[3]) if len(sys.argv) > 3 else 1.5
    max_bad = float(sys.argv[4]) if len(sys.argv) > 4 else 0.003
    if ref[:2] != test[:2]:
        print("size differs: %dx%d vs %dx%d" % (ref[0], ref[1], test[0], test[1]))
        return 1
    diffs = [abs(a - b) for a, b in zip(ref[2], test[2])]
    mean = sum(diffs) / len(diffs)
    bad = sum(1 for d in diffs if d > 64) / len(diffs)
    print("mean %.3f bad %.5f" % (mean, bad))
    return 0 if mean <= max_mean and bad <= max_bad else 1


if __name__ == "__main__":
    sys.exit(main())
