"""Small helpers the tests share."""

from auditor.config import Config
from auditor.engine import lint_text


def codes(text, select=None):
    """The rule codes that fire on ``text`` (optionally only the selected rules)."""
    config = Config(select=tuple(select or ()))
    return [f.rule for f in lint_text(text, config=config)]


def findings(text, select=None):
    return lint_text(text, config=Config(select=tuple(select or ())))


def run_cli(*args, cwd, input=None, env=None):
    """Run ``python -m auditor`` in any folder (this checkout on the path; cache in a temporary folder)."""
    import os
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    environment.setdefault("AUDITOR_CACHE_DIR", os.path.join(tempfile.gettempdir(), "auditor-test-cache"))
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "auditor", *map(str, args)],
        input=input, capture_output=True, text=True, encoding="utf-8", cwd=cwd, env=environment, timeout=300,
    )
