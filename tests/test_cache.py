"""The result cache: keyed on content and configuration, laid out like ruff's, safe to share."""

import json
import multiprocessing
import os
import subprocess
import sys

from auditor.cache import Cache, signed_entry, user_secret
from auditor.config import Config
from auditor.engine import FileResult, lint_source
from auditor.loading import read_text_file

from conftest import ROOT, SAMPLES, run_auditor

SAMPLE = SAMPLES / "004_c074747d2afbf5a8.txt"


def sample_result(path="a.txt"):
    return lint_source(read_text_file(str(SAMPLE)), path, Config())


def test_a_stored_result_comes_back_under_the_new_path(tmp_path):
    cache = Cache(tmp_path / "c", Config().fingerprint())
    text = read_text_file(str(SAMPLE))
    result = sample_result("first/name.txt")
    assert result.findings
    cache.store(cache.key(text), result)
    loaded = cache.load(cache.key(text), "renamed.txt")
    assert loaded == sample_result("renamed.txt")
    assert all(f.path == "renamed.txt" and all(r.path == "renamed.txt" for r in f.related) for f in loaded.findings)


def test_the_key_follows_content_and_configuration_not_the_file(tmp_path):
    default, other = Config().fingerprint(), Config(ignore=("PUN",)).fingerprint()
    assert default != other
    cache = Cache(tmp_path, default)
    assert cache.key("正文。") == Cache(tmp_path / "elsewhere", default).key("正文。")
    assert cache.key("正文。") != cache.key("正文！")
    assert cache.key("正文。") != Cache(tmp_path, other).key("正文。")


def test_every_word_list_is_part_of_the_key():
    from auditor.lexicon import Lexicon
    from auditor.record import field_names

    lexicon = Lexicon.default()
    assert sorted(field_names(lexicon)) == sorted(lexicon.as_mapping())
    extended = Config(lexicon=lexicon.extended({"discrete_units": ["坛"]}))
    assert extended.fingerprint() != Config().fingerprint()


def test_layout_marks_the_folder_as_an_ignored_cache(tmp_path):
    cache = Cache(tmp_path / "c", Config().fingerprint())
    cache.store(cache.key("x"), FileResult("x.txt"))
    assert (tmp_path / "c" / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert "*" in (tmp_path / "c" / ".gitignore").read_text().split()
    entries = list(cache.folder.iterdir())
    assert [e.name for e in entries] == [cache.key("x") + ".json"], "no temporary file is left behind"
    json.loads(entries[0].read_text(encoding="utf-8"))


def test_a_failed_result_is_not_stored_and_a_broken_entry_is_a_miss(tmp_path):
    cache = Cache(tmp_path, Config().fingerprint())
    cache.store("k1", FileResult("x.txt", error="x.txt: binary file"))
    assert cache.load("k1", "x.txt") is None
    cache.store("k2", sample_result())
    (cache.folder / "k2.json").write_text('{"findings": [{"rule": ', encoding="utf-8")
    assert cache.load("k2", "x.txt") is None
    (cache.folder / "k2.json").write_text('{"findings": [{"unexpected": 1}], "figures": 0, "relations": 0}')
    assert cache.load("k2", "x.txt") is None


def _hammer(args):
    folder, fingerprint, rounds = args
    cache = Cache(folder, fingerprint)
    text = read_text_file(str(SAMPLE))
    expected = lint_source(text, "a.txt", Config())
    key = cache.key(text)
    for _ in range(rounds):
        cache.store(key, expected)
        loaded = cache.load(key, "a.txt")
        if loaded is not None and loaded != expected:
            return "torn"
    return "ok"


def test_concurrent_runs_never_see_a_torn_entry(tmp_path):
    args = (tmp_path / "c", Config().fingerprint(), 100)
    with multiprocessing.get_context("fork").Pool(4) as pool:
        assert pool.map(_hammer, [args] * 4) == ["ok"] * 4
    assert not [p for p in (tmp_path / "c").rglob(".tmp-*")]


def test_the_command_line_reads_the_cache_and_no_cache_bypasses_it(tmp_path):
    target = tmp_path / "doc.txt"
    target.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    cache_dir = tmp_path / "cache"
    common = ["check", "--format", "concise", "--cache-dir", cache_dir, target]
    first = run_auditor(*common)
    assert b"PUN001" in first.stdout
    (entry,) = cache_dir.glob("*/*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))["entry"]
    data["findings"][0]["message"] = "served from the cache"
    body = json.dumps(data).encode()
    entry.write_bytes(signed_entry(user_secret(), entry.stem, body))  # signed with this user's secret: read
    assert b"served from the cache" in run_auditor(*common).stdout
    assert run_auditor("check", "--format", "concise", "--no-cache", "--cache-dir", cache_dir, target).stdout == first.stdout
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert b"served from the cache" not in run_auditor(*common).stdout


def test_the_default_folder_is_in_the_working_directory_and_no_cache_writes_none(tmp_path):
    target = tmp_path / "doc.txt"
    target.write_text("正文。\n", encoding="utf-8")
    env = {**{k: v for k, v in os.environ.items() if k != "AUDITOR_CACHE_DIR"}, "PYTHONPATH": str(ROOT)}
    for options in (["--no-cache"], []):
        run = subprocess.run([sys.executable, "-m", "auditor", "check", *options, str(target)], cwd=tmp_path, env=env)
        assert run.returncode == 0
        assert (tmp_path / ".auditor_cache").exists() == (not options)
    assert (tmp_path / ".auditor_cache" / "CACHEDIR.TAG").exists()
