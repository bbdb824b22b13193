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
