# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False, cdivision=True
"""Scan.find's automaton pass and per-hit loop in compiled code (optional: enrich/fastscan.py falls back to
pyahocorasick and a Python loop when this module is not built, or SURVTRACK_PURE_PYTHON=1).

The automaton is fastscan's own Aho-Corasick over the same words (`fastscan.NativeAutomaton`: flat arrays, built and
pickled with the Scan); the hits are those of pyahocorasick's `iter` in the same order (by end, then the longest
word first along the failure links), written straight into the caller's {position: mask} dicts: no tuple made and
unpacked per hit. `VERSION` must equal native_scan.NATIVE_VERSION (a stale build is not used).

`scan_candidates` is the classifier's lane loop (enrich/classify/matcher.py `_scan_candidates`: the same tries in
the same order) with its per-position tests in C; the cue patterns are still tried by `re`."""

VERSION = 2

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


def scan_candidates(str folded, list starts, dict at_word_start, dict inside_word, const unsigned char[::1] alnum,
                    frozenset alnum_chars, dict lane_masks, dict chosen, object pick, object trim, dict found):
    """matcher._scan_candidates: at each candidate position that opens a cue at a word start (no letter or digit
    before it; `alnum` marks those of the BMP, `alnum_chars` holds them all) or inside a word, the lanes the
    position's mask selects (`chosen[(word start, character, mask)]`, made by `pick` when missing: (match,
    where-free key, taxonomy id, id rules) per lane) are tried in order, each only past its last match's end."""
    cdef int kind = PyUnicode_KIND(folded)
    cdef void *data = PyUnicode_DATA(folded)
    cdef Py_ssize_t pos, end
    cdef Py_UCS4 before
    cdef bint word_start
    cdef dict next_free = {}
    cdef tuple entry
    cdef object ch, key, entries, m, free, lanes
    for at in starts:
        pos = at
        ch = folded[pos]
        word_start = False
        if ch in at_word_start:
            if pos == 0:
                word_start = True
            else:
                before = PyUnicode_READ(kind, data, pos - 1)
                if before < 65536:
                    word_start = alnum[before] == 0
                else:
                    word_start = folded[pos - 1] not in alnum_chars
        if not word_start and ch not in inside_word:
            continue
        lanes = lane_masks.get(at, 0)
        key = (word_start, ch, lanes)
        entries = chosen.get(key)
        if entries is None:
            entries = chosen[key] = pick(word_start, ch, lanes)
        for entry in <list>entries:
            free = next_free.get(entry[1])
            if free is not None and pos < <Py_ssize_t>free:
                continue
            m = entry[0](folded, at)
            if m is None:
                continue
            end = m.end()
            if end == pos:
                continue
            next_free[entry[1]] = end
            (<list>found[entry[2]]).append(trim(folded, m, entry[3]))
