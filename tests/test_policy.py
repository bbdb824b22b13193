"""What is reported does not depend on which other rules run, and the user's severity wins."""

from pathlib import Path

import pytest

from auditor.config import Config
from auditor.engine import lint_text, run_rules
from auditor.findings import Severity
from auditor.policy import settle
from auditor.registry import all_rules
from auditor.engine import lint_source
from auditor.text import Document

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
CORPUS = sorted((Path(__file__).parent.parent.parent / "shared" / "corpus" / "raw").glob("*.txt"))
STATED_TWICE = "全县有孤儿 54 人。截至目前，全县共有孤儿 52 人，其中集中供养 30 人，分散供养 24 人。"


def _alone(text, code):
    return {(f.rule, f.line, f.column, f.message) for f in lint_text(text, config=Config(select=(code,)))}


@pytest.mark.parametrize("path", SAMPLES + CORPUS[:12], ids=lambda p: p.name)
def test_a_rule_finds_the_same_alone_as_with_all_rules_except_what_another_finding_explains(path):
    text = path.read_text(encoding="utf-8")
    everything = lint_text(text)
    reported = {(f.rule, f.line, f.column, f.message) for f in everything}
    explained = {offset for f in everything for offset in f.figures}
    raw, _ = run_rules(Document(text, path.name))
    figures_of = {(f.rule, f.line, f.column, f.message): f.figures for f in raw}
    for rule in all_rules():
        alone = _alone(text, rule.code)
        assert {k for k in reported if k[0] == rule.code} <= alone
        for key in alone - reported:  # missing from the full run only when another finding explains it
            assert explained.intersection(figures_of[key]), key


def test_a_sum_on_a_count_stated_twice_is_reported_when_the_conflict_is_not():
    assert [f.rule for f in lint_text(STATED_TWICE)] == ["CON001"]
    assert [f.rule for f in lint_text(STATED_TWICE, config=Config(select=("NUM001",)))] == ["NUM001"]
    assert [f.rule for f in lint_text(STATED_TWICE, config=Config(ignore=("CON001",)))] == ["NUM001"]


def test_a_suppressed_conflict_does_not_hide_the_sum_it_would_explain():
    text = "<!-- auditor: disable-next-line CON001 -->\n" + STATED_TWICE + "\n"
    reported = settle(lint_source(text, "a.md", Config()), text)
    assert [f.rule for f in reported.findings] == ["NUM001"]


ROUNDED = "发放城市低保金 360.26 万元、农村低保金 426.12 万元，合计 786.5 万元。因四舍五入，分项之和与合计略有出入。"


def test_the_configured_severity_wins_over_the_one_a_rule_gives_a_finding():
    (default,) = lint_text(ROUNDED, config=Config(select=("NUM001",)))
    assert default.severity == Severity.WARNING  # the disclaimer downgrades the error
    (configured,) = lint_text(ROUNDED, config=Config(select=("NUM001",), severity={"NUM001": Severity.INFO}))
    assert configured.severity == Severity.INFO
    (raised,) = lint_text(ROUNDED, config=Config(select=("NUM001",), severity={"NUM001": Severity.ERROR}))
    assert raised.severity == Severity.ERROR


def test_show_relations_lists_each_relation_checked_with_its_arithmetic(tmp_path):
    from helpers import run_cli

    done = run_cli("check", "--show-relations", "--format", "concise", "--no-cache", "--lang", "en", str(SAMPLES[0]), cwd=tmp_path)
    lines = [line for line in done.stdout.splitlines() if " ok: " in line or " FAILS: " in line]
    assert any("NUM001 sum FAILS: 44052人+36680人+10017人+3001人+2124人 = 95874" in line for line in lines)
    assert any("CON001 count FAILS: 儿童主任: 484名 vs 486" in line for line in lines)
    assert any("NUM002 rate FAILS: 2500元 × 77名" in line for line in lines)
    assert f"{len(lines)} relations checked" in done.stdout
