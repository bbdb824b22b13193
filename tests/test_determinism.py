"""The same input gives byte-identical output: across runs, process pools (--jobs 1, 3, auto),
hash seeds (set and dict order), locales, time zones, and a warm cache."""

import shutil

import pytest

from auditor.parallel import workers_for
from conftest import SAMPLES
from helpers import run_cli

# Varied so that an effect of set order, locale or clock would show; each run is a fresh process.
ENVIRONMENTS = [
    {"jobs": "1", "env": {"PYTHONHASHSEED": "0", "LC_ALL": "C", "TZ": "UTC"}},
    {"jobs": "auto", "env": {"PYTHONHASHSEED": "1", "LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8", "TZ": "Asia/Shanghai"}},
    {"jobs": "3", "env": {"PYTHONHASHSEED": "4242", "LC_ALL": "C.UTF-8", "LANG": "tr_TR.UTF-8", "TZ": "America/Los_Angeles"}},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The samples, plus enough text (over 1 MB in several files) that --jobs really starts a pool."""
    folder = tmp_path_factory.mktemp("determinism")
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for sample in sorted(SAMPLES.glob("*.txt")):
        shutil.copy(sample, folder / sample.name)
    for i in range(4):
        rotated = texts[i:] + texts[:i]
        (folder / "bulk" / f"{i}.txt").parent.mkdir(exist_ok=True)
        (folder / "bulk" / f"{i}.txt").write_text("\n".join(rotated) * 6, encoding="utf-8")
    paths = [str(p) for p in folder.rglob("*.txt")]
    assert workers_for(paths, 3) == 3, "enough text for a pool of 3"
    return folder


def output(corpus, fmt, jobs, env, cache=None):
    cache_args = ["--cache-dir", cache] if cache else ["--no-cache"]
    run = run_cli("check", "--format", fmt, "--jobs", jobs, *cache_args, ".", cwd=corpus, env=env)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    return run.stdout


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_output_is_byte_identical_across_jobs_hash_seeds_locales_and_time_zones(corpus, fmt):
    outputs = [output(corpus, fmt, **setting) for setting in ENVIRONMENTS]
    assert outputs[0].count('"PUN001"') >= 8, "the corpus has findings to order"
    assert outputs[1] == outputs[0]
    assert outputs[2] == outputs[0]


def test_a_warm_cache_gives_the_same_bytes(corpus, tmp_path):
    cold = output(corpus, "json", "1", {}, cache=tmp_path / "cache")
    assert any((tmp_path / "cache").rglob("*.json")), "the first run filled the cache"
    warm = output(corpus, "json", "auto", {"PYTHONHASHSEED": "7"}, cache=tmp_path / "cache")
    assert warm == cold == output(corpus, "json", "1", {})
