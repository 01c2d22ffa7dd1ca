"""Figures and files built once and shared by every session that shows the same thing.

A warm page view used to rebuild every Plotly figure and every chart download (CSV, .xlsx) from the cached
query results, in every session. `cached(function, *args)` builds `function(*args)` once per key and hands
the same object to every later caller: callers must never change it (show_chart styles a Chart's figure
inside the cache, before it is shared).

The key holds everything that can change what is built:
- the function, and a fingerprint of every argument: the exact bytes of each DataFrame or Series (a pickle,
  hashed with BLAKE2b), other arguments by type and value; an argument that cannot be fingerprinted
  (unhashable and not a frame) means no caching for that call;
- the viewer's language, role and scope (units), and the warehouse file's identity (path, inode,
  modification time), so a reload builds anew and a department never receives an object built for the CDO,
  even where both happen to see the same numbers.

The cache lives in the server process (shared by sessions), holds at most MAX_ENTRIES objects and drops the
least recently used first. Only pure builders belong in it: no Streamlit calls, no reading of the URL.
"""

import hashlib
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from cockpit.data_access import warehouse_version
from cockpit.i18n import Translator
from cockpit.presentation import style_figure
from cockpit.ui.context import current_viewer, language

MAX_ENTRIES = 1024


class Uncacheable(TypeError):
    """An argument has no fingerprint (unhashable and not a frame): the call is made without the cache."""


def fingerprint(value) -> tuple:
    """A hashable stand-in for value that is equal only for equal values of the same type."""
    if isinstance(value, pd.DataFrame | pd.Series | pd.Index):
        digest = hashlib.blake2b(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), digest_size=32).digest()
        return (type(value).__name__, digest)
    if isinstance(value, Translator):
        return ("Translator", value.lang)
    if isinstance(value, dict):
        return ("dict", tuple((fingerprint(k), fingerprint(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return (type(value).__name__, tuple(fingerprint(v) for v in value))
    try:
        hash(value)
    except TypeError as error:
        raise Uncacheable(f"no fingerprint for a {type(value).__name__}") from error
    return (type(value).__module__, type(value).__qualname__, value)


class SharedCache:
    """A thread-safe LRU of built objects (sessions run in threads of one process)."""

    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get_or_build(self, key, build: Callable):
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = build()  # outside the lock: a slow build does not hold up other sessions
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


CACHE = SharedCache(MAX_ENTRIES)


def viewer_key() -> tuple:
    """Language, role, scope and warehouse identity of this run's viewer."""
    viewer = current_viewer()
    return (language(), viewer.role, viewer.scope.units, warehouse_version())


def cached(function: Callable, *args):
    """function(*args), built once per (function, arguments, viewer_key()) and shared: do not change it."""
    try:
        key = (function.__module__, function.__qualname__, viewer_key(), fingerprint(args))
    except Uncacheable:
        return function(*args)
    return CACHE.get_or_build(key, lambda: function(*args))


@dataclass(frozen=True, eq=False)
class Chart:
    """A figure to build: show_chart(memo.chart(build, *args), height=...) builds and styles it once per key."""

    build: Callable[..., go.Figure]
    args: tuple

    def figure(self, height: int | None) -> go.Figure:
        """The styled figure, shared by every session: do not change it."""
        return cached(_styled, self.build, height, *self.args)


def chart(build: Callable[..., go.Figure], *args) -> Chart:
    return Chart(build, args)


def _styled(build: Callable[..., go.Figure], height: int | None, *args) -> go.Figure:
    return style_figure(build(*args), language(), height)


def clear() -> None:
    """Forget every shared object (tests; benchmarks of cold runs)."""
    CACHE.clear()
