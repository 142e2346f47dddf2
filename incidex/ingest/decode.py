"""Decoding: raw bytes into article text, refusing what is empty, binary, undecodable or huge."""

from __future__ import annotations

from incidex.errors import BinaryInput, EmptyInput, EncodingError, TooLarge

# Leading bytes of formats that are no text, with their names for the message.
_SIGNATURES = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
}
_BOM = b"\xef\xbb\xbf"


def decode_text(data: bytes, *, limit: int) -> str:
    """The UTF-8 text of `data`; raises TooLarge, BinaryInput, EncodingError or EmptyInput."""
    if len(data) > limit:
        raise TooLarge(
            f"is {len(data):,} bytes, over the {limit:,}-byte limit (max_text_bytes); "
            "split it or raise the limit"
        )
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise BinaryInput(f"looks like {kind}; incidex reads text, HTML and JSON")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(
            f"looks binary (NUL byte at offset {nul}); incidex reads text, HTML and JSON"
        )
    try:
        text = data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + (len(_BOM) if data.startswith(_BOM) else 0)
        raise EncodingError(
            f"is not UTF-8 (byte 0x{data[offset]:02x} at offset {offset}); re-encode it as UTF-8"
        ) from exc
    if not text.strip():
        raise EmptyInput("is empty")
    return text
