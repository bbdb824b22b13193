"""--jobs N is capped at the number of CPUs available."""

import os

import pytest

from auditor import parallel
from auditor.cli import build_parser


@pytest.mark.parametrize("given, cpus, expected", [("64", 2, 2), ("3", 2, 2), ("2", 2, 2), ("1", 2, 1), ("8", 16, 8), ("auto", 4, 4)])
def test_jobs_never_exceed_the_cpus(monkeypatch, given, cpus, expected):
    monkeypatch.setattr(parallel, "available_cpus", lambda: cpus)
    assert parallel.parse_jobs(given) == expected


def test_the_command_line_caps_a_large_jobs_value_at_the_real_cpu_count():
    args = build_parser().parse_args(["check", "--jobs", "100000", "a.txt"])
    assert args.jobs == parallel.available_cpus() <= (os.cpu_count() or 1)


def test_jobs_still_refuses_zero_and_words():
    for bad in ("0", "-1", "many"):
        with pytest.raises(ValueError):
            parallel.parse_jobs(bad)
