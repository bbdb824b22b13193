import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def run_auditor(*args, input=None, cwd=None):
    """Run the real command line in a subprocess; returns the CompletedProcess (text mode)."""
    return subprocess.run(
        [sys.executable, "-m", "auditor", *map(str, args)],
        input=input,
        capture_output=True,
        cwd=cwd or ROOT,
        timeout=300,
    )


@pytest.fixture
def auditor_cli():
    return run_auditor


@pytest.fixture(autouse=True)
def _messages_in_the_default_language(monkeypatch):
    """The language of the messages follows LC_ALL / LC_MESSAGES / LANG when they name English: the
    tests run in a locale that names no language (as CI does), whatever the developer's shell has."""
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)


@pytest.fixture
def english(monkeypatch):
    """For a test that asserts the English wording of a message or an error line: the environment
    names English, as `LC_ALL=en_US.UTF-8 auditor …` does (tests/test_chinese_output.py and the
    tests of each message kind assert the Chinese)."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
