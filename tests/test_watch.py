"""make_map.py --watch: an edit rebuilds the map, a bad edit keeps the last good one, Ctrl-C ends it."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = "id,name,kind,status,place,source,source_url\n"
ONE = "a1,Больница,hospital,planned,Балхаш,s.txt,https://e.kz/1\n"
TWO = "a2,Поликлиника,polyclinic,construction,Алматы,s.txt,https://e.kz/2\n"


def _lines(process: subprocess.Popen) -> queue.Queue:
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in process.stdout:
            lines.put(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue, text: str, *, seconds: float = 30) -> str:
    deadline = time.monotonic() + seconds
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            continue
        seen.append(line)
        if text in line:
            return line
    raise AssertionError(f"no line with {text!r} in {seen}")


def test_an_edit_rebuilds_and_a_bad_edit_keeps_the_last_good_map(tmp_path):
    records = tmp_path / "facilities.csv"
    records.write_text(HEADER + ONE, encoding="utf-8")
    out = tmp_path / "map.html"
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "make_map.py"), "--data", str(records), "--out", str(out), "--watch"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = _lines(process)
        _wait_for(lines, "watching")
        time.sleep(1.5)  # the watcher starts just after it says so
        first = out.stat().st_mtime_ns

        records.write_text(HEADER + ONE + TWO, encoding="utf-8")  # a record added
        line = _wait_for(lines, "rebuilt")
        assert "facilities.csv changed: rebuilt" in line and "2 projects; records 1 added, 0 removed, 0 changed" in line
        good = out.read_bytes()
        assert out.stat().st_mtime_ns != first and "Поликлиника".encode() in good

        records.write_text(HEADER + ONE + TWO.replace("construction", "bogus"), encoding="utf-8")  # a bad edit
        _wait_for(lines, "status: 'bogus' is not a status")
        _wait_for(lines, "not rebuilt (problems above); the last good map is kept")
        assert out.read_bytes() == good
        time.sleep(0.5)

        records.write_text(HEADER + ONE.replace("planned", "design"), encoding="utf-8")
        line = _wait_for(lines, "rebuilt")
        assert "1 project; records 0 added, 1 removed, 1 changed" in line

        process.send_signal(signal.SIGINT)
        _wait_for(lines, "stopped watching; the map is as last built.")
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
