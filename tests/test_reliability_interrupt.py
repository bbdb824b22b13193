"""Ctrl-C ends a run within a second, with or without worker processes, and leaves no process
behind; a second Ctrl-C during the shutdown ends it too (no "Exception ignored in
threading._shutdown", no parent or worker asleep forever)."""

import os
import signal
import subprocess
import sys
import time

import pytest

from auditor.parallel import available_cpus
from conftest import ROOT

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process table in /proc")

LINE = "全市共有留守儿童{0}人，其中男孩{1}人、女孩{2}人。项目资金{3}万元，占{4}%。\n"


def slow_documents(folder, count=2, lines=30_000):
    """Files of about 3 MB that each take many seconds to lint (far longer than the test waits)."""
    text = "".join(LINE.format(100 + i % 900, 10 + i % 90, 11 + i % 80, 1 + i % 999, 1 + i % 99) for i in range(lines))
    names = []
    for i in range(count):
        (folder / f"d{i}.txt").write_text(text, encoding="utf-8")
        names.append(f"d{i}.txt")
    return names


def group_members(pgid):
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry))
    return members


def start(folder, jobs, names):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "auditor", "check", "--no-cache", "--jobs", str(jobs), *names],
                            cwd=folder, env=env, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_ends_the_run_within_a_second_and_leaves_no_process(tmp_path, jobs, presses):
    names = slow_documents(tmp_path)
    run = start(tmp_path, jobs, names)
    expected = 1 + (min(jobs, available_cpus(), len(names)) if jobs > 1 and available_cpus() > 1 else 0)
    try:
        deadline = time.monotonic() + 30
        while len(group_members(run.pid)) < expected and time.monotonic() < deadline:
            time.sleep(0.1)
        assert len(group_members(run.pid)) >= expected, "the workers never started"
        time.sleep(1.5)  # every process is now inside a file that takes seconds
        assert run.poll() is None
        pressed = time.monotonic()
        os.killpg(run.pid, signal.SIGINT)
        if presses == 2:
            time.sleep(0.2)
            os.killpg(run.pid, signal.SIGINT)
        _, err = run.communicate(timeout=10)
        took = time.monotonic() - pressed
        assert run.returncode == 130, err
        assert took < 2, f"the run took {took:.1f} s to end"
        assert b"Traceback" not in err and b"Exception ignored" not in err, err
        time.sleep(0.3)
        assert group_members(run.pid) == []
    finally:
        for pid in group_members(run.pid):
            os.kill(pid, signal.SIGKILL)
        run.kill()
        run.wait()


def _spin(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


class _SlowFinaliser:
    """A finaliser busy long enough for a signal to land in it (as the regex compiler's run)."""

    def __del__(self):
        _spin(0.3)


def test_ctrl_c_inside_a_finaliser_still_ends_the_run():
    from auditor import cli

    previous = signal.signal(signal.SIGINT, cli._first_interrupt)
    try:
        with pytest.raises(KeyboardInterrupt):
            signal.setitimer(signal.ITIMER_REAL, 0.05)
            alarm = signal.signal(signal.SIGALRM, lambda *_: signal.raise_signal(signal.SIGINT))
            try:
                _SlowFinaliser()  # the interrupt lands in its __del__, where it would be swallowed
                _spin(2)
            finally:
                signal.signal(signal.SIGALRM, alarm)
    finally:
        signal.signal(signal.SIGINT, previous)


def test_the_time_limit_inside_a_finaliser_still_ends_the_file():
    from auditor.guards import LimitExceeded, time_limit

    started = time.monotonic()
    with pytest.raises(LimitExceeded):
        with time_limit("slow.txt", 0.05):
            _SlowFinaliser()  # the timer fires inside its __del__
            _spin(3)
    assert time.monotonic() - started < 2
