"""The pre-commit hook, run by the real pre-commit (`pre-commit try-repo` against this checkout)
in a temporary git repository: a document with a defect is refused with the finding shown; once
fixed, it passes and commits."""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None and not os.environ.get("CI"),
    reason="pre-commit is not installed (pip install '.[test]')",
)


def git(repo, *args):
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)


def snapshot_of_this_checkout(target):
    """This working tree as a clean one-commit repository, so that both pre-commit runs below use
    one revision and install the hook's environment once (try-repo on a dirty tree makes a new
    revision every time)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    git(target, "init", "-q")
    git(target, "add", ".")
    git(target, "-c", "user.email=ci@example.org", "-c", "user.name=CI", "-c", "commit.gpgsign=false",
        "commit", "-q", "-m", "snapshot")
    return target


def test_hook_refuses_a_defect_and_passes_once_fixed(tmp_path):
    hooks = snapshot_of_this_checkout(tmp_path / "auditor-checkout")
    repo = tmp_path / "documents"
    repo.mkdir()
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "clerk@example.org")
    git(repo, "config", "user.name", "Clerk")
    git(repo, "config", "commit.gpgsign", "false")
    document = repo / "答复.txt"
    document.write_text("我局将一是加强领导；二是强化保障；二是狠抓落实。\n", encoding="utf-8")
    (repo / "notes.py").write_text("x = '二是；二是'\n", encoding="utf-8")  # not a document: not linted
    git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}

    def try_repo():
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "auditor", "--verbose"],
            cwd=repo, capture_output=True, text=True, env=env, timeout=600,
        )

    refused = try_repo()
    output = refused.stdout + refused.stderr
    assert refused.returncode == 1, output
    assert "auditor" in output and "Failed" in output
    assert "答复.txt:1:18: SEQ001" in output or "答复.txt:1:18: SEQ001" in output.replace("\\", "/"), output
    assert "notes.py" not in output

    document.write_text("我局将一是加强领导；二是强化保障；三是狠抓落实。\n", encoding="utf-8")
    git(repo, "add", ".")
    passed = try_repo()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
    git(repo, "commit", "-q", "-m", "答复")
    assert git(repo, "log", "--oneline").stdout.count("\n") == 1
