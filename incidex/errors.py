"""The exception tree of incidex.

    IncidexError                  (500)  base: something incidex cannot do
    ├── InputError                (400)  an input cannot be read as an article
    │   ├── EmptyInput            (400)  nothing but whitespace
    │   ├── BinaryInput           (415)  NUL bytes or a binary signature
    │   ├── EncodingError         (415)  not decodable as UTF-8 (names byte and offset)
    │   ├── TooLarge              (413)  over the `max_text_bytes` setting
    │   └── MalformedRecord       (400)  a JSON line or document that does not parse or lacks text
    ├── ConfigError               (500)  a setting has a bad value or the model is missing
    ├── PipelineError             (500)  the stage order does not satisfy stage requirements
    └── StoreError                (503)  the database cannot be reached or written

Every class carries `status`, the HTTP status the API answers with, so that one handler maps them.
"""

from __future__ import annotations


class IncidexError(Exception):
    """Raised for any failure incidex reports itself; the base of the tree."""

    status = 500


class InputError(IncidexError):
    """Raised when a source cannot be turned into an article; the ingest loop skips it."""

    status = 400


class EmptyInput(InputError):
    """Raised when a source holds no text (empty, or only whitespace)."""


class BinaryInput(InputError):
    """Raised when a source looks binary (NUL bytes or a known binary signature)."""

    status = 415


class EncodingError(InputError):
    """Raised when bytes are not valid UTF-8; the message names the byte and its offset."""

    status = 415


class TooLarge(InputError):
    """Raised when an article's text is over the `max_text_bytes` setting."""

    status = 413


class MalformedRecord(InputError):
    """Raised when a JSON/JSONL record does not parse or has no usable `text`."""


class ConfigError(IncidexError):
    """Raised when a setting has a bad value, or the language model cannot be loaded."""


class PipelineError(IncidexError):
    """Raised by `pipeline.build()` when a stage runs before the fields it requires exist."""


class StoreError(IncidexError):
    """Raised when the incident database cannot be reached, migrated or written."""

    status = 503
