"""Small real PDFs built in the test: text pages (any Unicode, via an Identity-H font with a ToUnicode map, the
way CJK annual reports are made), image-only pages, encrypted and corrupt files."""
from __future__ import annotations

import io


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(data: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(data)} {extra}>>\nstream\n".encode() + data + b"\nendstream"


def _to_unicode(chars: set[str]) -> bytes:
    """A ToUnicode CMap mapping each used code (= its code point) back to the character."""
    codes = sorted(ord(c) for c in chars)
    blocks = []
    for i in range(0, len(codes), 100):
        chunk = codes[i:i + 100]
        entries = " ".join(f"<{c:04X}> <{c:04X}>" for c in chunk)
        blocks.append(f"{len(chunk)} beginbfchar {entries} endbfchar")
    return ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            "1 begincodespacerange <0000> <FFFF> endcodespacerange " + " ".join(blocks) +
            " endcmap CMapName currentdict /CMap defineresource pop end end").encode()


def text_pdf(pages: list[list[str]]) -> bytes:
    """One page per item; each line of text drawn on its own line (BMP characters only)."""
    n_pages = len(pages)
    # objects: 1 catalog, 2 pages, 3 font, 4 descendant, 5 tounicode, then page/content pairs
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(n_pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /TestUnicode /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestUnicode /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        _stream(_to_unicode({ch for lines in pages for line in lines for ch in line} or {" "})),
    ]
    for index, lines in enumerate(pages):
        ops = [b"BT /F1 10 Tf 12 TL 40 800 Td"]
        for line in lines:
            hexed = "".join(f"{ord(ch):04X}" for ch in line)
            ops.append(f"<{hexed}> Tj T*".encode())
        ops.append(b"ET")
        content = b"\n".join(ops)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {7 + 2 * index} 0 R >>".encode())
        objects.append(_stream(content))
    return _pdf(objects)


def image_only_pdf(n_pages: int = 2) -> bytes:
    """Pages that only paint (like a scan): no text layer at all."""
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode()]
    for index in range(n_pages):
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {4 + 2 * index} 0 R >>"
                       .encode())
        objects.append(_stream(b"0.5 g 40 40 500 700 re f"))
    return _pdf(objects)


def encrypted_pdf(pages: list[list[str]], password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(pages))))
    writer.encrypt(user_password=password, owner_password="owner-" + password, algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def corrupt_pdf() -> bytes:
    good = text_pdf([["视频监控"]])
    return good[:60] + b"\x00garbage\xff" * 20  # header survives, body and xref do not
