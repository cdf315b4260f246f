"""Whole-machine memory while a measurement runs: `python -m bench.memwatch` until SIGTERM.

Peak RSS overstates forked workers (pages they share with the parent count in
each), so the bench also reports how far MemAvailable fell below its value at the
start: what the build actually took from the machine, workers included.
Prints that drop in MB when stopped.
"""

from __future__ import annotations

import signal
import sys
import time


def available_kb() -> int:
    with open("/proc/meminfo", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1])
    raise SystemExit("no MemAvailable in /proc/meminfo")


def main() -> int:
    start = lowest = available_kb()
    stop = False

    def finish(*_: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, finish)
    print("ready", flush=True)
    while not stop:
        lowest = min(lowest, available_kb())
        time.sleep(0.05)
    print(round((start - lowest) / 1024, 1), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
