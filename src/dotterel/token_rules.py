"""The attribute ruler's token patterns, matched by a lookup per distinct token instead of spaCy's ``Matcher``.

The small English model's ``attribute_ruler`` (tag -> part of speech and
morphology, a few lemma and part-of-speech exceptions, and dotterel's own
lemma fixes: ``lang/<code>/profile.json`` ``lemma_fixes``) holds about 200
patterns of one or two tokens, each a conjunction of equality or ``IN`` /
``NOT_IN`` / ``REGEX`` tests on a few token attributes (``TAG``, ``LOWER``, ``DEP``,
``IS_SPACE``). spaCy's ``Matcher`` runs every pattern over every token: with
en_core_web_sm 3.8 that is about 28 µs a token, 11% of the whole pipeline's
time (issue 15's profile) and a quarter of the cheap first pass of the two
passes. Which token patterns a token satisfies depends only on the values of
those few attributes, so :class:`CompiledTokenPatterns` works it out once per
distinct tuple of values and looks it up for every other token with the same
values: the same matches, at about a tenth of the time.

It stands in for the ruler's ``matcher`` only (the ruler still sorts the
matches and sets the attributes: spaCy's ``AttributeRuler.match`` and
``set_annotations``, v3.8), and only when every pattern uses the features it
implements; otherwise the ruler keeps spaCy's ``Matcher``
(:func:`compile_attribute_ruler` returns ``False``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CompiledTokenPatterns", "compile_attribute_ruler"]

_ATTRS = ("ORTH", "LOWER", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE", "IS_PUNCT", "IS_DIGIT", "IS_ALPHA")
"""Token attributes a compiled pattern may test (read with ``Doc.to_array``)."""

_CACHE_LIMIT = 200_000
"""Distinct token value tuples remembered before the cache is emptied (a pure function of its key)."""


class CompiledTokenPatterns:
    """A drop-in for the ``Matcher`` of spaCy's ``AttributeRuler``, for patterns without operators.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
        The pipeline's vocabulary (pattern strings are compared as their
        string-store hashes, as ``Doc.to_array`` gives token values).
    patterns : sequence of (str, list of list of dict)
        ``(key, alternatives)`` in the ruler's order, as ``Matcher.get(key)``
        returns them.

    Raises
    ------
    ValueError
        When a pattern uses an operator, an attribute outside ``_ATTRS`` or
        a predicate other than equality, ``IN``, ``NOT_IN`` and ``REGEX``.
    """

    def __init__(self, vocab, patterns: Sequence[tuple[str, list[list[dict]]]] = ()) -> None:
        self.vocab = vocab
        self._patterns: dict[str, list[list[dict]]] = {}
        self._specs: list[tuple[tuple[str, str, object], ...]] = []  # (column, test, values) per token spec
        self._spec_ids: dict[str, int] = {}
        self._compiled: list[tuple[int, tuple[int, ...]]] = []  # (match key hash, spec ids in order)
        self._attrs: list[str] = []
        self._cache: dict[tuple, tuple] = {}
        for key, alternatives in patterns:
            self.add(key, alternatives)

    def __len__(self) -> int:
        return len(self._patterns)

    def __contains__(self, key: str) -> bool:
        return key in self._patterns

    def get(self, key: str, default=None):
        """``(None, alternatives)`` for ``key``, as ``Matcher.get`` returns it (no callback)."""
        return (None, self._patterns[key]) if key in self._patterns else default

    def add(self, key: str, alternatives: list[list[dict]], *, on_match=None, greedy=None) -> None:
        """Add the token patterns ``alternatives`` under ``key`` (``Matcher.add``'s signature)."""
        if on_match is not None or greedy is not None:
            raise ValueError("callbacks and greedy matching are not compiled")
        compiled = [(self.vocab.strings.add(key), tuple(self._spec_id(spec) for spec in pattern))
                    for pattern in alternatives]
        if any(not ids for _k, ids in compiled):
            raise ValueError("an empty pattern is not compiled")
        self._patterns.setdefault(key, []).extend(alternatives)
        self._compiled.extend(compiled)
        self._cache.clear()

    def _spec_id(self, spec: dict) -> int:
        tests = []
        for attr, value in sorted(spec.items()):
            if attr not in _ATTRS:
                raise ValueError(f"attribute {attr!r} is not compiled")
            if attr not in self._attrs:
                self._attrs.append(attr)
                self._cache.clear()
            if isinstance(value, dict):
                if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
                    raise ValueError(f"predicate {value!r} is not compiled")
                test, values = next(iter(value.items()))
                if test == "REGEX":
                    if attr.startswith("IS_") or not isinstance(values, str):
                        raise ValueError(f"predicate {value!r} is not compiled")
                    tests.append((attr, test, re.compile(values)))
                else:
                    tests.append((attr, test, frozenset(self._value(attr, v) for v in values)))
            else:
                tests.append((attr, "IN", frozenset([self._value(attr, value)])))
        name = repr(tests)
        if name not in self._spec_ids:
            self._spec_ids[name] = len(self._specs)
            self._specs.append(tuple(tests))
        return self._spec_ids[name]

    def _value(self, attr: str, value) -> int:
        if attr.startswith("IS_"):
            if not isinstance(value, bool):
                raise ValueError(f"{attr} takes a boolean, not {value!r}")
            return int(value)
        if not isinstance(value, str):
            raise ValueError(f"{attr} takes a string, not {value!r}")
        return self.vocab.strings.add(value) if value else 0  # spaCy hashes "" (a missing label) to 0

    def _build_index(self) -> None:
        """Index the specs by each (attribute, value) an ``IN`` test of theirs accepts, the patterns by first spec."""
        index: dict[tuple[str, int], list[int]] = {}
        unindexed = []
        for i, tests in enumerate(self._specs):
            keyed = [(attr, vals) for attr, test, vals in tests if test == "IN"]
            if not keyed:
                unindexed.append(i)
                continue
            attr, vals = min(keyed, key=lambda kv: len(kv[1]))  # a spec holds only where its IN test does
            for v in vals:
                index.setdefault((attr, v), []).append(i)
        by_first: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        for match_id, ids in self._compiled:
            by_first.setdefault(ids[0], []).append((match_id, ids))
        self._index, self._unindexed, self._by_first = index, tuple(unindexed), by_first

    def _satisfied(self, values: tuple) -> frozenset[int]:
        """The token specs a token with these attribute values (in ``self._attrs`` order) satisfies."""
        column = dict(zip(self._attrs, values, strict=True))

        def holds(attr: str, test: str, vals) -> bool:
            if test == "REGEX":  # spaCy's REGEX predicate: re.search on the attribute's string
                return vals.search(self.vocab.strings[column[attr]] if column[attr] else "") is not None
            return (column[attr] in vals) == (test == "IN")

        candidates = set(self._unindexed)
        for attr, value in column.items():
            candidates.update(self._index.get((attr, value), ()))
        return frozenset(i for i in candidates if all(holds(attr, test, vals) for attr, test, vals in self._specs[i]))

    def _reading(self, values: tuple) -> tuple[frozenset[int], tuple[int, ...], tuple]:
        """A token's satisfied specs, its one-token matches and the longer patterns that start with it."""
        specs = self._satisfied(values)
        starting = [pattern for spec in specs for pattern in self._by_first.get(spec, ())]
        singles = tuple(k for k, ids in starting if len(ids) == 1)
        longer = tuple((k, ids) for k, ids in starting if len(ids) > 1)
        return specs, singles, longer

    def __call__(self, doc, *, allow_missing: bool = False, as_spans: bool = False, with_alignments=False):
        """The ``(match_id, start, end)`` triples ``Matcher.__call__`` returns for ``doc``, in another order.

        ``allow_missing`` is accepted and ignored: a missing annotation reads
        as its empty value (a label hash of 0), which is what the ``Matcher``
        compares with ``allow_missing=True``, the ruler's call.
        """
        if as_spans or with_alignments:
            raise ValueError("only match triples are compiled")
        from spacy import attrs

        if not len(doc) or not self._compiled:
            return []
        if not self._cache:
            self._build_index()  # after a pattern was added (which empties the cache), or a first call
        rows = doc.to_array([getattr(attrs, a) for a in self._attrs]).reshape(len(doc), -1).tolist()
        cache = self._cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
            self._build_index()
        readings = []
        for row in rows:
            key = tuple(row)
            hit = cache.get(key)
            if hit is None:
                hit = cache[key] = self._reading(key)
            readings.append(hit)
        matches = []
        n = len(readings)
        for start, (_specs, singles, longer) in enumerate(readings):
            for match_id in singles:
                matches.append((match_id, start, start + 1))
            for match_id, ids in longer:
                end = start + len(ids)
                if end <= n and all(ids[k] in readings[start + k][0] for k in range(1, len(ids))):
                    matches.append((match_id, start, end))
        return matches


def compile_attribute_ruler(nlp, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler a :class:`CompiledTokenPatterns` in place of its ``Matcher``.

    Parameters
    ----------
    nlp : spacy.language.Language
    name : str
        The ruler's component name.

    Returns
    -------
    bool
        Whether the ruler now matches with the compiled patterns (``False``
        when there is no such component, or a pattern uses a feature not
        compiled: it keeps spaCy's ``Matcher`` then).
    """
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    keys = [str(i) for i in range(len(ruler.attrs))]  # AttributeRuler.add names pattern i by str(i)
    try:
        compiled = CompiledTokenPatterns(nlp.vocab, [(key, ruler.matcher.get(key)[1]) for key in keys])
    except (ValueError, TypeError, KeyError):
        return False
    ruler.matcher = compiled
    return True
