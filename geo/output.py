"""Writing outputs so that a failure never leaves a half-written or mixed set of files."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _stage(path: Path, text: str, label: str) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".{label}.tmp", dir=path.parent)
    # mkstemp makes the file private; give it the mode a plain open() would.
    os.chmod(tmp, 0o666 & ~_umask())
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    return tmp


def _backup(path: Path) -> str:
    """Keep the current file under a temporary name, byte for byte."""
    fd, backup = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old.tmp", dir=path.parent)
    os.close(fd)
    shutil.copy2(path, backup)
    return backup


def write_atomically(files: dict[Path, str]) -> None:
    """Write every file in ``files`` (path → text), or leave all of them as they were.

    Each text goes to a temporary file in its target's folder first.  Only
    when all are written are they renamed over the targets (a rename within
    a folder is atomic); if one rename fails, the targets already replaced
    get their previous content back.
    """
    staged: list[tuple[str, Path]] = []
    backups: list[tuple[str | None, Path]] = []
    leftovers: list[str] = []
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_stage(path, text, "new"), path))
        try:
            for tmp, path in staged:
                backup = _backup(path) if path.is_file() else None
                if backup:
                    leftovers.append(backup)
                os.replace(tmp, path)
                backups.append((backup, path))
        except BaseException:
            for backup, path in reversed(backups):
                if backup:
                    os.replace(backup, path)
                else:
                    path.unlink(missing_ok=True)
            raise
    finally:
        for tmp in [t for t, _ in staged] + leftovers:
            if os.path.exists(tmp):
                os.unlink(tmp)
