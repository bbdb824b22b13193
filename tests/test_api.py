"""auditor.lint_text: the library entry point; findings are plain data that cross process boundaries."""

import dataclasses
import json
import pickle
from concurrent.futures import ProcessPoolExecutor

import auditor
from auditor.config import Config
from auditor.findings import Finding
from auditor.loading import read_text_file

from conftest import SAMPLES

UNCLOSED = "为入住老人提供“拔罐、艾灸等服务。\n"


def sample_texts():
    paths = sorted(p for p in SAMPLES.iterdir() if p.suffix == ".txt")
    return [read_text_file(str(p)) for p in paths], [p.name for p in paths]


def test_lint_text_returns_findings_with_the_given_path():
    findings = auditor.lint_text(UNCLOSED, path="draft.txt")
    assert [(f.rule, f.path, f.line, f.column) for f in findings] == [("PUN001", "draft.txt", 1, 8)]
    assert auditor.lint_text(UNCLOSED)[0].path == "<string>"


def test_lint_text_honours_the_configuration():
    assert auditor.lint_text(UNCLOSED, config=Config(ignore=("PUN",))) == []


def test_findings_are_plain_picklable_data():
    texts, names = sample_texts()
    findings = [f for text, name in zip(texts, names) for f in auditor.lint_text(text, name)]
    assert findings, "the samples have findings"
    for finding in findings:
        assert isinstance(finding, Finding)
        assert pickle.loads(pickle.dumps(finding)) == finding
        json.dumps(finding.to_dict(), ensure_ascii=False)
        assert dataclasses.asdict(finding)["rule"] == finding.rule


def test_lint_text_maps_over_a_process_pool():
    texts, names = sample_texts()
    serial = [auditor.lint_text(text, name) for text, name in zip(texts, names)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        parallel = list(pool.map(auditor.lint_text, texts, names))
    assert parallel == serial
    assert any(serial)
