"""Giving freed memory back to the system between the build's steps."""

from __future__ import annotations

import ctypes
import gc
import sys
from functools import cache


@cache
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None  # glibc only; Windows cannot open the process itself by None
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)  # musl has none
    except (OSError, TypeError):
        return None


def give_back() -> None:
    """Free unreachable objects and return the C heap's free pages to the system (glibc only).

    Reading and joining 100,000 records frees some hundred megabytes in
    pieces scattered through the heap; glibc keeps them, so the page (and the
    GeoJSON's forked writer) would be built on top of them.  Elsewhere this
    only collects garbage.
    """
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
