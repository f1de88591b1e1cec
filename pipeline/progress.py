"""Progress events from wherever documents are processed (library loop or Prefect task) to whoever shows them."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

_listeners: list[Callable[[object], None]] = []


@contextmanager
def listening(callback: Callable[[object], None]) -> Iterator[None]:
    _listeners.append(callback)
    try:
        yield
    finally:
        _listeners.remove(callback)


def report(result: object) -> None:
    for callback in list(_listeners):
        callback(result)
