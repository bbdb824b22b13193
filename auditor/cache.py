"""A cache of results keyed on file content, laid out like ruff's.

The key of a file is the sha256 of: the version of auditor and a digest of its code (rules and
word lists included, so that an edited rule never serves stale results), the fingerprint of the
effective configuration, and the sha256 of the file's text. Modification times play no part: git
and pre-commit reset them.

Layout::

    .auditor_cache/
        CACHEDIR.TAG          marks the folder as a cache for backup tools
        .gitignore            "*": never committed
        0.1.0/<key>.json      one entry per file: its findings and counts, without the path

Entries are written to a temporary file in the same folder and moved into place with
``os.replace``, so that a reader (another run at the same time) sees a whole entry or none. An
entry that cannot be read or does not fit is a miss, never an error. Entries are JSON, not pickle:
a cache folder shipped in a repository must not be able to run code.

Entries are signed. A cache folder is often inside the linted tree, and the key of a document can
be computed offline, so an entry committed to a repository could otherwise decide the verdict on
that repository's documents. Each entry carries an HMAC-SHA256 of its body (and of its key, so that
an entry cannot be moved under another name) made with a per-user secret: 32 random bytes in
``$XDG_CACHE_HOME/auditor/secret.key`` (default ``~/.cache/auditor``), created mode 0600 on first
use and used only when it is a regular file of this user that nobody else can read. An entry
whose signature does not verify, that is not a regular file, that is larger than
``MAX_ENTRY_BYTES``, or whose body is malformed is a miss; when the secret cannot be had the cache
is off for the run. An entry reads::

    {"mac":"<64 hex digits>","entry":{"findings":[...],"figures":N,"relations":N}}
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
import stat
from functools import lru_cache
from pathlib import Path

from . import __version__
from .findings import Finding, Related, Severity

DEFAULT_DIR = ".auditor_cache"
ENV_DIR = "AUDITOR_CACHE_DIR"
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by auditor.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)
_RESULT_FIELDS = ("figures", "relations")
MAX_ENTRY_BYTES = 16 * 1024 * 1024
SECRET_BYTES = 32
SECRET_NAME = "secret.key"
_PREFIX = b'{"mac":"'
_MIDDLE = b'","entry":'
_MAC_HEX = 64
_MAX_INT = 2**31  # lines, columns and counts are far below it


class Cache:
    """Results of linting, by content and configuration. Picklable, so workers share it."""

    def __init__(self, directory: str | os.PathLike, config_fingerprint: str, secret: bytes | None = None):
        self.root = Path(directory)
        self.folder = self.root / __version__
        self.salt = f"{__version__}\0{code_digest()}\0{config_fingerprint}\0".encode()
        self.secret = secret if secret is not None else user_secret()  # None: the cache is off

    @classmethod
    def open(cls, directory: str | os.PathLike | None, config_fingerprint: str) -> "Cache":
        directory = directory or os.environ.get(ENV_DIR) or DEFAULT_DIR
        return cls(directory, config_fingerprint)

    def key(self, text: str) -> str:
        content = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
        return hashlib.sha256(self.salt + content).hexdigest()

    def load(self, key: str, path: str):
        """The cached :class:`~auditor.engine.FileResult` for ``key``, reported under ``path``; None on a
        miss, which is also what an entry that is forged, oversized, not a file or malformed gives."""
        from .engine import FileResult

        if self.secret is None:
            return None
        try:
            data = _read_bounded(os.path.join(self.folder, key + ".json"))
            body = _verified_body(self.secret, key, data)
            if body is None:
                return None
            entry = json.loads(body)
            if not isinstance(entry, dict) or not isinstance(entry.get("findings"), list):
                return None
            findings = tuple(_finding(path, item) for item in entry["findings"])
            counts = {name: _count(entry[name]) for name in _RESULT_FIELDS}
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError, MemoryError):
            return None
        return FileResult(path, findings, **counts)

    def store(self, key: str, result) -> None:
        """Save a result (not one that failed); a cache that cannot be written is skipped silently."""
        if result.error or self.secret is None:
            return
        entry = {"findings": [_finding_data(f) for f in result.findings]}
        entry.update({name: getattr(result, name) for name in _RESULT_FIELDS})
        body = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        signed = signed_entry(self.secret, key, body)
        import tempfile  # only a run that writes pays for importing it

        try:
            self._prepare()
            descriptor, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(descriptor, "wb") as handle:
                    handle.write(signed)
                os.replace(temporary, self.folder / f"{key}.json")
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            return

    def _prepare(self) -> None:
        if self.folder.is_dir():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, content in (("CACHEDIR.TAG", _TAG), (".gitignore", "# Created by auditor\n*\n")):
            target = self.root / name
            if not target.exists():
                _write_atomically(target, content)


def _write_atomically(target: Path, content: str) -> None:
    import tempfile

    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(content)
    os.replace(temporary, target)


def _finding_data(finding: Finding) -> dict:
    data = {f.name: getattr(finding, f.name) for f in dataclasses.fields(finding) if f.name != "path"}
    data["severity"] = int(finding.severity)
    data["related"] = [
        {f.name: getattr(r, f.name) for f in dataclasses.fields(r) if f.name != "path"} for r in finding.related
    ]
    return data


_FINDING_TEXT = ("rule", "name", "message")
_FINDING_INTS = ("line", "column", "end_line", "end_column")
_RELATED_INTS = ("line", "column", "end_line", "end_column")


def _count(value) -> int:
    if type(value) is not int or not 0 <= value < _MAX_INT:
        raise TypeError("not a count")
    return value


def _text(value) -> str:
    if type(value) is not str:
        raise TypeError("not a string")
    return value


def _finding(path: str, data) -> Finding:
    """A finding from its cached form, every field checked for its type: a miss (TypeError) otherwise."""
    if type(data) is not dict or set(data) - {"figures"} != {*_FINDING_TEXT, *_FINDING_INTS, "severity", "related"}:
        raise TypeError("not a finding")
    if type(data["related"]) is not list or type(data.get("figures", [])) is not list:
        raise TypeError("not a list")
    related = []
    for item in data["related"]:
        if type(item) is not dict or set(item) != {"message", *_RELATED_INTS}:
            raise TypeError("not a related place")
        related.append(Related(path=path, message=_text(item["message"]), **{k: _count(item[k]) for k in _RELATED_INTS}))
    return Finding(
        path=path,
        severity=Severity(_count(data["severity"])),
        related=tuple(related),
        figures=tuple(_count(offset) for offset in data.get("figures", [])),
        **{k: _text(data[k]) for k in _FINDING_TEXT},
        **{k: _count(data[k]) for k in _FINDING_INTS},
    )


def _mac(secret: bytes, key: str, body: bytes) -> str:
    return hmac.new(secret, b"auditor-cache-entry\0" + key.encode("ascii", "replace") + b"\0" + body, hashlib.sha256).hexdigest()


def signed_entry(secret: bytes, key: str, body: bytes) -> bytes:
    """The bytes of a cache file: the JSON ``body`` wrapped with its signature (still one JSON object)."""
    return _PREFIX + _mac(secret, key, body).encode() + _MIDDLE + body + b"}"


def _verified_body(secret: bytes, key: str, data: bytes) -> bytes | None:
    """The body of a signed entry when its signature is this user's for ``key``; None otherwise."""
    head = len(_PREFIX) + _MAC_HEX + len(_MIDDLE)
    if len(data) <= head or not data.startswith(_PREFIX) or data[head - len(_MIDDLE) : head] != _MIDDLE or data[-1:] != b"}":
        return None
    mac, body = data[len(_PREFIX) : len(_PREFIX) + _MAC_HEX], data[head:-1]
    if not hmac.compare_digest(mac, _mac(secret, key, body).encode()):
        return None
    return body


def _read_bounded(path: str, limit: int = MAX_ENTRY_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; OSError for anything else (a symbolic
    link, a pipe, a device, a folder, a larger file). Never blocks, never reads past the bound."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            raise OSError(f"{path}: not a regular file of at most {limit} bytes")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise OSError(f"{path}: larger than {limit} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)


def secret_path() -> Path:
    """Where this user's signing secret lives: ``$XDG_CACHE_HOME/auditor`` or ``~/.cache/auditor``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "auditor" / SECRET_NAME


def user_secret() -> bytes | None:
    """This user's secret for signing cache entries, created (mode 0600) on first use; None when it
    cannot be created or the file there is not one that only this user can read and write."""
    path = secret_path()
    try:
        return _read_secret(path)
    except FileNotFoundError:
        pass
    except (OSError, ValueError):
        return None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = path.with_name(f".{SECRET_NAME}.{os.getpid()}.{os.urandom(4).hex()}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                handle.write(os.urandom(SECRET_BYTES).hex() + "\n")
            try:
                os.link(temporary, path)  # never replaces a secret another run made meanwhile
            except FileExistsError:
                pass
        finally:
            os.unlink(temporary)
        return _read_secret(path)
    except (OSError, ValueError):
        return None


def _read_secret(path: Path) -> bytes:
    data = _read_bounded(str(path), limit=4096)
    info = os.stat(path, follow_symlinks=False)
    if hasattr(os, "geteuid") and (info.st_uid != os.geteuid() or info.st_mode & 0o077):
        raise ValueError(f"{path}: not private to this user")
    secret = bytes.fromhex(data.decode("ascii").strip())
    if len(secret) < SECRET_BYTES:
        raise ValueError(f"{path}: too short")
    return secret


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the code and data that decide findings: the auditor package and its rules."""
    from .registry import _rules_package

    folders = {Path(__file__).resolve().parent, *(Path(p).resolve() for p in _rules_package().__path__)}
    digest = hashlib.sha256()
    for folder in sorted(folders):
        for file in sorted(folder.rglob("*")):
            if file.suffix in (".py", ".toml") and file.is_file():
                digest.update(str(file.relative_to(folder)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()
