"""What every results file records beside its figures: the machine, the date, and peak memory done right."""

from __future__ import annotations

import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

__all__ = ["machine", "peak_rss_mb"]


def machine() -> dict[str, object]:
    """Cores, memory, Python and the UTC date of the run."""
    memory_kib = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        memory_kib = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
    return {"cores": os.cpu_count(), "memory_gib": round(memory_kib / 1024 / 1024, 1),
            "python": sys.version.split()[0], "platform": platform.platform(),
            "date": datetime.now(UTC).isoformat(timespec="seconds")}


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB.

    ``getrusage``'s ``ru_maxrss`` is carried over from the parent across fork and exec, so a child
    started from a big parent reports the parent's peak; VmHWM belongs to the process's own memory map.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc/self/status (peak memory is measured on Linux only)")
