"""Decoding: raw bytes into article text, refusing what is empty, binary, undecodable or huge.

The checks run in a fixed order (size, binary, UTF-8, empty) so that each input gets the one reason
that matters most. Messages are predicates ("is empty", "is not UTF-8 ...") that the caller puts
after the input's name: "x.txt is not UTF-8 (byte 0x92 at offset 118); re-encode it as UTF-8".
"""

from __future__ import annotations

import re

from incidex.errors import BinaryInput, EmptyInput, EncodingError, TooLarge

# Leading bytes of formats that are not text, with their names for the message.
_SIGNATURES = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP archive (or DOCX/XLSX)",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "a gzip archive",
}
BOM = b"\xef\xbb\xbf"
_SURROGATE = re.compile("[\ud800-\udfff]")  # a lone half of a pair, e.g. from JSON "\ud83d"
_READS = "incidex reads text, HTML and JSON"


def decode_text(data: bytes, *, limit: int) -> str:
    """The UTF-8 text of `data`, BOM removed; raises TooLarge, BinaryInput, EncodingError or
    EmptyInput, in that order of checking."""
    if len(data) > limit:
        raise too_large(len(data), limit)
    check_binary(data)
    text = _utf8(data)
    _check_blank(text)
    return text


def check_text(text: str, *, limit: int) -> str:
    """`text` unchanged when it can be an article's text (already-decoded text, e.g. from JSON);
    raises TooLarge, BinaryInput, EncodingError or EmptyInput."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise too_large(size, limit)
    nul = text.find("\x00")
    if nul >= 0:
        raise BinaryInput(f"holds a NUL character at offset {nul}; {_READS}")
    lone = _SURROGATE.search(text)
    if lone:
        raise EncodingError(
            f"holds a lone surrogate (U+{ord(lone[0]):04X} at offset {lone.start()}); "
            "write the character itself, or both halves of its escape"
        )
    _check_blank(text)
    return text


def check_binary(data: bytes) -> None:
    """Raises BinaryInput when `data` starts with a binary signature or holds a NUL byte."""
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise BinaryInput(f"looks like {kind}; {_READS}")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BinaryInput(f"looks binary (NUL byte at offset {nul}); {_READS}")


def too_large(size: int, limit: int, *, setting: str = "max_text_bytes") -> TooLarge:
    """The error for `size` bytes over `limit`; `setting` names where the limit comes from."""
    return TooLarge(
        f"is {size:,} bytes, over the {limit:,}-byte limit ({setting}); split it or raise the limit"
    )


def _utf8(data: bytes) -> str:
    body = data.removeprefix(BOM)
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start + len(data) - len(body)  # offsets count in the file, BOM included
        raise EncodingError(
            f"is not UTF-8 (byte 0x{data[offset]:02x} at offset {offset}); re-encode it as UTF-8"
        ) from exc


def _check_blank(text: str) -> None:
    if not text:
        raise EmptyInput("is empty")
    if text.isspace():
        raise EmptyInput("is empty (only whitespace)")
