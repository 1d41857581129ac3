"""Writing outputs so that a failure never leaves a half-written or mixed set of files."""

from __future__ import annotations

import csv
import ctypes
import errno
import io
import multiprocessing
import os
import shutil
import signal
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
    except OSError as e:
        os.unlink(tmp)
        # A full disk says "No space left on device" without a file: the message must name the target.
        raise OSError(e.errno, e.strerror or str(e), str(path)) from e
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
            self.process = context.Process(target=_write_path, args=(self.tmp, self.chunks, os.getpid()), daemon=True)
            self.process.start()
        return self

    def result(self) -> Staged:
        """Return the written file; raise OSError if writing it failed."""
        if self.process is None:
            return Staged(Path(_stage(self.path, self.chunks())))
        self.process.join()
        if self.process.exitcode != 0:
            # The child's own OSError (a full disk, say) died with it: name the file and what is known.
            raise OSError(
                errno.EIO, f"the writing process failed (exit status {self.process.exitcode})", str(self.path)
            )
        return Staged(Path(self.tmp))

    def __exit__(self, *exc) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.terminate()
            self.process.join()
        if exc[0] is not None and self.tmp and os.path.exists(self.tmp):
            os.unlink(self.tmp)


def _write_path(tmp: str, chunks: Callable[[], Iterable[bytes]], parent: int) -> None:
    _die_with(parent)
    _write(os.open(tmp, os.O_WRONLY | os.O_TRUNC), chunks())


def _die_with(parent: int) -> None:
    """Have the kernel end this process when its parent ends (Linux), so a killed build leaves no writer.

    Ctrl-C and SIGTERM are the parent's to handle: it ends this writer quietly, with no traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent ended before the line above
        os._exit(1)


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


JOURNAL = ".make_map.journal"


def _journal_path(files: Iterable[Path]) -> Path:
    # One journal per output folder: the first output's.
    return next(iter(files)).parent / JOURNAL


def write_atomically(files: dict[Path, Content]) -> None:
    """Write every file in ``files`` (path → text, bytes, byte chunks or a Staged file), or leave all as they were.

    Each content goes to a temporary file in its target's folder first.  Only
    when all are written (and on disk) is a journal written that names them;
    then they are renamed over the targets (a rename within a folder is
    atomic), and the journal is removed.  If a rename fails, the targets
    already replaced get their previous content back.  If the process is
    killed between the renames, the next run finds the journal and completes
    the new set (:func:`recover`, which the caller runs before it stages
    anything): the pair on disk is never left mixed.
    """
    journal = _journal_path(files)
    staged: list[tuple[str, Path]] = []
    backups: list[tuple[str | None, Path]] = []
    leftovers: list[str] = []
    try:
        for path, content in files.items():
            staged.append((_stage(path, content), path))
        _write_journal(journal, staged)
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
        journal.unlink(missing_ok=True)
        for tmp in [t for t, _ in staged] + leftovers:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _write_journal(journal: Path, staged: list[tuple[str, Path]]) -> None:
    lines = "".join(f"{os.path.abspath(tmp)}\t{os.path.abspath(path)}\n" for tmp, path in staged)
    fd, tmp = tempfile.mkstemp(prefix=f"{JOURNAL}.", suffix=".new.tmp", dir=journal.parent)
    _write(fd, lines)
    os.replace(tmp, journal)
    _sync_folder(journal.parent)


def _sync_folder(folder: Path) -> None:
    # The renames and the journal must reach the disk in order, not only the files' bytes.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def recover(folder: Path, names: Iterable[str]) -> None:
    """Finish what a killed run left in ``folder``: complete a journalled set, remove stale temporary files.

    Every file a journal names was written in full before the journal was,
    so completing the renames gives the new set whole.  Temporary files of
    ``names`` (``.map.html.*.new.tmp``, ``.old.tmp``) that no journal names
    are what a run killed before its renames left: they are removed.
    """
    journal = folder / JOURNAL
    if journal.is_file():
        for line in journal.read_text(encoding="utf-8", errors="replace").splitlines():
            tmp, _, target = (Path(p) for p in line.partition("\t"))
            # Only a staged file of that very target, beside it, is ever renamed.
            ours = tmp.parent == target.parent and tmp.name.startswith(f".{target.name}.")
            if ours and tmp.name.endswith(".new.tmp") and tmp.is_file():
                os.replace(tmp, target)
                _sync_folder(target.parent)
        journal.unlink()
    for name in [*names, JOURNAL]:
        for stale in folder.glob(f".{name}.*.tmp"):
            if stale.name.endswith((".new.tmp", ".old.tmp")):
                stale.unlink(missing_ok=True)


def csv_text(rows: list[dict[str, str]], columns: list[str]) -> str:
    """Return ``rows`` as CSV text with the header ``columns`` (``\n`` line ends, as the repository keeps them)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
