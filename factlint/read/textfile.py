"""Read an input file safely: regular files only, never more than a size cap, decoded one way.

Every file factlint reads (articles, sidecars, source texts, settings, baselines) comes
through here, because in CI they come from a pull request: a FIFO or a device named like an
article must not hang the run, and a huge file must not eat the machine's memory.
"""

from __future__ import annotations

import errno
import os
import stat

MAX_FILE_SIZE = 50_000_000        # articles, sidecars, source texts and baselines (max-file-size)
MAX_SETTINGS_SIZE = 1_000_000     # settings files are read before any setting applies
MAX_ARTICLE_CHARS = 100_000_000   # spaCy refuses longer texts (its E088)
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 1 << 20


class Refused(Exception):
    """Why a file cannot be read, without its name: the caller names the file."""


def size_text(size: int) -> str:
    """A byte count as a person reads it: 512 bytes, 40 KB, 50 MB (powers of 1,000)."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= scale:
            return f"{size / scale:.3g} {unit}"
    return f"{size} byte{'s' * (size != 1)}"


def _too_large(size: int | None, limit: int, setting: str | None) -> Refused:
    actual = f"{size_text(size)}; " if size is not None else ""
    hint = f", set by {setting}" if setting else ""
    return Refused(f"is too large ({actual}the limit is {size_text(limit)}{hint})")


def _open(path: os.PathLike | str) -> int:
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting forever
        return os.open(path, _FLAGS)
    except FileNotFoundError:
        raise Refused("no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused("is a symlink loop") from None
        raise Refused(f"cannot read: {exc.strerror or exc}") from None


def read_bytes(path: os.PathLike | str, limit: int = MAX_FILE_SIZE, setting: str | None = "max-file-size") -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else is Refused."""
    fd = _open(path)
    try:
        info = os.fstat(fd)  # after open, so a file swapped for a FIFO in between is still caught
        if not stat.S_ISREG(info.st_mode):
            raise Refused("not a regular file")
        if info.st_size > limit:
            raise _too_large(info.st_size, limit, setting)
        chunks, total = [], 0
        while total <= limit:  # a file that grows while read is cut at the limit, not followed
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise Refused(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if total > limit:
        raise _too_large(None, limit, setting)
    return b"".join(chunks)


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8 (a BOM dropped) or UTF-16/32 with a BOM; line ends folded to \\n.

    A NUL anywhere, not only near the start, makes it a binary file: the whole file is judged.
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding:
        try:
            text = data[4 if "32" in encoding else 2:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise Refused(f"is not valid {encoding.upper()[:6]} text (invalid data at byte {exc.start})") from None
        if "\0" in text:
            raise Refused("is a binary file")
    elif b"\0" in data:
        raise Refused("is a binary file")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise Refused(f"is not UTF-8 text (invalid byte at offset {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")  # old Mac line ends too


def read_text(path: os.PathLike | str, limit: int = MAX_FILE_SIZE, setting: str | None = "max-file-size") -> str:
    """A regular file's text, decoded as `decode` does."""
    return decode(read_bytes(path, limit, setting))


def from_buffer(text: str, limit: int = MAX_FILE_SIZE, setting: str | None = "max-file-size") -> str:
    """An editor's unsaved text as `read_text` would give it were the file to hold it (UTF-8): the
    same limit, the same refusals (a NUL is a binary file), line ends folded."""
    data = text.encode("utf-8", "surrogatepass")  # a lone surrogate is refused as invalid UTF-8
    if len(data) > limit:
        raise _too_large(len(data), limit, setting)
    return decode(data)
