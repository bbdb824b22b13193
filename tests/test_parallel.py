"""--jobs: several processes, the same output in the same order as one."""

import pytest

from auditor.parallel import MIN_PARALLEL_BYTES, available_cpus, map_ordered, parse_jobs, workers_for

from conftest import SAMPLES, run_auditor


def test_parse_jobs():
    assert parse_jobs("3") == min(3, available_cpus())  # capped at the CPUs
    assert parse_jobs("auto") >= 1
    for bad in ("0", "-2", "many"):
        with pytest.raises(ValueError):
            parse_jobs(bad)


def test_a_bad_jobs_value_is_a_usage_error():
    run = run_auditor("check", "--jobs", "0", SAMPLES)
    assert run.returncode == 2 and b"--jobs" in run.stderr


def test_few_small_files_and_stdin_stay_in_this_process(tmp_path):
    small = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    assert workers_for(small, 4) == 1
    big = tmp_path / "big.txt"
    big.write_text("正文。" * (MIN_PARALLEL_BYTES // 9 + 1), encoding="utf-8")
    assert workers_for([str(big), *small], 4) == 4
    assert workers_for([str(big), small[0]], 4) == 2
    assert workers_for([str(big), "-"], 4) == 1
    assert workers_for([str(big), *small], 1) == 1


def _square(n):
    return n * n


def test_map_ordered_keeps_the_order_of_the_items():
    items = list(range(500))
    assert list(map_ordered(_square, items, 3)) == [n * n for n in items]
    assert list(map_ordered(_square, items, 1)) == [n * n for n in items]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A folder of more than MIN_PARALLEL_BYTES: the samples copied, an unreadable file among them."""
    folder = tmp_path_factory.mktemp("archive")
    samples = sorted(SAMPLES.glob("*.txt"))
    total, n = 0, 0
    while total < 1.2 * MIN_PARALLEL_BYTES:
        data = samples[n % len(samples)].read_bytes() + f"\n\nref {n}\n".encode()
        (folder / f"{n:04d}.txt").write_bytes(data)
        total, n = total + len(data), n + 1
    (folder / "0042b.txt").write_bytes(b"\x00\x01binary")
    (folder / "0043b.txt").write_bytes(b"")
    return folder


@pytest.mark.parametrize("fmt", ["full", "json"])
def test_jobs_give_the_same_output_as_one_process(archive, fmt):
    assert workers_for([str(p) for p in archive.iterdir()], 2) == 2, "the archive is large enough for two workers"
    one = run_auditor("check", "--no-cache", "--format", fmt, "--jobs", "1", archive)
    two = run_auditor("check", "--no-cache", "--format", fmt, "--jobs", "2", archive)
    assert one.returncode == two.returncode == 2  # the binary file
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert b"0042b.txt" in one.stderr and b"PUN001" in one.stdout
