"""A Scan's pyahocorasick automata kept packed in the table cache and unpacked only when a pass needs them.

Why: where the compiled pass is built (enrich/_scanhits.pyx, enrich/native_scan.py), `Scan.find` reads the Scan's
flat arrays and never its pyahocorasick automata, yet every process unpickled them at start-up: ~7.4 MB of the
classifier's rules table, ~0.04 s of a ~0.5 s start-up. They are now pickled as one bytes value (a copy, not a
rebuild, when loaded) and turned back into automata on first use: by the pure Python pass (no compiled module, or
SURVTRACK_PURE_PYTHON=1) or by tests that read them. The automata are the same ones either way."""
from __future__ import annotations

import pickle
from typing import Any

_LAZY = ("automata", "cjk_automata")  # the Scan attributes kept packed
_PACKED = "_automata_packed"


class LazyAutomata:
    """Mixin for fastscan.Scan: pickles `automata` and `cjk_automata` as one bytes value, unpacked on first read."""

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if all(name in state for name in _LAZY):  # (else still packed, as loaded: kept so)
            state[_PACKED] = pickle.dumps(tuple(state.pop(name) for name in _LAZY), protocol=pickle.HIGHEST_PROTOCOL)
        return state

    def __getattr__(self, name: str) -> Any:
        """Called only for attributes not set: the automata of a Scan loaded packed, unpacked now."""
        packed = self.__dict__.get(_PACKED) if name in _LAZY else None
        if packed is None:
            raise AttributeError(name)
        for attribute, value in zip(_LAZY, pickle.loads(packed), strict=True):
            setattr(self, attribute, value)
        del self.__dict__[_PACKED]
        return self.__dict__[name]
