"""Every benchmark runs once at 1 % scale with timing off, so benchmarks never rot.
(The speed targets themselves are measured with ``pytest benchmarks --benchmark-only``;
tests never assert on time.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_benchmarks_run_at_small_scale() -> None:
    env = dict(os.environ, TEEMA_BENCH_SCALE="0.01")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "benchmarks",
            "-q",
            "-p",
            "no:cacheprovider",
            "--benchmark-disable",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
