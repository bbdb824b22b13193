"""Every rule's documented examples behave as documented (as pycodestyle runs its docstrings)."""

import pytest

from auditor.registry import all_rules

from helpers import codes

CASES = [
    pytest.param(rule.code, kind, example, id=f"{rule.code}-{kind}-{i}")
    for rule in all_rules()
    for kind, examples in rule.examples().items()
    for i, example in enumerate(examples)
]


def test_every_rule_documents_both_kinds_of_example():
    for rule in all_rules():
        examples = rule.examples()
        assert examples["Correct"], f"{rule.code} has no Correct example"
        assert examples["Incorrect"], f"{rule.code} has no Incorrect example"


@pytest.mark.parametrize("code, kind, example", CASES)
def test_documented_example(code, kind, example):
    fired = codes(example, select=[code])
    if kind == "Incorrect":
        assert code in fired, f"{code} should fire on:\n{example}"
    else:
        assert code not in fired, f"{code} should stay silent on:\n{example}"
