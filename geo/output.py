"""Writing outputs so that a failure never leaves a half-written or mixed set of files."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Staged:
    """A file already written under a temporary name in its target's folder."""

    path: Path


Content = str | bytes | Iterable[bytes] | Staged


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temporary(path: Path) -> tuple[int, str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".new.tmp", dir=path.parent)
    # mkstemp makes the file private; give it the mode a plain open() would.
    os.chmod(tmp, 0o666 & ~_umask())
    return fd, tmp


def _stage(path: Path, content: Content) -> str:
    if isinstance(content, Staged):
        return str(content.path)
    fd, tmp = _temporary(path)
    try:
        _write(fd, content)
    except BaseException:
        os.unlink(tmp)
        raise
    return tmp


def _write(fd: int, content: Content) -> None:
    with os.fdopen(fd, "wb") as f:
        if isinstance(content, str):
            content = content.encode("utf-8")
        if isinstance(content, bytes):
            content = [content]
        for chunk in content:
            f.write(chunk)
        f.flush()
        os.fsync(f.fileno())


class BackgroundWrite:
    """Write a file under a temporary name in a forked process while the caller goes on.

    ``with BackgroundWrite(path, chunks) as pending: ... pending.result()``
    gives a :class:`Staged` file for :func:`write_atomically`.  Where fork is
    not available (Windows, macOS by default), or ``parallel`` is false, the
    file is written in ``result()`` instead.  Leaving the block early stops
    the writer and removes its file.
    """

    def __init__(self, path: Path, chunks: Callable[[], Iterable[bytes]], *, parallel: bool = True):
        self.path = path
        self.chunks = chunks
        self.parallel = parallel and "fork" in multiprocessing.get_all_start_methods()
        self.process = None
        self.tmp: str | None = None

    def __enter__(self) -> BackgroundWrite:
        if self.parallel:
            fd, self.tmp = _temporary(self.path)
            os.close(fd)
            # The child must not flush a copy of what the parent has buffered.
            sys.stdout.flush()
            sys.stderr.flush()
            # fork: the child shares the facilities with the parent instead of
            # receiving a pickled copy.
            context = multiprocessing.get_context("fork")
            self.process = context.Process(target=_write_path, args=(self.tmp, self.chunks), daemon=True)
            self.process.start()
        return self

    def result(self) -> Staged:
        """Return the written file; raise OSError if writing it failed."""
        if self.process is None:
            return Staged(Path(_stage(self.path, self.chunks())))
        self.process.join()
        if self.process.exitcode != 0:
            raise OSError(f"writing {self.path} failed (exit status {self.process.exitcode})")
        return Staged(Path(self.tmp))

    def __exit__(self, *exc) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.terminate()
            self.process.join()
        if exc[0] is not None and self.tmp and os.path.exists(self.tmp):
            os.unlink(self.tmp)


def _write_path(tmp: str, chunks: Callable[[], Iterable[bytes]]) -> None:
    _write(os.open(tmp, os.O_WRONLY | os.O_TRUNC), chunks())


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
    """Write every file in ``files`` (path → text, bytes, byte chunks or a Staged file), or leave all as they were.

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
            staged.append((_stage(path, content), path))
        try:
            for tmp, path in staged:
                backup = _backup(path) if path.is_file() else None
                if backup:
                    leftovers.append(backup)
                    # A rebuild keeps the file's permissions: a private map stays private.
                    os.chmod(tmp, stat.S_IMODE(os.stat(path).st_mode))
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
