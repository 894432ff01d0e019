"""Reading knowledge files safely: regular files only, of bounded size, inside the knowledge directory.

The fact base is read at start-up, by `check` and on `/reload`, so a file in it must never hang the
process (a FIFO, a device), exhaust its memory (a symlink to /dev/zero, a huge file) or read something
that is not part of the fact base (a symlink out of the directory, to /etc/passwd say). Every refusal and
every OS error becomes a `FileProblem` whose message says, in words, what is wrong with that file.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

#: The largest knowledge file read (a fact file of 100,000 facts is about 60 MiB).
MAX_FILE_BYTES = 128 * 1024 * 1024

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


class FileProblem(Exception):
    """A knowledge file cannot be read; the message says why, without the path (the caller names the file)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _describe(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "cannot be read: permission denied"
    if exc.errno == errno.ELOOP:
        return "cannot be read: a loop of symbolic links"
    if isinstance(exc, FileNotFoundError):
        return "not found"
    return f"cannot be read: {exc.strerror or exc}"


def check_inside(path: Path, root: Path) -> None:
    """Refuse a path that resolves (through symbolic links) outside `root`."""
    try:
        resolved = path.resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
        raise FileProblem("cannot be read: a loop of symbolic links") from exc
    if not resolved.is_relative_to(root.resolve()):
        raise FileProblem(
            f"is a symbolic link to {resolved}, outside the knowledge directory; refused "
            "(the setting knowledge_follow_outside_links, or --follow-outside-links, allows it)"
        )


def read_bytes(path: Path, *, root: Path | None = None, allow_outside: bool = False, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file, at most `max_bytes` of them; raises FileProblem for anything else.

    With `root`, a path that resolves outside it is refused unless `allow_outside`. Special files are
    refused without being opened, so reading never blocks (a FIFO) nor runs forever (/dev/zero).
    """
    if path.is_symlink() and not path.exists():
        raise FileProblem("is a dangling symbolic link (its target does not exist)")
    if root is not None and not allow_outside:
        check_inside(path, root)
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(f"is {_kind(info.st_mode)}, not a regular file")
        # O_NONBLOCK: should the file be swapped for a FIFO after the stat, opening it still returns at once.
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise FileProblem(_describe(exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(f"is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > max_bytes:
            raise FileProblem(f"is {info.st_size:,} bytes; knowledge files are limited to {max_bytes:,} bytes")
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > max_bytes:
            raise FileProblem(f"is more than {max_bytes:,} bytes; knowledge files are limited to {max_bytes:,} bytes")
        return b"".join(chunks)
    except OSError as exc:
        raise FileProblem(_describe(exc)) from exc
    finally:
        os.close(fd)


def read_text(path: Path, *, root: Path | None = None, allow_outside: bool = False, max_bytes: int = MAX_FILE_BYTES) -> str:
    """A regular file's text, which must be UTF-8 (see read_bytes); a bad byte is reported with its line."""
    data = read_bytes(path, root=root, allow_outside=allow_outside, max_bytes=max_bytes)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FileProblem(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", line) from exc
