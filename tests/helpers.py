"""Small helpers the tests share."""

from auditor.config import Config
from auditor.engine import lint_text


def codes(text, select=None):
    """The rule codes that fire on ``text`` (optionally only the selected rules)."""
    config = Config(select=tuple(select or ()))
    return [f.rule for f in lint_text(text, config=config)]


def findings(text, select=None):
    return lint_text(text, config=Config(select=tuple(select or ())))
