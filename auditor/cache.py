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
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
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


class Cache:
    """Results of linting, by content and configuration. Picklable, so workers share it."""

    def __init__(self, directory: str | os.PathLike, config_fingerprint: str):
        self.root = Path(directory)
        self.folder = self.root / __version__
        self.salt = f"{__version__}\0{code_digest()}\0{config_fingerprint}\0".encode()

    @classmethod
    def open(cls, directory: str | os.PathLike | None, config_fingerprint: str) -> "Cache":
        directory = directory or os.environ.get(ENV_DIR) or DEFAULT_DIR
        return cls(directory, config_fingerprint)

    def key(self, text: str) -> str:
        content = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
        return hashlib.sha256(self.salt + content).hexdigest()

    def load(self, key: str, path: str):
        """The cached :class:`~auditor.engine.FileResult` for ``key``, reported under ``path``; None on a miss."""
        from .engine import FileResult

        try:
            with open(os.path.join(self.folder, key + ".json"), encoding="utf-8") as handle:
                entry = json.load(handle)
            findings = tuple(_finding(path, data) for data in entry["findings"])
            counts = {name: int(entry[name]) for name in _RESULT_FIELDS}
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return FileResult(path, findings, **counts)

    def store(self, key: str, result) -> None:
        """Save a result (not one that failed); a cache that cannot be written is skipped silently."""
        if result.error:
            return
        entry = {"findings": [_finding_data(f) for f in result.findings]}
        entry.update({name: getattr(result, name) for name in _RESULT_FIELDS})
        import tempfile  # only a run that writes pays for importing it

        try:
            self._prepare()
            descriptor, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                    json.dump(entry, handle, ensure_ascii=False, separators=(",", ":"))
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


def _finding(path: str, data: dict) -> Finding:
    related = tuple(Related(path=path, **r) for r in data.pop("related"))
    figures = tuple(data.pop("figures", ()))
    return Finding(path=path, **{**data, "severity": Severity(data["severity"]), "related": related, "figures": figures})


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
