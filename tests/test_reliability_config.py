"""Configuration, lexicon and baseline files of the wrong type, range or size are one error line
naming the file and what is wrong (exit 2), never a traceback; a figure too long to be a figure
is not read as one and the file's other findings stay."""

import json

import pytest

from auditor.lexicon import Lexicon
from helpers import codes, run_cli

DOCUMENT = "全市共有留守儿童 100 人，其中男孩 60 人、女孩 30 人。\n"  # NUM001: 60+30 ≠ 100


@pytest.fixture
def project(tmp_path):
    (tmp_path / "a.txt").write_text(DOCUMENT, encoding="utf-8")
    return tmp_path


def one_error(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("auditor: error:")]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("lexicon, said", [
    ('periods = {"年" = inf}', "lexicon.periods.年: expected a whole number"),
    ('periods = {"年" = 1e400}', "not inf"),
    ('periods = {"年" = 0}', "from 1 to"),
    ('multipliers = {"万" = {a = 1}}', "lexicon.multipliers.万: expected a whole number"),
    ('multipliers = {"万" = 1e400}', "lexicon.multipliers.万"),
    ('multipliers = {"万" = -5}', "not -5"),
    ('multipliers = {"万" = true}', "not True"),
    ('multipliers = {"万" = "10000"}', "not '10000'"),
    ('approx_prefixes = [""]', "lexicon.approx_prefixes: an empty word"),
    ('total_words = [""]', "lexicon.total_words: an empty word"),
    ('total_words = [" "]', "an empty word"),
    ('count_nouns = {"儿童" = [""]}', "lexicon.count_nouns: an empty word"),
    ('count_nouns = {"儿童" = "孩子"}', "expected a list of synonyms"),
    ('count_nouns = {"儿童" = [1]}', "expected a list of synonyms"),
    ('discrete_units = "人"', "must be a list of strings"),
    ('discrete_units = ["人", 3]', "must be a list of strings"),
    ('complementary_pairs = ["城市"]', "not labels joined by /"),
    ('neutral_words = ["' + "长" * 51 + '"]', "longer than 50 characters"),
    ("count_nouns = {" + ", ".join(f'"名词{i}" = []' for i in range(100_000)) + "}", "100000 words, more than the limit"),
    ("outcome_words = [" + ", ".join(f'"词{i}"' for i in range(6000)) + "]", "6000 words"),
])
@pytest.mark.usefixtures("english")
def test_a_lexicon_of_the_wrong_type_range_or_size_is_one_line(project, lexicon, said):
    (project / ".auditor.toml").write_text("[lexicon]\n" + lexicon + "\n", encoding="utf-8")
    line = one_error(run_cli("check", "--no-cache", "a.txt", cwd=project))
    assert ".auditor.toml" in line and said in line, line


def test_the_words_added_over_all_lists_are_bounded():
    extra = {key: [f"{key}{i}" for i in range(4000)] for key in ("neutral_words", "outcome_words", "subset_cues")}
    with pytest.raises(ValueError, match="12000 words added"):
        Lexicon.default().extended(extra)


def test_a_lexicon_within_the_bounds_is_used(project):
    (project / ".auditor.toml").write_text(
        '[lexicon]\nmultipliers = {"打" = 12}\nperiods = {"旬" = 36}\ncomplementary_pairs = ["东部/中部/西部"]\n'
        'count_nouns = {"留守儿童" = ["留守孩子"]}\n', encoding="utf-8")
    result = run_cli("check", "--no-cache", "a.txt", cwd=project)
    assert result.returncode == 1 and "NUM001" in result.stdout, result.stderr


@pytest.mark.parametrize("name, content, said", [
    ("pyproject.toml", 'tool = "x"\n', "[tool] must be a table"),
    ("pyproject.toml", '[tool]\nauditor = "x"\n', "[tool.auditor] must be a table"),
    ("pyproject.toml", b'[tool.auditor]\nselect = ["NUM\xff"]\n', "not valid UTF-8"),
    (".auditor.toml", b'select = ["NUM\xfe"]\n', "not valid UTF-8"),
    (".auditor.toml", "a = " + "[" * 100_000 + "]" * 100_000 + "\n", "nested too deeply"),
    (".auditor.toml", "fail-on = 3\n", "expected one of error, warning, info"),
    (".auditor.toml", "select = [1]\n", "expected a list of strings"),
    (".auditor.toml", 'lexicon = "x"\n', "expected a table"),
    ("setup.cfg", b"[auditor]\nselect = NUM\xff\n", "not valid UTF-8"),
    ("setup.cfg", "[auditor]\nselect = NUM\n[auditor.lexicon]\nmultipliers =\n  打: x\n", "lexicon.multipliers.打"),
])
@pytest.mark.usefixtures("english")
def test_a_configuration_file_of_the_wrong_type_is_one_line(project, name, content, said):
    path = project / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    line = one_error(run_cli("check", "--no-cache", "a.txt", cwd=project))
    assert name in line and said in line, line


@pytest.mark.usefixtures("english")
def test_a_configuration_file_too_large_is_refused_unread(project):
    (project / ".auditor.toml").write_text("# " + "x" * (5 * 2**20) + "\n", encoding="utf-8")
    assert "larger than 4 MB" in one_error(run_cli("check", "--no-cache", "a.txt", cwd=project))


def test_setup_cfg_numbers_are_whole_numbers_as_in_toml(project):
    (project / "setup.cfg").write_text("[auditor]\nselect = NUM\n[auditor.lexicon]\nmultipliers =\n  打: 12\n", encoding="utf-8")
    result = run_cli("config", "a.txt", cwd=project)
    assert result.returncode == 0 and '"打" = 12' in result.stdout


def baseline_entry(count):
    return {"path": "a.txt", "rule": "NUM001", "text": "x", "context": "⟦⟧", "count": count}


@pytest.mark.parametrize("content, said", [
    ('{"version": 1, "findings": [' + json.dumps(baseline_entry(0))[:-2] + "1e400}]}", "count must be a whole number"),
    ('{"version": 1, "findings": [' + json.dumps(baseline_entry(0))[:-2] + "NaN}]}", "NaN"),
    (json.dumps({"version": 1, "findings": [baseline_entry(1e30)]}), "count must be a whole number"),
    (json.dumps({"version": 1, "findings": [baseline_entry(-1)]}), "count must be a whole number"),
    (json.dumps({"version": 1, "findings": [baseline_entry("2")]}), "count must be a whole number"),
    (json.dumps({"version": 1, "findings": [{**baseline_entry(1), "path": ["a"]}]}), "must be strings"),
    (json.dumps({"version": 1, "findings": {"a": 1}}), "'findings' must be a list"),
    (json.dumps({"version": 1, "findings": [1]}), "expected an object"),
    (json.dumps([1]), "expected a JSON object"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    (b"\xff\xfe", "utf-8"),
])
@pytest.mark.usefixtures("english")
def test_a_malformed_baseline_is_one_line(project, content, said):
    path = project / "baseline.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    line = one_error(run_cli("check", "--no-cache", "--baseline", "baseline.json", "a.txt", cwd=project))
    assert line.startswith("auditor: error: baseline.json: not a valid auditor baseline") and said in line, line


def test_a_figure_of_a_million_digits_is_no_figure_and_the_other_findings_stay(project):
    document = "项目资金" + "9" * 1_000_000 + "万元。总额为" + "9" * 1_000_001 + "万元。\n" + DOCUMENT
    (project / "long.txt").write_text(document, encoding="utf-8")
    result = run_cli("check", "--no-cache", "long.txt", cwd=project)
    assert result.returncode == 1 and "internal error" not in result.stderr, result.stderr
    assert "NUM001" in result.stdout


@pytest.mark.parametrize("digits", [29, 2000, 100_000])
def test_a_digit_run_longer_than_a_figure_is_not_added_up(digits):
    assert codes(f"共有{'1' * digits}人，其中男{'1' * digits}人、女{'1' * digits}人。") == []


def test_a_long_figure_that_is_still_a_figure_is_checked():
    # 28 digits, Decimal's precision: still read, and the sum is exact
    assert codes(f"共有{'2' * 28}人，其中男{'1' * 28}人、女{'1' * 27}0人。") == ["NUM001"]
