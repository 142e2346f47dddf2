"""Decoding bytes: each bad input gets its exact reason, and good text comes back unchanged."""

from __future__ import annotations

import pytest

from incidex.errors import BinaryInput, EmptyInput, EncodingError, InputError, TooLarge
from incidex.ingest import decode_text
from incidex.ingest.decode import check_text

READS = "incidex reads text, HTML and JSON"
MAYOR = "The mayor’s office was hit by a rocket."


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", EmptyInput, "is empty"),
        (b"  \n\t \r\n", EmptyInput, "is empty (only whitespace)"),
        (b"\xef\xbb\xbf\n", EmptyInput, "is empty (only whitespace)"),
        (b"abc\x00def", BinaryInput, f"looks binary (NUL byte at offset 3); {READS}"),
        (b"%PDF-1.7 \xe2\xe3", BinaryInput, f"looks like a PDF; {READS}"),
        (b"PK\x03\x04\x14\x00", BinaryInput, f"looks like a ZIP archive (or DOCX/XLSX); {READS}"),
        (b"\x89PNG\r\n\x1a\n", BinaryInput, f"looks like a PNG image; {READS}"),
        (b"\xff\xd8\xff\xe0", BinaryInput, f"looks like a JPEG image; {READS}"),
        (
            MAYOR.encode("cp1252"),
            EncodingError,
            "is not UTF-8 (byte 0x92 at offset 9); re-encode it as UTF-8",
        ),
        (
            b"x" * 101,
            TooLarge,
            "is 101 bytes, over the 100-byte limit (max_text_bytes); split it or raise the limit",
        ),
    ],
    ids=["empty", "whitespace", "bom-only", "nul", "pdf", "zip", "png", "jpeg", "cp1252", "size"],
)
def test_decode_bad_input_reason(data: bytes, error: type[InputError], reason: str) -> None:
    with pytest.raises(error) as info:
        decode_text(data, limit=100)
    assert str(info.value) == reason


def test_decode_checks_size_before_binary_and_binary_before_encoding() -> None:
    with pytest.raises(TooLarge):
        decode_text(b"\x00" * 20, limit=10)
    with pytest.raises(BinaryInput):
        decode_text(b"\x92\x00", limit=10)


def test_decode_strips_bom_and_keeps_text_exactly() -> None:
    text = "  Two blasts\u2014at least 103 killed.\r\nSecond\u2028line.  \n"
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8"), limit=1000) == text


def test_decode_offset_counts_the_bom() -> None:
    with pytest.raises(EncodingError, match=r"byte 0xff at offset 5"):
        decode_text(b"\xef\xbb\xbfab\xff", limit=100)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "is empty"),
        (" \n ", "is empty (only whitespace)"),
        ("ab\x00", f"holds a NUL character at offset 2; {READS}"),
        (
            "ab\ud83d!",
            "holds a lone surrogate (U+D83D at offset 2); "
            "write the character itself, or both halves of its escape",
        ),
        (
            "é" * 6,
            "is 12 bytes, over the 10-byte limit (max_text_bytes); split it or raise the limit",
        ),
    ],
    ids=["empty", "whitespace", "nul", "surrogate", "size-in-utf8-bytes"],
)
def test_check_text_bad_text_reason(text: str, reason: str) -> None:
    with pytest.raises(InputError) as info:
        check_text(text, limit=10)
    assert str(info.value) == reason


def test_check_text_returns_text_unchanged() -> None:
    assert check_text("  Shelling hit the market.\n", limit=100) == "  Shelling hit the market.\n"
