"""Writing an output file atomically: a crash or a full disk mid-write leaves the old file or none.

The new file gets the mode a plain ``open(path, "w")`` would give it: an existing file's mode is
kept, and a new file is created ``0666`` less the umask (``mkstemp`` would make every report 0600).
"""

from __future__ import annotations

import os
import stat


def write_text(path: str, text: str) -> None:
    """Write ``text`` (UTF-8) to a temporary file beside ``path``, then move it into place."""
    folder = os.path.dirname(os.path.abspath(path))
    try:
        existing = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        existing = None
    handle, temporary = _create_beside(folder, os.path.basename(path))
    try:
        if existing is not None and hasattr(os, "fchmod"):
            os.fchmod(handle, existing)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def _create_beside(folder: str, name: str) -> tuple[int, str]:
    """A new, empty temporary file in ``folder``, created 0666 less the umask, never an existing one."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temporary = os.path.join(folder, f".{name}.{os.urandom(6).hex()}.tmp")
        try:
            return os.open(temporary, flags, 0o666), temporary
        except FileExistsError:
            continue
    raise FileExistsError(f"{folder}: no free name for a temporary file")
