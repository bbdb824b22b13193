"""A baseline keys its files relative to the project root (the configuration file's folder, or else
the baseline file's), not the working folder: a baselined finding stays hidden when the check runs
from a subfolder, with absolute paths, or on the folder instead of the file."""

import json

import pytest

from helpers import run_cli

DOCUMENT = "全市共有留守儿童 100 人，其中男孩 60 人、女孩 30 人。\n"  # NUM001: 60+30 ≠ 100


@pytest.fixture(params=["no configuration", "configuration"])
def project(tmp_path, request):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "答复.txt").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "ci").mkdir()
    if request.param == "configuration":
        (tmp_path / ".auditor.toml").write_text('select = ["NUM"]\n', encoding="utf-8")
    return tmp_path


def test_the_baseline_names_files_from_the_project_root(project):
    written = run_cli("check", "--write-baseline", "base.json", ".", cwd=project / "docs" / "sub")
    assert written.returncode == 0, written.stderr
    entries = json.loads((project / "docs" / "sub" / "base.json").read_text(encoding="utf-8"))["findings"]
    configured = (project / ".auditor.toml").exists()
    assert [e["path"] for e in entries] == ["docs/sub/答复.txt" if configured else "答复.txt"]


@pytest.mark.parametrize("written_from, write_args", [
    ("", ("docs",)),
    ("docs/sub", ("答复.txt",)),
])
@pytest.mark.parametrize("run_from, args", [
    ("", ("docs/sub/答复.txt",)),
    ("docs", (".",)),
    ("docs/sub", ("答复.txt",)),
    ("docs/sub", ("{root}/docs/sub/答复.txt",)),
    ("ci", ("../docs",)),
])
def test_a_baselined_finding_stays_hidden_from_any_folder(project, written_from, write_args, run_from, args):
    baseline = project / "ci" / "base.json"
    written = run_cli("check", "--lang", "en", "--write-baseline", baseline, *write_args, cwd=project / written_from)
    assert written.returncode == 0 and "wrote 1 finding" in written.stderr, written.stderr
    args = [a.format(root=project) for a in args]
    checked = run_cli("check", "--lang", "en", "--format", "json", "--baseline", baseline, *args, cwd=project / run_from)
    assert checked.returncode == 0, (checked.stdout, checked.stderr)
    assert json.loads(checked.stdout)["findings"] == []
    assert "1 finding(s) hidden" in checked.stderr


def test_a_new_finding_still_shows(project):
    baseline = project / "ci" / "base.json"
    run_cli("check", "--write-baseline", baseline, "docs", cwd=project)
    (project / "docs" / "sub" / "答复.txt").write_text(DOCUMENT + "另有困境儿童 50 人，其中男孩 20 人、女孩 20 人。\n", encoding="utf-8")
    checked = run_cli("check", "--format", "json", "--baseline", baseline, "答复.txt", cwd=project / "docs" / "sub")
    assert checked.returncode == 1
    assert [f["line"] for f in json.loads(checked.stdout)["findings"]] == [2]
