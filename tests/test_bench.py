"""The benchmark runs end to end on a tiny corpus (its numbers are not checked: no timed tests)."""

import json
import subprocess
import sys

from conftest import ROOT


def test_benchmark_runs_on_a_tiny_corpus(tmp_path):
    out = tmp_path / "results.json"
    run = subprocess.run(
        [sys.executable, "-m", "auditor.bench", "--size", "0.1", "--big", "0.1", "--figures", "300",
         "--profile-mb", "0.05", "--repeat", "1", "--json", str(out)],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "throughput --jobs 1" in run.stdout and "targets:" in run.stdout
    results = json.loads(out.read_text(encoding="utf-8"))
    measured = results["measured"]
    assert measured["corpus_files"] > 1 and measured["corpus_mb"] >= 0.1
    for key in ("throughput_jobs_1_mb_s", "throughput_jobs_auto_mb_s", "startup_ratio", "cache_second_run_ratio",
                "linear_cost_ratio", "big_file_peak_rss_mb", "corpus_peak_rss_mb_jobs_1"):
        assert measured[key] > 0, key
    assert set(measured["figures"]) == {"one_paragraph", "short_paragraphs"}
    assert all(set(v) == {"value", "met"} for v in results["targets"].values())
    stages = results["time_by_stage"]["stages"]
    assert "rules PUN" in stages and "extract numbers" in stages
    assert results["machine"]["cpus_available"] >= 1


def test_corpus_copies_are_unique_and_add_no_figure(tmp_path):
    import random

    from auditor.bench import build_corpus, unique_tail
    from auditor.engine import lint_text

    total, files = build_corpus(tmp_path / "c", ["正文。", "另一篇。"], 2000, random.Random(1))
    texts = [p.read_text(encoding="utf-8") for p in (tmp_path / "c").iterdir()]
    assert len(texts) == files and len(set(texts)) == files and total >= 2000
    assert lint_text("正文。" + unique_tail(1234567890)) == lint_text("正文。")
