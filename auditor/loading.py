"""Finding the files to lint and reading them as text.

Encodings: a byte-order mark decides first (UTF-8, UTF-16, UTF-32); text without one is read as
UTF-8 when it is valid UTF-8, and otherwise handed to charset-normalizer, a real detector, which
chooses between GB18030 (a superset of GBK and GB2312, the encodings of many government files) and
Big5, preferring GB18030 when both read the text equally well. A file that is binary, that neither
reads, or that is too large is refused with an :class:`InputError`. Reads are bounded, so that a
device or a pipe that never ends (``/dev/zero``) is refused too.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Iterator

from .lazyre import lazy_re

DEFAULT_EXTENSIONS = (".txt", ".md")
MAX_FILE_BYTES = 32 * 1024 * 1024
_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# The legacy encodings a Chinese document comes in, in order of preference on a tie.
_LEGACY = ["gb18030", "big5"]
_DETECT_BYTES = 1024 * 1024


class InputError(Exception):
    """A file that cannot be linted; the message is one line that names the file."""


def iter_files(paths: list[str], extensions=DEFAULT_EXTENSIONS, skip=None) -> Iterator[str]:
    """Files to lint, in a stable order: given files as they are, folders walked (hidden entries skipped).

    ``skip(path, is_folder)``, when given, leaves out a file or a whole folder (not walked at all),
    as ``.gitignore`` does. A path that does not exist is yielded as is, so that reading it reports
    the error in order."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path, onerror=_unreadable_folder):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and not (skip and skip(os.path.join(root, d), True))
                )
                found.extend(
                    os.path.join(root, f) for f in files if not f.startswith(".") and f.lower().endswith(extensions)
                    and not (skip and skip(os.path.join(root, f), False))
                )
            yield from sorted(found)
        else:
            yield path


def _unreadable_folder(error: OSError) -> None:
    """A folder of a walk that cannot be listed is named on standard error, never skipped silently."""
    shown = display_name(error.filename) if isinstance(error.filename, str) else "a folder"
    reason = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error))
    print(f"auditor: warning: {shown}: cannot read the folder ({reason}); its files are not linted", file=sys.stderr)


# Characters that a terminal, a log or a CI runner would act on instead of showing: C0 and C1
# controls (ESC starts ANSI and OSC sequences, CR and LF start a new workflow-command line), DEL,
# the Unicode line and paragraph separators, and the bidirectional overrides (Trojan Source).
_UNPRINTABLE = lazy_re("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_one(match: "re.Match[str]") -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character, line break and bidirectional override written as an
    escape (``\\n``, ``\\x1b``, ``\\u202e``), so that a file name or document text that reaches the
    terminal, a CI log or standard error shows as text and never acts (no forged ``::error`` line,
    no ANSI or OSC sequence)."""
    return _UNPRINTABLE.sub(_escape_one, text)


def display_name(path: str) -> str:
    """``path`` as printable text: bytes of a file name that are not UTF-8 show escaped, ``\\xff``
    (the name itself, kept for opening the file, would make the output invalid UTF-8 or fail to
    print), so that two names that differ only there stay two names; control characters too."""
    try:
        name = path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        name = path.encode("utf-8", "backslashreplace").decode("utf-8")
    return printable(name)


def read_text_file(path: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    name, path = path, display_name(path)  # errors name the file as the reports do
    try:
        require_regular_file(name, path)
        with _open_without_waiting(name) as file:
            info = os.fstat(file.fileno())
            _refuse_irregular(info.st_mode, path)  # replaced by a pipe or a device since the check
            _check_size(b"", path, max_bytes, info.st_size)
            data = file.read(max_bytes + 1)  # bounded all the same
    except InputError:
        raise
    except OSError as error:
        raise _input_error(error, path) from None
    _check_size(data, path, max_bytes)
    return decode(data, path)


def require_regular_file(path: str, shown: str | None = None) -> os.stat_result:
    """``os.stat(path)`` (through symbolic links) when it is a regular file; an :class:`InputError`
    for a named pipe, a device, a socket or a folder, before anything is opened or read: a FIFO
    with no writer would block the run, ``/dev/zero`` would never end."""
    shown = shown if shown is not None else display_name(path)
    try:
        info = os.stat(path)
    except OSError as error:
        raise _input_error(error, shown) from None
    _refuse_irregular(info.st_mode, shown)
    return info


def _refuse_irregular(mode: int, shown: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise InputError(f"{shown}: is a directory")
    kind = ("a named pipe" if stat.S_ISFIFO(mode) else "a character device" if stat.S_ISCHR(mode)
            else "a block device" if stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "a special file")
    raise InputError(f"{shown}: not a regular file ({kind}); only regular files are read")


def _input_error(error: OSError, shown: str) -> InputError:
    if isinstance(error, FileNotFoundError):
        return InputError(f"{shown}: no such file or directory")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{shown}: is a directory")
    if isinstance(error, PermissionError):
        return InputError(f"{shown}: permission denied")
    return InputError(f"{shown}: cannot read ({error.strerror or error})")


def _open_without_waiting(path: str):
    """``open(path, "rb")``, except that a named pipe put in place after the check (a race) cannot
    block the open; the descriptor is then made blocking again for a plain read of a regular file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_stdin(name: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Standard input, read and decoded as a file is; ``name`` is what errors call it."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    _check_size(data, name, max_bytes)
    return decode(data, name)


def _check_size(data: bytes, path: str, max_bytes: int, size: int = 0) -> None:
    if max(len(data), size) > max_bytes:
        raise InputError(f"{path}: file too large (over the limit of {max_bytes / 2**20:g} MB); the file is skipped")


def decode(data: bytes, path: str) -> str:
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as error:
                raise InputError(f"{path}: not valid {name} despite its byte-order mark (byte {error.start})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file (contains NUL bytes; UTF-16 needs a byte-order mark), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # UTF-8 cut inside its last character
            return data[: error.start].decode("utf-8") + "\ufffd"
        not_utf8 = error.start
    encoding = _detect_legacy(data)
    if encoding is None:
        where = f"invalid UTF-8 at byte {not_utf8}"
        try:
            data.decode("gb18030")
        except UnicodeDecodeError as error:
            where += f", invalid GB18030 at byte {error.start}"
        raise InputError(f"{path}: not text in UTF-8, GB18030 or UTF-16 ({where}); is it a binary file?")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: undecodable bytes at byte {error.start} for the detected encoding {encoding}") from None


def _detect_legacy(data: bytes) -> str | None:
    """GB18030 or Big5, as charset-normalizer reads the start of ``data``; None when neither fits."""
    from charset_normalizer import from_bytes

    sample = data
    if len(data) > _DETECT_BYTES:  # cut at a line end, never inside a multibyte character
        cut = data.rfind(b"\n", 0, _DETECT_BYTES)
        sample = data[: cut + 1 if cut > 0 else _DETECT_BYTES]
    matches = [m for m in from_bytes(sample, cp_isolation=_LEGACY) if m.encoding in _LEGACY]
    if not matches:
        return None
    return min(matches, key=lambda m: (m.chaos, _LEGACY.index(m.encoding))).encoding
