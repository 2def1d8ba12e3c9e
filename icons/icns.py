#!/usr/bin/python3
"""Writes and checks Apple .icns files whose entries are all PNG.

  icns.py write OUT.icns TYPE=FILE.png ...   e.g. ic07=invite-manager-128.png
  icns.py check FILE.icns                    lists the entries; fails on a bad length, type or PNG size

The format: 'icns', a big-endian uint32 total length, then entries of a 4-byte type, a uint32 length that counts
the 8-byte entry header, and the data (here a PNG).
"""
import struct
import sys

# type -> pixel size of the PNG it must hold (the @2x types hold twice their point size)
SIZES = {
    "icp4": 16, "icp5": 32, "ic11": 32, "ic12": 64, "ic07": 128, "ic13": 256,
    "ic08": 256, "ic14": 512, "ic09": 512, "ic10": 1024,
}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data):
    if data[:8] != PNG_MAGIC or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def write(out, pairs):
    body = b""
    for pair in pairs:
        kind, path = pair.split("=", 1)
        with open(path, "rb") as f:
            data = f.read()
        if kind not in SIZES:
            raise SystemExit(f"unknown type {kind}")
        if png_size(data) != (SIZES[kind], SIZES[kind]):
            raise SystemExit(f"{path} is {png_size(data)}, {kind} needs {SIZES[kind]} px")
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def check(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:4] != b"icns":
        raise SystemExit("no 'icns' magic")
    total = struct.unpack(">I", data[4:8])[0]
    if total != len(data):
        raise SystemExit(f"header says {total} bytes, file has {len(data)}")
    pos, seen = 8, []
    while pos < total:
        kind = data[pos:pos + 4].decode("ascii")
        length = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        if length < 8 or pos + length > total:
            raise SystemExit(f"{kind} at {pos}: bad length {length}")
        width, height = png_size(data[pos + 8:pos + length])
        if SIZES.get(kind) != width or width != height:
            raise SystemExit(f"{kind}: PNG is {width}x{height}, expected {SIZES.get(kind)}")
        print(f"{kind} {width}x{height} png {length - 8} bytes")
        seen.append(kind)
        pos += length
    print(f"ok: {len(seen)} entries, {total} bytes")


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3:])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        check(sys.argv[2])
    else:
        raise SystemExit(__doc__)
