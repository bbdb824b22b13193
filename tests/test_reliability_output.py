"""Output files: never one of the inputs, and created with the mode a plain write would give."""

import os
import stat
import subprocess
import sys

import pytest

from conftest import ROOT

DOCUMENT = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n"


def run(cwd, *args, umask=None):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "AUDITOR_CACHE_DIR": str(cwd / ".cache")}
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    return subprocess.run([sys.executable, "-m", "auditor", "check", "--jobs", "1", *map(str, args)],
                          cwd=cwd, env=env, capture_output=True, timeout=120, preexec_fn=preexec)


@pytest.fixture
def victim(tmp_path):
    path = tmp_path / "victim.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    return path


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
@pytest.mark.parametrize("how", ["same name", "through the folder", "absolute", "symlink", "hard link"])
@pytest.mark.usefixtures("english")
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, victim, option, how):
    target, inputs = "victim.txt", ["victim.txt"]
    if how == "through the folder":
        target, inputs = "./victim.txt", ["."]
    elif how == "absolute":
        target = str(victim)
    elif how == "symlink":
        os.symlink("victim.txt", tmp_path / "link.txt")
        target = "link.txt"
    elif how == "hard link":
        os.link(victim, tmp_path / "copy.md")
        target = "copy.md"
    for extra in ([], ["--exit-zero"]):
        result = run(tmp_path, *extra, option, target, *inputs)
        assert result.returncode == 2
        err = result.stderr.decode()
        assert err.count("\n") == 1 and "is one of the input files" in err and "Traceback" not in err
        assert victim.read_text(encoding="utf-8") == DOCUMENT


@pytest.mark.usefixtures("english")
def test_an_output_over_the_baseline_read_is_refused(tmp_path, victim):
    assert run(tmp_path, "--write-baseline", "base.json", "victim.txt").returncode == 0
    before = (tmp_path / "base.json").read_bytes()
    result = run(tmp_path, "--baseline", "base.json", "--output", "base.json", "victim.txt")
    assert result.returncode == 2 and b"is one of the input files" in result.stderr
    assert (tmp_path / "base.json").read_bytes() == before


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_a_new_output_file_follows_the_umask(tmp_path, victim, option, umask):
    run(tmp_path, option, "out.json", "victim.txt", umask=umask)
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_an_existing_output_file_keeps_its_mode(tmp_path, victim, option):
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    run(tmp_path, option, out, "victim.txt", umask=0o077)
    assert out.read_text(encoding="utf-8") != "old"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".cache") == ["out.json", "victim.txt"]
