"""--statistics keeps machine-readable reports valid: the counts go to standard error for them."""

import json
import xml.etree.ElementTree as ET

import pytest

from conftest import run_auditor

DOCUMENT = "为入住老人提供“拔罐、艾灸等特色中医养生服务。\n截止6月底，全县共发放救助金300万元。\n"
COUNT_LINES = ["1\tPUN001\tunbalanced-pair", "1\tWRD001\tjiezhi-jiezhi"]


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DOCUMENT, encoding="utf-8")
    return path


def check(tmp_path, *args):
    run = run_auditor("check", "--no-cache", "--statistics", *args, cwd=tmp_path)
    return run.returncode, run.stdout.decode(), run.stderr.decode()


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_stay_one_json_document(tmp_path, document, fmt):
    code, out, err = check(tmp_path, "--format", fmt, document)
    assert code == 1
    json.loads(out)  # raises on trailing count lines
    assert all(line in err.splitlines() for line in COUNT_LINES)


@pytest.mark.parametrize("fmt", ["junit", "html"])
def test_xml_and_html_reports_end_with_their_closing_tag(tmp_path, document, fmt):
    code, out, err = check(tmp_path, "--format", fmt, document)
    assert out.rstrip().endswith(("</testsuites>", "</html>"))
    if fmt == "junit":
        ET.fromstring(out.split("\n", 1)[1])
    assert all(line in err.splitlines() for line in COUNT_LINES)


@pytest.mark.parametrize("fmt", ["github", "markdown"])
def test_github_and_markdown_reports_carry_no_count_lines(tmp_path, document, fmt):
    code, out, err = check(tmp_path, "--format", fmt, document)
    assert not any(line in out.splitlines() for line in COUNT_LINES)
    assert all(line in err.splitlines() for line in COUNT_LINES)


def test_an_output_file_in_a_machine_format_stays_valid(tmp_path, document):
    report = tmp_path / "report.json"
    code, out, err = check(tmp_path, "--format", "json", "--output", report, document)
    json.loads(report.read_text(encoding="utf-8"))
    assert all(line in err.splitlines() for line in COUNT_LINES)


@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_human_formats_still_print_the_counts_in_the_report(tmp_path, document, fmt):
    code, out, err = check(tmp_path, "--format", fmt, document)
    assert all(line in out.splitlines() for line in COUNT_LINES)
