"""The README's pre-commit configuration works as written: a repository that pins the hook by a
release tag (``rev: v0.1.0``) runs it with ``pre-commit run`` and refuses a defective document."""

import importlib.util
import os
import subprocess
import sys

import pytest

from test_precommit import git, snapshot_of_this_checkout

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("pre_commit") is None and not os.environ.get("CI"),
    reason="pre-commit is not installed (pip install '.[test]')",
)


def readme_snippet() -> str:
    from conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("# .pre-commit-config.yaml")
    return text[start : text.index("```", start)]


def test_the_readme_snippet_pinned_by_tag_runs_the_hook(tmp_path):
    snippet = readme_snippet()
    assert "rev: v0.1.0" in snippet
    hooks = snapshot_of_this_checkout(tmp_path / "auditor-checkout")
    git(hooks, "tag", "v0.1.0")  # the release the snippet names
    repo = tmp_path / "documents"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        snippet.replace("https://github.com/OWNER/auditor", str(hooks)), encoding="utf-8")
    (repo / "答复.txt").write_text("我局将一是加强领导；二是强化保障；二是狠抓落实。\n", encoding="utf-8")
    (repo / "通报.html").write_text("<p>全市共有留守儿童 100 人，其中男孩 60 人、女孩 30 人。</p>\n", encoding="utf-8")
    git(repo, "add", ".")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}
    run = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files", "--verbose"],
                         cwd=repo, capture_output=True, text=True, env=env, timeout=600)
    output = run.stdout + run.stderr
    assert run.returncode == 1 and "Failed" in output, output
    assert "答复.txt:1:18: SEQ001" in output and "通报.html" in output and "NUM001" in output, output
