"""Folder walks as a CI user expects (as ruff): .gitignore respected (nested files, ``!``
re-inclusion, ignored folders not entered, .git/info/exclude), ``**`` globs, ``--exclude``
replacing the configuration's list and ``--extend-exclude`` adding to it, ``--config FILE``."""

import json

import pytest

from helpers import run_cli

DOCUMENT = "全市共有留守儿童 100 人，其中男孩 60 人、女孩 30 人。\n"


def linted(result):
    assert result.returncode in (0, 1), result.stderr
    return sorted({f["path"].removeprefix("./") for f in json.loads(result.stdout)["findings"]})


@pytest.fixture
def repo(tmp_path):
    for name in ("a.txt", "build/out.txt", "docs/b.md", "docs/draft/c.txt", "docs/sub/draft/d.txt",
                 "docs/keep.log.txt", "docs/x.tmp.txt", "local/e.txt", "vendor/f.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / ".git" / "info").mkdir(parents=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("local/\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("build/\n*.tmp.txt\n", encoding="utf-8")
    (tmp_path / "docs" / ".gitignore").write_text("draft/\n*.log.txt\n!keep.log.txt\n", encoding="utf-8")
    return tmp_path


ALL = ["a.txt", "build/out.txt", "docs/b.md", "docs/draft/c.txt", "docs/keep.log.txt",
       "docs/sub/draft/d.txt", "docs/x.tmp.txt", "local/e.txt", "vendor/f.txt"]


def test_gitignore_is_respected_in_a_folder_walk(repo):
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo)
    assert linted(result) == ["a.txt", "docs/b.md", "docs/keep.log.txt", "vendor/f.txt"]


def test_gitignore_of_the_repository_applies_from_a_subfolder(repo):
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo / "docs")
    assert linted(result) == ["b.md", "keep.log.txt"]


def test_no_respect_gitignore_lints_everything(repo):
    result = run_cli("check", "--no-cache", "--format", "json", "--no-respect-gitignore", ".", cwd=repo)
    assert linted(result) == ALL
    (repo / ".auditor.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    assert linted(run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo)) == ALL


def test_a_file_named_on_the_command_line_is_linted_even_if_ignored(repo):
    result = run_cli("check", "--no-cache", "--format", "json", "build/out.txt", cwd=repo)
    assert linted(result) == ["build/out.txt"]


def test_double_star_globs(repo):
    (repo / ".auditor.toml").write_text('exclude = ["docs/**/draft/**"]\nrespect-gitignore = false\n', encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo)
    assert linted(result) == [p for p in ALL if "draft" not in p]


def test_exclude_replaces_and_extend_exclude_adds(repo):
    (repo / ".auditor.toml").write_text('exclude = ["vendor"]\nrespect-gitignore = false\n', encoding="utf-8")
    configured = linted(run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo))
    assert "vendor/f.txt" not in configured and "a.txt" in configured
    replaced = linted(run_cli("check", "--no-cache", "--format", "json", "--exclude", "a.txt", ".", cwd=repo))
    assert "vendor/f.txt" in replaced and "a.txt" not in replaced
    extended = linted(run_cli("check", "--no-cache", "--format", "json", "--extend-exclude", "a.txt", ".", cwd=repo))
    assert "vendor/f.txt" not in extended and "a.txt" not in extended and "docs/b.md" in extended
    shown = run_cli("config", "--extend-exclude", "a.txt", ".", cwd=repo)
    assert 'extend-exclude = ["a.txt"]  # command line' in shown.stdout


def test_extend_exclude_in_the_configuration(repo):
    (repo / ".auditor.toml").write_text('extend-exclude = ["docs"]\n', encoding="utf-8")
    assert linted(run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo)) == ["a.txt", "vendor/f.txt"]


def test_config_names_the_configuration_file(repo):
    (repo / ".auditor.toml").write_text('select = ["PUN"]\n', encoding="utf-8")
    (repo / "ci").mkdir()
    (repo / "ci" / "auditor.toml").write_text('select = ["NUM"]\nexclude = ["vendor"]\n', encoding="utf-8")
    (repo / "ci" / "pyproject.toml").write_text('[tool.auditor]\nselect = ["NUM"]\n', encoding="utf-8")
    assert linted(run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo)) == []  # PUN: none
    named = run_cli("check", "--no-cache", "--format", "json", "--config", "ci/auditor.toml", ".", cwd=repo)
    assert linted(named) == ["a.txt", "docs/b.md", "docs/keep.log.txt"]  # globs relative to the working folder, as ruff
    named = run_cli("check", "--no-cache", "--format", "json", "--config", "ci/pyproject.toml", "a.txt", cwd=repo)
    assert linted(named) == ["a.txt"]
    assert "# configuration file: " + str(repo / "ci" / "auditor.toml") in run_cli(
        "config", "--config", "ci/auditor.toml", ".", cwd=repo).stdout


@pytest.mark.parametrize("name, content, said", [
    ("missing.toml", None, "--config missing.toml: no such file"),
    ("pyproject.toml", "[project]\nname = 'x'\n", "has no [tool.auditor] section"),
    ("other.toml", "select = 3\n", "expected a list of strings"),
])
@pytest.mark.usefixtures("english")
def test_a_bad_config_option_is_one_line(repo, name, content, said):
    if content is not None:
        (repo / "ci").mkdir()
        (repo / "ci" / name).write_text(content, encoding="utf-8")
        name = f"ci/{name}"
    result = run_cli("check", "--no-cache", "--config", name, ".", cwd=repo)
    assert result.returncode == 2 and said in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_a_path_longer_than_path_max_is_one_error_line(tmp_path):
    long = "x/" * 3000 + "a.txt"
    result = run_cli("check", "--no-cache", long, cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("auditor: error:")]
    assert len(errors) == 1 and "name too long" in errors[0].lower(), result.stderr


@pytest.mark.usefixtures("english")
def test_a_folder_that_cannot_be_listed_is_named(repo, monkeypatch):
    import os

    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == "vendor":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # as a chmod 000 folder does (root reads those)
    result = run_cli("check", "--no-cache", "--format", "json", ".", cwd=repo)
    assert "vendor/f.txt" not in linted(result)
    assert "auditor: warning: ./vendor: cannot read the folder (permission denied); its files are not linted" in result.stderr
