"""The machine formats: SARIF (schema-valid, UTF-16 columns, encoded URIs), GitHub workflow
commands, JUnit XML, Markdown, and --output."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from helpers import run_cli

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"  # the OASIS schema, as in ../shared/schemas
# 𠀀 (CJK Extension B) is one character but two UTF-16 code units; the unclosed 《 is PUN001.
EXT_B_LINE = "𠀀𠀀根据《未成年人保护法的规定，加强监护。"
DUPLICATE = "我局将一是加强领导；二是强化保障；二是狠抓落实。"


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "附件"
    folder.mkdir()
    (folder / "回复.txt").write_text(f"关于加强监护的答复\n\n{EXT_B_LINE}\n\n{DUPLICATE}\n", encoding="utf-8")
    (tmp_path / "clean.md").write_text("我局将一是加强领导；二是强化保障。\n", encoding="utf-8")
    return tmp_path


def check(project, fmt, *extra):
    return run_cli("check", "--format", fmt, *extra, ".", cwd=project)


def test_sarif_is_schema_valid_with_utf16_columns_and_encoded_uris(project):
    run = check(project, "sarif")
    assert run.returncode == 1, run.stderr
    document = json.loads(run.stdout)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(document)

    sarif_run = document["runs"][0]
    assert sarif_run["columnKind"] == "utf16CodeUnits"
    rules = sarif_run["tool"]["driver"]["rules"]
    assert {"PUN001", "SEQ001"} <= {r["id"] for r in rules}
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")

    results = {r["ruleId"]: r for r in sarif_run["results"]}
    location = results["PUN001"]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "%E9%99%84%E4%BB%B6/%E5%9B%9E%E5%A4%8D.txt"
    # 《 is the 5th character of line 3 but, after two surrogate pairs, the 7th UTF-16 unit.
    assert EXT_B_LINE.index("《") + 1 == 5
    assert location["region"] == {"startLine": 3, "startColumn": 7, "endLine": 3, "endColumn": 8}
    assert rules[results["PUN001"]["ruleIndex"]]["id"] == "PUN001"
    assert results["PUN001"]["level"] == "error"

    duplicate = results["SEQ001"]
    assert duplicate["relatedLocations"], "the earlier 二是 is a related location"
    related = duplicate["relatedLocations"][0]["physicalLocation"]["region"]
    assert (related["startLine"], related["startColumn"]) == (5, DUPLICATE.index("二是") + 1)


def test_sarif_of_a_clean_run_is_valid(project):
    run = run_cli("check", "--format", "sarif", "clean.md", cwd=project)
    assert run.returncode == 0, run.stderr
    document = json.loads(run.stdout)
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(document)
    assert document["runs"][0]["results"] == []


def test_github_annotations_are_escaped_and_followed_by_the_listing(project):
    (project / "附件" / "a,b:c.txt").write_text("根据《未成年人保护法的规定，50%以上。\n", encoding="utf-8")
    run = check(project, "github")
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    assert "::error file=附件/a%2Cb%3Ac.txt,line=1,endLine=1,col=3,endColumn=4,title=PUN001::" in "\n".join(annotations)
    assert all(a.startswith(("::error ", "::warning ", "::notice ")) for a in annotations)
    # after the annotations: the concise listing and the count, for when GitHub hides annotations
    assert lines[len(annotations)].startswith("./附件/")
    assert lines[-1].startswith("检查 ") and "处问题" in lines[-1]


def test_junit_has_one_testcase_per_file_and_a_failure_per_finding(project):
    run = check(project, "junit")
    root = ET.fromstring(run.stdout)
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"./clean.md", "./附件/回复.txt"}
    failures = cases["./附件/回复.txt"].findall("failure")
    assert sorted(f.get("type") for f in failures) == ["PUN001", "SEQ001"]
    assert cases["./clean.md"].findall("failure") == []
    assert root.get("failures") == "1"  # test cases: one file fails, with two findings


def test_markdown_summary_tables_then_findings(project):
    (project / "附件" / "管道.txt").write_text("根据《法|律的规定。\n", encoding="utf-8")
    run = check(project, "markdown")
    text = run.stdout
    assert text.startswith("## auditor 审校报告")
    assert "| PUN001 | unbalanced-pair | 2 |" in text
    assert "| ./附件/回复.txt | 2 |" in text
    assert text.index("| 规则 |") < text.index("### 问题清单")
    # a | from a message cannot break the table: every table row has its four cells
    finding_rows = text.split("### 问题清单", 1)[1].strip().splitlines()[2:]
    assert len(finding_rows) == 3
    assert all(row.replace("\\|", "").count("|") == 5 for row in finding_rows)


def test_output_writes_the_file_and_nothing_to_stdout(project):
    run = check(project, "sarif", "--output", "report.sarif")
    assert run.returncode == 1
    assert run.stdout == ""
    assert json.loads((project / "report.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert [p.name for p in project.iterdir() if p.name.startswith(".report")] == [], "no temporary file left"


def _stderr_on_a_terminal(folder, ci):
    """Run the CLI with standard error on a pseudo-terminal; what the terminal received."""
    import os
    import pty
    import subprocess
    import sys
    import threading

    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update({"TERM": "xterm", "PYTHONPATH": str(Path(__file__).resolve().parent.parent), **({"CI": "true"} if ci else {})})
    received = bytearray()

    def drain():
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            received.extend(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    run = subprocess.run([sys.executable, "-m", "auditor", "check", "--no-cache", "--jobs", "1", "--format", "concise", "."],
                         cwd=folder, stdout=subprocess.PIPE, stderr=slave, env=env, timeout=120)
    os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    return run, received.decode("utf-8", "replace")


def test_progress_bar_only_on_a_terminal_outside_ci(tmp_path):
    for n in range(12):
        (tmp_path / f"{n:02}.txt").write_text(DUPLICATE * 200 + "\n", encoding="utf-8")
    run, terminal = _stderr_on_a_terminal(tmp_path, ci=False)
    assert run.returncode == 1
    assert "linting" in terminal and "12/12" in terminal, terminal
    assert b"linting" not in run.stdout, "never on the output"
    _, in_ci = _stderr_on_a_terminal(tmp_path, ci=True)
    assert "linting" not in in_ci
    piped = run_cli("check", "--format", "concise", ".", cwd=tmp_path)  # standard error not a terminal
    assert "linting" not in piped.stderr
