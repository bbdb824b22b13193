"""auditor: a consistency and numeric-audit linter for Chinese official documents (公文)."""

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text"]


def console() -> int:
    """The ``auditor`` command (and ``python -m auditor``): :func:`auditor.cli.main` in a process of
    its own, whose garbage collector runs a hundred times less often. Start-up and linting allocate
    many objects and make few reference cycles (a 2.8 MB document peaks at the same memory with the
    collector off), and each collection of the young objects cost start-up time."""
    import gc

    gc.set_threshold(100_000, *gc.get_threshold()[1:])
    from .cli import main

    return main()


def lint_text(text, path="<string>", config=None):
    """Lint one document given as text; returns a list of :class:`auditor.findings.Finding`."""
    from .engine import lint_text as _lint_text

    return _lint_text(text, path, config)
