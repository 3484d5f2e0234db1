#!/usr/bin/python3
"""Writes the encoding variants of inputs/ and the bad inputs of bad/.

Run from this folder with Debian's python3; the outputs are committed.
"""
import pathlib

HERE = pathlib.Path(__file__).parent
IN = HERE / "inputs"
BAD = HERE / "bad"
TEXT = (IN / "junk-before-title.txt").read_text(encoding="utf-8")
ARTICLE = TEXT.split("?\n2,\n", 1)[1]  # without the junk lines

(IN / "enc-gb18030.txt").write_bytes(ARTICLE.encode("gb18030"))
(IN / "enc-utf16le-bom.txt").write_bytes(b"\xff\xfe" + ARTICLE.replace("\n", "\r\n").encode("utf-16-le"))
(IN / "enc-utf16be-bom.txt").write_bytes(b"\xfe\xff" + ARTICLE.encode("utf-16-be"))
(IN / "enc-utf8-bom-crlf.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
(IN / "enc-cr-only.txt").write_bytes(ARTICLE.replace("\n", "\r").encode("utf-8"))
utf8 = ARTICLE.rstrip("\n").encode("utf-8")
(IN / "enc-truncated-utf8.txt").write_bytes(utf8[:-1])  # cut inside the final 。
gb = ARTICLE.rstrip("\n").encode("gb18030")
(IN / "enc-truncated-gb18030.txt").write_bytes(gb[:-1])
lines = ARTICLE.encode("utf-8").split(b"\n")
lines[5] = lines[5][:6] + b"\xff\xfe" + lines[5][6:]  # two stray bytes in one line
(IN / "enc-invalid-bytes.txt").write_bytes(b"\n".join(lines))

BAD.mkdir(exist_ok=True)
(BAD / "empty.txt").write_bytes(b"")
(BAD / "blank.txt").write_bytes(b"  \n\n \r\n")
(BAD / "nul.txt").write_bytes(ARTICLE.encode("utf-8")[:60] + b"\x00\x00" + ARTICLE.encode("utf-8")[60:])
png = b"\x89PNG\r\n\x1a\n" + bytes((i * 37 + 11) % 256 for i in range(600))
(BAD / "image.png").write_bytes(png)
(BAD / "english.txt").write_text("This is a plain English memo.\nIt has no Chinese text at all.\n")
(BAD / "random-bytes.bin").write_bytes(bytes((i * 101 + 7) % 251 + 5 for i in range(2000)))
