"""Files factlint writes (the baseline, -o) are replaced whole or not at all."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from test_cli import run

UNCITED = "Some 70% of chips ship by sea.\n"


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("args,name", [(["--baseline", "b.json", "--update-baseline"], "b.json"),
                                       (["-o", "report.txt"], "report.txt")])
def test_a_failed_write_leaves_the_old_file_whole(write, monkeypatch, args, name):
    folder = write({"a.md": UNCITED, name: "the old file\n"})

    def broken_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_disk)
    result = run(folder, "check", "a.md", *args)
    assert result.exit_code == 2 and result.stderr == (
        f"factlint: error: {name}: cannot write: No space left on device\n")
    assert (folder / name).read_text() == "the old file\n" and leftovers(folder) == []


def test_a_rewritten_baseline_keeps_its_permissions_and_links(write):
    folder = write({"a.md": UNCITED, "store/b.json": "{}\n"})
    os.chmod(folder / "store" / "b.json", 0o640)
    os.symlink("store/b.json", folder / "b.json")
    assert run(folder, "check", "a.md", "--baseline", "b.json", "--update-baseline").exit_code == 0
    assert os.path.islink(folder / "b.json")
    assert json.loads((folder / "store" / "b.json").read_text())["findings"][0]["rule"] == "uncited-claim"
    assert stat.S_IMODE(os.stat(folder / "store" / "b.json").st_mode) == 0o640
    assert run(folder, "check", "a.md", "--baseline", "b.json").exit_code == 0
    assert leftovers(folder) == leftovers(folder / "store") == []


def test_a_new_report_file_gets_the_usual_permissions(write):
    folder = write({"a.md": UNCITED})
    old = os.umask(0o022)
    try:
        run(folder, "check", "a.md", "-o", "out.json", "--format", "json")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(folder / "out.json").st_mode) == 0o644
    assert json.loads((folder / "out.json").read_text())["files_checked"] == 1


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="needs /dev/stdout")
def test_a_report_to_a_device_is_written_in_place(write):
    folder = write({"a.md": UNCITED})
    done = subprocess.run([sys.executable, "-m", "factlint", "check", "a.md", "-o", "/dev/stdout"],
                          cwd=folder, capture_output=True, text=True)
    assert done.returncode == 1 and done.stdout.startswith("a.md:1:6: FL101")
