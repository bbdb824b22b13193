"""The shape of the code: no import cycles, one reading of Chinese numerals, a read-only model."""

import ast
from functools import cached_property
from pathlib import Path

import pytest

from auditor.config import Config
from auditor.engine import run_rules
from auditor.numerals import cn_decimal_text, cn_digits, cn_int, cn_numeral
from auditor.text import Document
from helpers import codes

ROOT = Path(__file__).parent.parent
PACKAGES = {"auditor": ROOT / "auditor", "auditor.rules": ROOT / "rules"}


def _modules() -> dict[str, Path]:
    found = {}
    for package, folder in PACKAGES.items():
        for path in folder.rglob("*.py"):
            parts = path.relative_to(folder).with_suffix("").parts
            name = ".".join((package, *parts)).removesuffix(".__init__")
            found[name] = path
    return found


def _imports(name: str, path: Path, modules) -> set[str]:
    """The auditor modules a module imports when it is imported (not under TYPE_CHECKING)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                target = f"{base}.{alias.name}"
                found.add(target if target in modules else base)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in modules and m != name}


def test_the_modules_import_each_other_without_a_cycle():
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    state: dict[str, int] = {}

    def visit(name, trail):
        if state.get(name) == 1:
            pytest.fail("import cycle: " + " -> ".join(trail[trail.index(name):] + [name]))
        if state.get(name) == 2:
            return
        state[name] = 1
        for target in sorted(graph[name]):
            visit(target, trail + [name])
        state[name] = 2

    for name in sorted(graph):
        visit(name, [])


def test_the_cycle_check_sees_a_cycle(tmp_path, monkeypatch):
    (tmp_path / "auditor").mkdir()
    (tmp_path / "auditor" / "a.py").write_text("from .b import x\n")
    (tmp_path / "auditor" / "b.py").write_text("from . import a\n")
    monkeypatch.setitem(PACKAGES, "auditor", tmp_path / "auditor")
    monkeypatch.setitem(PACKAGES, "auditor.rules", tmp_path / "none")
    with pytest.raises(pytest.fail.Exception, match="import cycle"):
        test_the_modules_import_each_other_without_a_cycle()


@pytest.mark.parametrize(
    "written, value",
    [("三", 3), ("十", 10), ("十二", 12), ("二十两", 22), ("九十九", 99), ("一千二百", 1200), ("两万", 20000),
     ("九万六千一百四十三", 96143), ("零十", None), ("一二", None), ("", None)],
)
def test_one_reading_of_chinese_numerals(written, value):
    assert cn_int(written) == value


def test_the_other_numeral_forms():
    assert cn_digits("二〇二三") == 2023 and cn_digits("二十") is None
    assert cn_decimal_text("九十七点七八") == "97.78" and cn_decimal_text("百") == "100"
    assert [cn_numeral(v) for v in (3, 10, 23)] == ["三", "十", "二十三"]


def test_a_span_in_chinese_numerals_reads_as_one_in_digits():
    written = "按每人每月500元标准，为120名高龄老人发放{}个月高龄津贴80万元。"
    assert codes(written.format("12"), ["NUM002"]) == codes(written.format("十二"), ["NUM002"]) == ["NUM002"]
    assert codes(written.format("十二").replace("80万元", "72万元"), ["NUM002"]) == []


def test_rules_leave_the_document_as_the_model_built_it():
    text = (ROOT / "samples").glob("*.txt").__next__().read_text(encoding="utf-8")
    doc = Document(text)
    run_rules(doc, Config())
    derived = {name for name, value in vars(Document).items() if isinstance(value, cached_property)}
    assert set(vars(doc)) - derived <= {"path", "text", "lexicon", "plain", "_breaks", "_shifts", "line_starts"}
