"""Decoding bytes: each bad input gets its exact reason."""

from __future__ import annotations

import pytest

from incidex.errors import BinaryInput, EmptyInput, EncodingError, TooLarge
from incidex.ingest import decode_text


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", EmptyInput, "is empty"),
        (b"  \n\t \n", EmptyInput, "is empty"),
        (b"abc\x00def", BinaryInput, "looks binary (NUL byte at offset 3)"),
        (b"%PDF-1.7 ...", BinaryInput, "looks like a PDF"),
        (b"\x89PNG\r\n\x1a\n", BinaryInput, "looks like a PNG image"),
        (b"Caf\x92 bombing", EncodingError, "is not UTF-8 (byte 0x92 at offset 3)"),
        (b"x" * 101, TooLarge, "is 101 bytes, over the 100-byte limit (max_text_bytes)"),
    ],
)
def test_decode_bad_input_reason(data: bytes, error: type[Exception], reason: str) -> None:
    with pytest.raises(error) as info:
        decode_text(data, limit=100)
    assert reason in str(info.value)


def test_decode_strips_bom_and_keeps_text_exactly() -> None:
    text = "Two blasts\u2014at least 103 killed.\r\nSecond line."
    assert decode_text(b"\xef\xbb\xbf" + text.encode("utf-8"), limit=1000) == text


def test_decode_offset_counts_after_a_bom() -> None:
    with pytest.raises(EncodingError, match="offset 5"):
        decode_text(b"\xef\xbb\xbfab\xff", limit=100)
