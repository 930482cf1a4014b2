# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""Scan.find's automaton pass and per-hit loop in compiled code (optional: enrich/fastscan.py falls back to
pyahocorasick and a Python loop when this module is not built, or SURVTRACK_PURE_PYTHON=1).

The automaton is fastscan's own Aho-Corasick over the same words (`fastscan.NativeAutomaton`: flat arrays, built and
pickled with the Scan); the hits are those of pyahocorasick's `iter` in the same order (by end, then the longest
word first along the failure links), written straight into the caller's {position: mask} dicts: no tuple made and
unpacked per hit. `VERSION` must equal fastscan.NATIVE_VERSION (a stale build is not used)."""

VERSION = 1

cdef extern from "Python.h":
    int PyUnicode_KIND(object)
    void *PyUnicode_DATA(object)
    Py_UCS4 PyUnicode_READ(int, void *, Py_ssize_t)


def find_into(str hay, Py_ssize_t lo, Py_ssize_t hi, const unsigned short[::1] cmap, dict astral,
              const int[::1] root, const int[::1] e_first, const int[::1] e_cls, const int[::1] e_next,
              const int[::1] fail, const int[::1] o_first, const int[::1] o_back, const int[::1] o_n,
              const long long[::1] o_bit, list general, list found):
    """Every hit of the automaton in hay[lo:hi] into `found` (per member, {start: mask}; see Scan.find)."""
    cdef int kind = PyUnicode_KIND(hay)
    cdef void *data = PyUnicode_DATA(hay)
    cdef Py_ssize_t i, k, a, b, start
    cdef int s = 0, c, t, n
    cdef Py_UCS4 ch
    cdef long long bit
    cdef dict masks
    for i in range(lo, hi):
        ch = PyUnicode_READ(kind, data, i)
        if ch < 65536:
            c = cmap[ch]
        else:
            c = astral.get(ch, 0)
        if c == 0:  # a character no word holds: back to the root
            s = 0
            continue
        while True:
            if s == 0:
                s = root[c]
                break
            t = -1
            a = e_first[s]
            b = e_first[s + 1]
            for k in range(a, b):
                if e_cls[k] == c:
                    t = e_next[k]
                    break
            if t >= 0:
                s = t
                break
            s = fail[s]
        if s == 0:
            continue
        for k in range(o_first[s], o_first[s + 1]):
            start = i - o_back[k]
            n = o_n[k]
            if n >= 0:
                masks = <dict>found[n]
                bit = o_bit[k]
                if bit == 0:
                    masks[start] = 1
                else:
                    masks[start] = masks.get(start, 0) | bit
            else:
                _general(general[-1 - n], start, found)


cdef _general(tuple value, Py_ssize_t start, list found):
    plain, other = value
    for n in plain:
        (<dict>found[n])[start] = 1
    for n, bit in other:
        masks = <dict>found[n]
        masks[start] = masks.get(start, 0) | bit
