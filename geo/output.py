"""Writing outputs so that a failure never leaves a half-written or mixed set of files."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

Content = str | bytes | Iterable[bytes]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _stage(path: Path, content: Content) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new.tmp", dir=path.parent)
    # mkstemp makes the file private; give it the mode a plain open() would.
    os.chmod(tmp, 0o666 & ~_umask())
    with os.fdopen(fd, "wb") as f:
        if isinstance(content, str):
            content = content.encode("utf-8")
        if isinstance(content, bytes):
            content = [content]
        for chunk in content:
            f.write(chunk)
        f.flush()
        os.fsync(f.fileno())
    return tmp


def _backup(path: Path) -> str:
    """Keep the current file under a temporary name, byte for byte."""
    fd, backup = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old.tmp", dir=path.parent)
    os.close(fd)
    os.unlink(backup)
    try:
        os.link(path, backup)  # instant: the old content stays on disk under this name
    except OSError:
        shutil.copy2(path, backup)
    return backup


def write_atomically(files: dict[Path, Content]) -> None:
    """Write every file in ``files`` (path → text, bytes or byte chunks), or leave all as they were.

    Each content goes to a temporary file in its target's folder first.  Only
    when all are written are they renamed over the targets (a rename within
    a folder is atomic); if one rename fails, the targets already replaced
    get their previous content back.
    """
    staged: list[tuple[str, Path]] = []
    backups: list[tuple[str | None, Path]] = []
    leftovers: list[str] = []
    try:
        for path, content in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_stage(path, content), path))
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
