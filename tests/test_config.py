"""Configuration files: discovery upward from the linted files, the three syntaxes, the command
line winning, `auditor config`, include/exclude, lexicon extensions, and clear errors."""

import json

import pytest

from helpers import run_cli

FRACTIONAL = "今年共发放慰问品2.5坛。\n"  # 坛 is not a unit by default: NUM005 is silent
DUPLICATE = "我局将一是加强领导；二是强化保障；二是狠抓落实。\n"  # SEQ001 (error)
JIEZHI = "截止6月底，已发放补贴。\n"  # WRD001 (warning)


def rules_found(run):
    assert run.returncode in (0, 1), run.stderr
    return sorted({f["rule"] for f in json.loads(run.stdout)["findings"]})


@pytest.fixture
def tree(tmp_path):
    """project/docs/sub/a.txt with a duplicate marker and a 截止; project/docs/b.txt with 2.5坛."""
    sub = tmp_path / "project" / "docs" / "sub"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(DUPLICATE + JIEZHI, encoding="utf-8")
    (sub.parent / "b.txt").write_text(FRACTIONAL, encoding="utf-8")
    return tmp_path / "project"


def test_pyproject_found_upward_from_the_linted_files(tree):
    (tree / "pyproject.toml").write_text('[tool.auditor]\nignore = ["SEQ"]\n', encoding="utf-8")
    # run from outside the project: discovery starts at the files, not at the working folder
    run = run_cli("check", "--format", "json", "project/docs/sub/a.txt", cwd=tree.parent)
    assert rules_found(run) == ["WRD001"]


def test_pyproject_without_the_section_is_skipped_for_a_higher_file(tree):
    (tree / "docs" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tree / "setup.cfg").write_text("[auditor]\nignore = WRD001\nfail-on = error\n", encoding="utf-8")
    run = run_cli("check", "--format", "json", "docs", cwd=tree)
    assert rules_found(run) == ["SEQ001"]


def test_nearest_file_wins_and_auditor_toml_first_in_a_folder(tree):
    (tree / "pyproject.toml").write_text('[tool.auditor]\nignore = ["SEQ"]\n', encoding="utf-8")
    (tree / "docs" / "pyproject.toml").write_text('[tool.auditor]\nignore = ["WRD"]\n', encoding="utf-8")
    (tree / "docs" / ".auditor.toml").write_text('ignore = ["SEQ", "WRD"]\n', encoding="utf-8")
    run = run_cli("check", "--format", "json", "docs/sub", cwd=tree)
    assert rules_found(run) == []


def test_setup_cfg_is_read_raw_with_multiline_tables(tree):
    (tree / "setup.cfg").write_text(
        "[metadata]\ndescription = covers 50% of cases\n\n"
        "[auditor]\n"
        "select = SEQ, WRD\n"
        "severity =\n    WRD001: error\n"
        "per-file-ignores =\n    # the annex is quoted verbatim\n    docs/sub/*.txt: SEQ001\n",
        encoding="utf-8",
    )
    run = run_cli("check", "--format", "json", ".", cwd=tree)
    findings = json.loads(run.stdout)["findings"]
    assert [(f["rule"], f["severity"]) for f in findings] == [("WRD001", "error")]


def test_the_command_line_wins(tree):
    (tree / "pyproject.toml").write_text('[tool.auditor]\nselect = ["WRD"]\nfail-on = "error"\n', encoding="utf-8")
    only_file = run_cli("check", "--format", "json", "docs/sub/a.txt", cwd=tree)
    assert rules_found(only_file) == ["WRD001"]
    assert only_file.returncode == 0, "fail-on = error: a warning does not fail"
    cli = run_cli("check", "--format", "json", "--select", "SEQ", "--fail-on", "warning", "docs/sub/a.txt", cwd=tree)
    assert rules_found(cli) == ["SEQ001"]
    assert cli.returncode == 1


def test_lexicon_extension_makes_a_new_unit_discrete(tree):
    assert rules_found(run_cli("check", "--format", "json", "docs/b.txt", cwd=tree)) == []
    (tree / ".auditor.toml").write_text('[lexicon]\ndiscrete_units = ["坛"]\n', encoding="utf-8")
    assert rules_found(run_cli("check", "--format", "json", "docs/b.txt", cwd=tree)) == ["NUM005"]


def test_lexicon_extension_in_setup_cfg(tree):
    (tree / "setup.cfg").write_text("[auditor]\n\n[auditor.lexicon]\ndiscrete-units = 坛, 罐\n", encoding="utf-8")
    assert rules_found(run_cli("check", "--format", "json", "docs/b.txt", cwd=tree)) == ["NUM005"]


def test_auditor_config_prints_values_and_their_sources(tree):
    (tree / "pyproject.toml").write_text(
        '[tool.auditor]\nignore = ["WRD001"]\n'
        '[tool.auditor.lexicon]\ncount_nouns = { "儿童主任" = ["村（居）儿童主任"] }\napprox_suffixes = ["许"]\n',
        encoding="utf-8",
    )
    run = run_cli("config", "--fail-on", "error", "docs", cwd=tree)
    assert run.returncode == 0, run.stderr
    lines = {line.split(" = ")[0]: line for line in run.stdout.splitlines() if " = " in line}
    assert lines["ignore"].endswith(f'["WRD001"]  # {tree / "pyproject.toml"} [tool.auditor]')
    assert lines["fail-on"].endswith('"error"  # command line')
    assert lines["select"].endswith('["ALL"]  # default')
    assert "村（居）儿童主任" in lines["lexicon"] and "许" in lines["lexicon"]
    assert "WRD001" not in run.stdout.splitlines()[-1], "the rules that run leave out the ignored one"


@pytest.mark.parametrize(
    "name, content, expected",
    [
        ("pyproject.toml", '[tool.auditor]\nselct = ["NUM"]\n', "unknown key 'selct'"),
        ("pyproject.toml", '[tool.auditor]\nfail-on = "fatal"\n', "key 'fail-on'"),
        ("pyproject.toml", '[tool.auditor]\nselect = ["XYZ"]\n', "key 'select': unknown rule code or prefix: XYZ"),
        (".auditor.toml", '[severity]\nNUM001 = "loud"\n', "key 'severity'"),
        (".auditor.toml", '[lexicon]\nunits = ["坛"]\n', "key 'lexicon': unknown list(s) units"),
        (".auditor.toml", '[lexicon]\ndiscrete_units = "坛"\n', "key 'lexicon'"),
        (".auditor.toml", "select = [\n", "not valid TOML"),
        ("setup.cfg", "[auditor]\nfail-on = sometimes\n", "key 'fail-on'"),
    ],
)
@pytest.mark.usefixtures("english")
def test_a_bad_configuration_is_one_clear_error(tree, name, content, expected):
    (tree / name).write_text(content, encoding="utf-8")
    run = run_cli("check", "docs", cwd=tree)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith("auditor: error: ") and str(tree / name) in run.stderr
    assert expected in run.stderr


def linted(run):
    return {checked["path"] for checked in json.loads(run.stdout)["summary"]["checked"]}


def test_include_and_exclude_globs(tree):
    (tree / "docs" / "c.rst").write_text(DUPLICATE, encoding="utf-8")
    default = run_cli("check", "--format", "json", ".", cwd=tree)
    assert linted(default) == {"./docs/sub/a.txt", "./docs/b.txt"}
    excluded = run_cli("check", "--format", "json", "--exclude", "sub", ".", cwd=tree)
    assert linted(excluded) == {"./docs/b.txt"}
    included = run_cli("check", "--format", "json", "--include", "*.rst", ".", cwd=tree)
    assert linted(included) == {"./docs/c.rst"}
    # globs in a configuration file are relative to its folder
    (tree / ".auditor.toml").write_text('exclude = ["docs/sub/**"]\n', encoding="utf-8")
    configured = run_cli("check", "--format", "json", "docs", cwd=tree)
    assert linted(configured) == {"docs/b.txt"}
    # a file named on the command line is linted even when excluded (as ruff does)
    named = run_cli("check", "--format", "json", "docs/sub/a.txt", cwd=tree)
    assert rules_found(named) == ["SEQ001", "WRD001"]
    forced = run_cli("check", "--format", "json", "--force-exclude", "docs/sub/a.txt", "docs/b.txt", cwd=tree)
    assert linted(forced) == {"docs/b.txt"}, "--force-exclude (the pre-commit hook's) applies excludes to named files"
