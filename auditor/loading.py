"""Finding the files to lint and reading them as text.

Encodings: a byte-order mark decides first (UTF-8, UTF-16, UTF-32); text without one is read as
UTF-8 when it is valid UTF-8, and otherwise handed to charset-normalizer, a real detector, which
tells GB18030/GBK (common in government files) from other encodings. A file that is binary, that no
encoding reads, or that is too large is refused with an :class:`InputError`.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Iterator

DEFAULT_EXTENSIONS = (".txt", ".md")
MAX_FILE_BYTES = 32 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings a Chinese document is plausibly in; a detector's guess outside these is not trusted.
_CHINESE_CAPABLE = {"gb18030", "gbk", "gb2312", "big5", "hz", "utf_16", "utf_16_le", "utf_16_be", "utf_8", "utf_32"}


class InputError(Exception):
    """A file that cannot be linted; the message is one line that names the file."""


def iter_files(paths: list[str], extensions=DEFAULT_EXTENSIONS) -> Iterator[str]:
    """Files to lint, in a stable order: given files as they are, folders walked (hidden entries skipped).

    A path that does not exist is yielded as is, so that reading it reports the error in order."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    os.path.join(root, f) for f in files if not f.startswith(".") and f.lower().endswith(extensions)
                )
            yield from sorted(found)
        else:
            yield path


def read_text_file(path: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(f"{path}: file too large ({size / 2**20:.1f} MB; the limit is {max_bytes / 2**20:.0f} MB)")
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    return decode(data, path)


def decode(data: bytes, path: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                raise InputError(f"{path}: not valid {encoding.upper()} despite its byte-order mark") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1024 * 1024]).best()
    encoding = best.encoding if best is not None else None
    if encoding not in _CHINESE_CAPABLE:
        raise InputError(f"{path}: cannot tell the text encoding (not UTF-8, GB18030 or UTF-16); is it a binary file?")
    if encoding in ("gbk", "gb2312"):
        encoding = "gb18030"  # a superset: never fails where GBK would succeed
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(f"{path}: undecodable bytes for the detected encoding {encoding}") from None

