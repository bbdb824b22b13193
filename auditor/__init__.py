"""auditor: a consistency and numeric-audit linter for Chinese official documents (公文)."""

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text"]


def lint_text(text, path="<string>", config=None):
    """Lint one document given as text; returns a list of :class:`auditor.findings.Finding`."""
    from .engine import lint_text as _lint_text

    return _lint_text(text, path, config)
