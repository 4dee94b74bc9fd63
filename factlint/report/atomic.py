"""Write a file so that it is either the old one or the new one, never half of each.

The baseline and the -o report are written to a temporary file in the same folder, flushed,
synced to disk and renamed over the target; a killed run or a failed write leaves the old
file as it was (before, a killed run left baselines empty).
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_text(path: Path, text: str, durable: bool = True) -> None:
    """Replace `path` with `text` (UTF-8) atomically; OSError when it cannot be written."""
    write_bytes(path, text.encode("utf-8"), durable)


def write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace `path` with `data` atomically, keeping its permissions; OSError when it cannot be written.

    `durable=False` skips the syncs to disk (cache entries: a lost one is only work redone);
    the rename still makes the file the old one or the new one, never half of each."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        with open(path, "wb") as stream:  # /dev/stdout, a pipe: nothing to replace
            stream.write(data)
        return
    target = Path(os.path.realpath(path))  # through a symlink, replace the file it points to
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            if durable:
                os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    if durable:
        _sync_folder(target.parent)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder, which is fine."""
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


def append_text(path: Path, text: str) -> None:
    """Add `text` (UTF-8) at the end of `path` in one write with O_APPEND, so other writers' lines stay whole.

    For files that others append to as well (GitHub's $GITHUB_STEP_SUMMARY): replacing the file
    would drop what they wrote meanwhile. A write that comes back short (a full disk) is taken
    back when nobody appended after it; OSError when the text cannot be written.
    """
    data = text.encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        start = os.fstat(fd).st_size
        written = os.write(fd, data)
        if written != len(data):
            if os.fstat(fd).st_size == start + written:
                os.ftruncate(fd, start)
            raise OSError(f"{path}: wrote {written} of {len(data)} bytes")
        os.fsync(fd)
    finally:
        os.close(fd)
