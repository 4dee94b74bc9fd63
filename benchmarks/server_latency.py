"""How fast `factlint server` re-checks an ~8 KB article with a sidecar after a change, against a CLI run.

    python benchmarks/server_latency.py [--changes 40]

Starts the server over pipes with a pygls client, opens the article, then changes one figure
at a time and times each change until its diagnostics arrive: once with no debounce (the
re-check itself), once with the default debounce (what a writer waits). The CLI figure is
the best of three `factlint check` runs of the same file (start-up and spaCy included).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parent.parent
ROW = ("In {year}, {country} exports rose {pct}% to about ${bn} billion [{ref}]. Economists who follow the "
       "country's manufacturers said the order books of carmakers and machine builders explained most of the "
       "change, and that the services side of the economy had been steadier than the goods side all year. "
       "Unemployment stood at {jobless}% in the same year [{ref}], a level the government called acceptable.\n\n")
SOURCE = "In {year}, {country} exports rose {pct}% to ${bn} billion. Unemployment was {jobless}% in {year}."
ROWS = 22
COUNTRIES = ["Germany", "France", "Spain", "Italy", "Poland", "Sweden", "Austria", "Belgium"]


def article(changed: int = 0) -> str:
    """About 8 KB of figures and citations; `changed` alters one figure so each change differs."""
    rows = [ROW.format(ref=i % 4 + 1, **_figures(i)) for i in range(ROWS)]
    rows[changed % len(rows)] = rows[changed % len(rows)].replace("billion", "million")
    return "# Trade\n\n" + "".join(rows)


def _figures(i: int) -> dict:
    return {"year": 1990 + i, "country": COUNTRIES[i % 8], "pct": round(2 + i * 0.3, 1), "bn": 100 + i,
            "jobless": round(4 + i * 0.2, 1)}


def sidecar() -> str:
    """Four sources, each stating the figures of the rows that cite it."""
    lines = ["sources:"]
    for ref in range(1, 5):
        sentences = " ".join(SOURCE.format(**_figures(i)) for i in range(ROWS) if i % 4 + 1 == ref)
        lines += [f"  {ref}:", f"    excerpt: \"{sentences}\""]
    return "\n".join(lines) + "\n"


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used (Linux /proc); 0 where there is no /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def latencies(folder: Path, changes: int, debounce: float | None) -> tuple[list[float], list[float]]:
    """Wall-clock seconds from each change to its diagnostics, and the server's CPU seconds for each."""
    client = LanguageClient("bench", "1")
    arrived: dict[int, asyncio.Future] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        waiting = arrived.get(params.version)
        if waiting is not None and not waiting.done():
            waiting.set_result(time.perf_counter())

    await client.start_io(sys.executable, "-m", "factlint", "server")
    options = {} if debounce is None else {"debounce": debounce}
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities(),
                                                         root_uri=folder.as_uri(), initialization_options=options))
    client.initialized(types.InitializedParams())
    uri = (folder / "trade.md").as_uri()
    loop = asyncio.get_running_loop()
    arrived[1] = loop.create_future()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri, "markdown", 1, article())))
    await asyncio.wait_for(arrived[1], 60)  # spaCy loads here, once
    times, cpu = [], []
    pid = client._server.pid
    for version in range(2, changes + 2):
        arrived[version] = loop.create_future()
        await asyncio.sleep(0.05)  # let the server go idle, so its CPU time is this change's alone
        used = cpu_seconds(pid)
        start = time.perf_counter()
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [types.TextDocumentContentChangeWholeDocument(article(version))]))
        times.append(await asyncio.wait_for(arrived[version], 30) - start)
        cpu.append(cpu_seconds(pid) - used)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return times, cpu


def cli_seconds(folder: Path) -> float:
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        # --no-cache: a changed article misses the result cache, so a cache hit would time nothing
        subprocess.run([sys.executable, "-m", "factlint", "check", "--no-cache", "trade.md"], cwd=folder,
                       capture_output=True)
        runs.append(time.perf_counter() - start)
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "trade.md").write_text(article(), encoding="utf-8")
        (folder / "trade.sources.yaml").write_text(sidecar(), encoding="utf-8")
        size = (folder / "trade.md").stat().st_size
        warm, cpu = (found[5:] for found in asyncio.run(latencies(folder, args.changes, 0.0)))  # 5 warm up
        typed, _ = asyncio.run(latencies(folder, 10, None))
        cli = cli_seconds(folder)
    print(f"article {size / 1024:.1f} KB with a sidecar, {len(warm)} warm changes")
    print(f"server re-check after a change: median {statistics.median(warm) * 1000:.0f} ms, "
          f"p90 {sorted(warm)[int(len(warm) * 0.9)] * 1000:.0f} ms (no debounce)")
    print(f"server CPU time per re-check:   median {statistics.median(cpu) * 1000:.0f} ms "
          f"(what an idle machine would take; os.getloadavg() = {os.getloadavg()[0]:.1f})")
    print(f"with the default debounce:      median {statistics.median(typed) * 1000:.0f} ms")
    print(f"factlint check (one CLI run):   {cli * 1000:.0f} ms")


if __name__ == "__main__":
    main()
