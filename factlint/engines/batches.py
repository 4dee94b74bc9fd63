"""Balanced batches: articles grouped by size (article + sidecar + source texts) so batches take alike.

Pure and engine-free: any engine that sends work out in batches can use it.
"""

from __future__ import annotations

import heapq
import os
from pathlib import Path

from factlint.read.files import Target
from factlint.read.sidecar import Sidecars, sidecar_for


def article_size(target: Target, sidecars: Sidecars) -> int:
    """Bytes an article brings to its batch: its text, its sidecar and the source texts the sidecar names."""
    found = sidecar_for(target.path)
    paths = [target.path] + ([found, *sidecars.texts(found)] if found else [])
    return sum(_size(path) for path in paths)


def _size(path: Path | str) -> int:
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return 0  # a missing or unreadable file is reported when its article is read


def balanced(sizes: list[int], count: int) -> list[list[int]]:
    """Indexes of `sizes` split into at most `count` batches of near-equal total size (largest first).

    Each batch lists its indexes in ascending order; batches with nothing in them are left out.
    """
    count = max(1, min(count, len(sizes)))
    heap = [(0, batch) for batch in range(count)]
    members: list[list[int]] = [[] for _ in range(count)]
    for index in sorted(range(len(sizes)), key=lambda i: (-sizes[i], i)):
        total, batch = heapq.heappop(heap)
        members[batch].append(index)
        heapq.heappush(heap, (total + max(sizes[index], 1), batch))
    return [sorted(batch) for batch in members if batch]
