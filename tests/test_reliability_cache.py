"""Cache entries cannot be forged by the linted repository: they are signed with a per-user secret,
and an entry that does not verify, is not a regular file, is too large or is malformed is a miss."""

import json
import os
import stat
import subprocess
import sys

import pytest

from auditor.cache import MAX_ENTRY_BYTES, Cache, secret_path, signed_entry, user_secret
from auditor.config import Config
from auditor.engine import lint_source

from conftest import ROOT

DOCUMENT = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n"  # PUN001, an error
PLANTED = "PLANTED-BY-THE-REPOSITORY"


def planted_entry(message=PLANTED):
    finding = {"rule": "WRD001", "name": "x", "severity": 1, "line": 1, "column": 1, "end_line": 1,
               "end_column": 2, "message": message, "related": []}
    return {"findings": [finding], "figures": 0, "relations": 0}


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A fresh per-user cache folder (where the secret lives), for this process and its children."""
    folder = tmp_path / "user-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def run(cwd, *args, timeout=60):
    env = {k: v for k, v in os.environ.items() if k != "AUDITOR_CACHE_DIR"}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "auditor", "check", "--format", "concise", "--jobs", "1", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, timeout=timeout)


@pytest.fixture
def repo(tmp_path, home):
    """A repository with a document and, committed beside it, a cache folder whose entry for that
    document (its key computed offline) says the document is clean but for a planted message."""
    folder = tmp_path / "repo"
    folder.mkdir()
    (folder / "doc.txt").write_text(DOCUMENT, encoding="utf-8")
    cache = Cache(folder / ".auditor_cache", Config().fingerprint(), secret=b"attacker" * 4)
    entry = cache.folder / f"{cache.key(DOCUMENT)}.json"
    entry.parent.mkdir(parents=True)
    return folder, cache, entry


@pytest.mark.parametrize("form", ["plain", "signed-with-another-secret", "signature-cut"])
def test_an_entry_committed_to_the_repository_never_decides_the_verdict(repo, form):
    folder, cache, entry = repo
    body = json.dumps(planted_entry()).encode()
    if form == "plain":  # the unsigned layout of earlier versions
        entry.write_bytes(body)
    elif form == "signed-with-another-secret":
        entry.write_bytes(signed_entry(cache.secret, entry.stem, body))
    else:
        entry.write_bytes(b'{"mac":"","entry":' + body + b"}")
    result = run(folder, "doc.txt")
    assert PLANTED.encode() not in result.stdout + result.stderr
    assert b"PUN001" in result.stdout
    assert result.returncode == 1


def test_the_secret_is_created_private_on_first_use_and_kept(home):
    path = secret_path()
    assert not path.exists()
    first = user_secret()
    assert first is not None and len(first) >= 32
    assert path.parent == home / "auditor"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert user_secret() == first


def test_a_secret_others_can_read_turns_the_cache_off(home, tmp_path):
    user_secret()
    secret_path().chmod(0o644)
    assert user_secret() is None
    cache = Cache(tmp_path / "c", Config().fingerprint())
    result = lint_source(DOCUMENT, "a.txt", Config())
    cache.store(cache.key(DOCUMENT), result)
    assert cache.load(cache.key(DOCUMENT), "a.txt") is None


def test_an_entry_moved_under_another_key_is_a_miss(home, tmp_path):
    cache = Cache(tmp_path / "c", Config().fingerprint())
    result = lint_source(DOCUMENT, "a.txt", Config())
    cache.store(cache.key(DOCUMENT), result)
    assert cache.load(cache.key(DOCUMENT), "a.txt") == result
    os.replace(cache.folder / f"{cache.key(DOCUMENT)}.json", cache.folder / f"{cache.key('其他。')}.json")
    assert cache.load(cache.key("其他。"), "a.txt") is None


def malformed_bodies():
    wrong_types = []
    for field, value in [("severity", "error"), ("line", "1"), ("line", True), ("line", -1), ("line", 10**40),
                         ("message", 5), ("related", {}), ("related", [{"line": 1}]), ("extra", 1)]:
        entry = planted_entry()
        entry["findings"][0][field] = value
        wrong_types.append(json.dumps(entry).encode())
    return {
        "deep nesting": b'{"findings":' + b"[" * 100_000 + b"]" * 100_000 + b',"figures":0,"relations":0}',
        "huge int": b'{"findings":[],"figures":' + b"9" * 100_000 + b',"relations":0}',
        "huge float": b'{"findings":[],"figures":1e999,"relations":0}',
        "not an object": b"[1, 2]",
        "not json": b'{"findings": [',
        "findings not a list": b'{"findings":"x","figures":0,"relations":0}',
        **{f"wrong type {i}": body for i, body in enumerate(wrong_types)},
    }


@pytest.mark.parametrize("name", sorted(malformed_bodies()))
def test_a_signed_but_malformed_entry_is_a_miss_not_a_traceback(home, tmp_path, name):
    cache = Cache(tmp_path / "c", Config().fingerprint())
    key = cache.key(DOCUMENT)
    cache.folder.mkdir(parents=True)
    (cache.folder / f"{key}.json").write_bytes(signed_entry(cache.secret, key, malformed_bodies()[name]))
    assert cache.load(key, "a.txt") is None


def test_entries_that_are_not_regular_files_or_too_large_are_misses_without_reading_them(home, tmp_path):
    cache = Cache(tmp_path / "c", Config().fingerprint())
    cache.folder.mkdir(parents=True)
    result = lint_source(DOCUMENT, "a.txt", Config())
    cache.store("real", result)
    signed = (cache.folder / "real.json").read_bytes()
    os.mkfifo(cache.folder / "fifo.json")
    os.symlink("/dev/zero", cache.folder / "zero.json")
    os.symlink(cache.folder / "real.json", cache.folder / "link.json")
    (cache.folder / "folder.json").mkdir()
    with open(cache.folder / "big.json", "wb") as handle:  # sparse: a valid entry padded past the bound
        handle.write(signed)
        handle.truncate(MAX_ENTRY_BYTES + 1)
    for name in ("fifo", "zero", "link", "folder", "big"):
        assert cache.load(name, "a.txt") is None, name
    assert cache.load("real", "a.txt") == result


def test_a_fifo_planted_as_an_entry_does_not_hang_the_command_line(repo):
    folder, cache, entry = repo
    os.mkfifo(entry)
    result = run(folder, "doc.txt", timeout=60)
    assert b"PUN001" in result.stdout and result.returncode == 1
