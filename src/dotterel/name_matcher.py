"""The knowledge base's names as a spaCy component that scales with the number of names.

spaCy's ``entity_ruler`` makes each phrase pattern by running the pipeline
before it (tok2vec, tagger, parser, attribute ruler, lemmatizer) over the
phrase, so with ``phrase_matcher_attr="LOWER"`` it spends ~1.3 s on a few
hundred names and a minute on tens of thousands, to read nothing but the
tokens. :class:`NameMatcher` makes the phrase docs with the tokenizer alone
and keeps them in a dict of token sequences keyed on their first lower-case
token (the matching a ``PhraseMatcher`` on ``LOWER`` does, without a
lexeme per new word and per key), and annotates exactly as ``entity_ruler`` with
``overwrite_ents=True`` does: the longest match wins, then the earliest; a
match replaces the entities it overlaps; the pattern's ``id`` becomes the
entity's ``id_`` (spaCy's ``entity_ruler`` source, v3.8:
``EntityRuler.match`` and ``EntityRuler.set_annotations``).

Patterns are ``entity_ruler`` patterns: ``{"label": str, "pattern": str |
list[dict], "id": str}``; a string is matched on ``LOWER`` (case-insensitive,
as the ruler was configured), a list is a token pattern (``ORTH`` for
case-sensitive abbreviations).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["COMPONENT", "NameMatcher", "add_name_matcher"]

COMPONENT = "dotterel_kb_names"
"""The component's name and factory in a loaded pipeline."""

_SEP = "||"  # spaCy's DEFAULT_ENT_ID_SEP: the key of a pattern with an id is "LABEL||id"


class NameMatcher:
    """Tags the knowledge base's names as entities, before the statistical NER.

    Phrase patterns live in a dict keyed on their first token's lower-case
    text, so matching a document costs one lookup per token plus the checks
    of the names that start with that token, whatever the number of names.

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
        The pipeline's vocabulary (match keys are hashed in its string store,
        as spaCy's matchers do).

    Examples
    --------
    >>> matcher = add_name_matcher(nlp, [{"label": "ORG", "pattern": "Human Rights Watch", "id": "HRW"}])  # doctest: +SKIP
    >>> [(e.text, e.label_, e.id_) for e in nlp("human rights watch said").ents]  # doctest: +SKIP
    [('human rights watch', 'ORG', 'HRW')]
    """

    def __init__(self, vocab) -> None:
        self.vocab = vocab
        self._phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}  # first lower token -> (rest, key)
        self._orth: dict[str, list[int]] = {}  # single-token ORTH patterns: text -> keys
        self._other = None  # spacy.matcher.Matcher for any other token pattern
        self._ent_ids: dict[int, tuple[str, str]] = {}
        self._count = 0

    def __len__(self) -> int:
        """The number of patterns added."""
        return self._count

    def add_patterns(self, patterns: Iterable[Mapping[str, Any]], *, tokenizer) -> None:
        """Add ``entity_ruler`` patterns.

        Parameters
        ----------
        patterns : iterable of mapping
            ``{"label", "pattern", "id"}`` as :func:`dotterel.annotate.ruler_patterns` gives.
        tokenizer : spacy.tokenizer.Tokenizer, keyword-only
            The pipeline's tokenizer (``nlp.tokenizer``). Phrases are split by
            a copy of it with the same rules over a bare vocabulary (the
            pipeline's vocabulary would compute a dozen lexical attributes for
            each new word, most of the ruler's cost); a phrase of plain ASCII
            letters and spaces with no special case is split on spaces, which
            is what the tokenizer does with it.

        Raises
        ------
        ValueError
            A pattern is neither a string nor a list of token dicts.
        """
        strings = self.vocab.strings
        pending: list[tuple[str, int]] = []
        for entry in patterns:
            label, pattern, ent_id = entry["label"], entry["pattern"], entry.get("id")
            name = f"{label}{_SEP}{ent_id}" if ent_id else label
            key = strings.add(name)
            if ent_id:
                self._ent_ids[key] = (label, ent_id)
            self._count += 1
            if isinstance(pattern, str):
                words = pattern.split()
                if all(w.isascii() and w.isalpha() and w not in tokenizer.rules for w in words) and words:
                    self._add_phrase(tuple(w.lower() for w in words), key)
                else:
                    pending.append((pattern, key))
            elif isinstance(pattern, list):
                if len(pattern) == 1 and set(pattern[0]) == {"ORTH"}:
                    self._orth.setdefault(pattern[0]["ORTH"], []).append(key)
                else:
                    if self._other is None:
                        from spacy.matcher import Matcher

                        self._other = Matcher(self.vocab)
                    self._other.add(name, [pattern])
            else:
                raise ValueError(f"pattern {pattern!r} of {name!r} is neither a string nor a list of token dicts")
        if pending:
            for doc, (_text, key) in zip(_bare_copy(tokenizer).pipe(t for t, _k in pending), pending):
                self._add_phrase(tuple(t.text.lower() for t in doc), key)

    def _add_phrase(self, lowers: tuple[str, ...], key: int) -> None:
        if lowers:
            bucket = self._phrases.setdefault(lowers[0], [])
            if (lowers[1:], key) not in bucket:
                bucket.append((lowers[1:], key))

    def match(self, doc) -> list[tuple[int, int, int]]:
        """Matches of ``doc`` as (key, start token, end token), longest first, then earliest.

        The same matches, in the same order, as spaCy's ``PhraseMatcher`` on
        ``LOWER`` plus ``Matcher`` on ``ORTH`` inside ``entity_ruler``.
        """
        lowers = [t.lower_ for t in doc]
        n = len(lowers)
        found: list[tuple[int, int, int]] = []
        phrases, orth = self._phrases, self._orth
        for i, low in enumerate(lowers):
            for rest, key in phrases.get(low, ()):
                j = i + 1 + len(rest)
                if j <= n and (not rest or tuple(lowers[i + 1:j]) == rest):
                    found.append((key, i, j))
            if orth:
                for key in orth.get(doc[i].text, ()):
                    found.append((key, i, i + 1))
        if self._other is not None:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message="\\[W036")
                found.extend(self._other(doc))
        final = {(m_id, start, end) for m_id, start, end in found if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)

    def __call__(self, doc):
        """Set the matches as ``doc.ents``, replacing the entities they overlap."""
        from spacy.tokens import Span

        entities = list(doc.ents)
        new_entities = []
        seen: set[int] = set()
        for match_id, start, end in self.match(doc):
            if start in seen or end - 1 in seen:
                continue
            if match_id in self._ent_ids:
                label, ent_id = self._ent_ids[match_id]
                span = Span(doc, start, end, label=label, span_id=ent_id)
            else:
                span = Span(doc, start, end, label=match_id)
            new_entities.append(span)
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        # Assigned even when nothing matched, as the ruler does: the setter
        # marks the tokens' entity state, which the NER after it reads.
        doc.ents = entities + new_entities
        return doc


def _bare_copy(tokenizer):
    """The tokenizer's rules over a fresh vocabulary with no lexical attributes to compute."""
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

    return Tokenizer(Vocab(), rules=tokenizer.rules, prefix_search=tokenizer.prefix_search,
                     suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
                     token_match=tokenizer.token_match, url_match=tokenizer.url_match,
                     faster_heuristics=tokenizer.faster_heuristics)


def add_name_matcher(nlp, patterns: Iterable[Mapping[str, Any]], *, before: str = "ner") -> NameMatcher:
    """Add a :class:`NameMatcher` with ``patterns`` to ``nlp``, before ``before``.

    Parameters
    ----------
    nlp : spacy.language.Language
    patterns : iterable of mapping
        ``entity_ruler`` patterns.
    before : str, keyword-only
        The component it goes before (the statistical NER).

    Returns
    -------
    NameMatcher
        The component, as added to ``nlp`` under :data:`COMPONENT`.
    """
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=lambda nlp, name: NameMatcher(nlp.vocab))
    component = nlp.add_pipe(COMPONENT, before=before)
    component.add_patterns(patterns, tokenizer=nlp.tokenizer)
    return component
