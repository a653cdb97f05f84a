"""spaCy's rule lemmatizer with every reading remembered and each document read as one array.

The lemmas are spaCy's own (``Lemmatizer.rule_lemmatize``); only the
bookkeeping around them changes, and its word index is held as sets. :func:`remember_lemmas` is applied by
:func:`dotterel.annotate.load_pipeline`; :func:`dotterel.annotate.bound_lemma_cache`
keeps the shared cache bounded between memory zones.
"""

from __future__ import annotations

__all__ = ["remember_lemmas"]


class _RememberedLemmas:
    """A rule lemmatizer that remembers every reading and reads a document's words as one array.

    spaCy 3.8's ``Lemmatizer`` visits each token as a Python object and keeps
    a reading in its cache only when it went through the suffix rules (a
    word already in its base form, a proper noun and a part of speech with
    no rules are worked out again at each token): 7% of the whole
    pipeline's time. Every reading is a pure function of the word, its part
    of speech and its morphology (``is_base_form`` reads only those), so
    :meth:`pipe` reads the three as one array per document, looks each up
    in the lemmatizer's own ``cache`` (which :func:`bound_lemma_cache`
    bounds), asks ``rule_lemmatize`` only on a miss, and writes the lemmas
    back as one array: the same lemmas, as the lemmatizer's ``overwrite``
    setting says (only where none is set yet, by default).
    """

    def __init__(self, lemmatizer) -> None:
        self.cache = lemmatizer.cache
        self.read = lemmatizer.rule_lemmatize
        self.overwrite = lemmatizer.overwrite

    def __call__(self, token) -> list[str]:
        """``rule_lemmatize(token)``, remembered (the lemmatizer's ``lemmatize`` on a single Doc)."""
        key = (token.orth, token.pos, token.morph.key)
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = self.read(token)
        return hit

    def pipe(self, docs, **_kwargs):
        """Set each token's lemma, document by document (``nlp.pipe`` calls this in place of the component)."""
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        cache, read, overwrite = self.cache, self.read, self.overwrite
        for doc in docs:
            strings = doc.vocab.strings
            lemmas = []
            for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
                if overwrite or lemma == 0:
                    key = (orth, pos, morph)
                    hit = cache.get(key)
                    if hit is None:
                        hit = cache[key] = read(doc[i])
                    lemma = strings.add(hit[0])
                lemmas.append(lemma)
            if lemmas:
                doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
            yield doc


def _index_as_sets(lemmatizer) -> None:
    """Hold each part of speech's word list of the ``lemma_index`` table as a set.

    ``rule_lemmatize`` asks ``form in index`` for every form its suffix rules
    make, and the table holds lists (57,528 nouns): each new word was a scan
    of them, which made a word the lemmatizer had not seen cost ~100 µs.
    A set answers the same membership at once. The table is never written
    back (the pipeline is not saved).
    """
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is None:
        return
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


def remember_lemmas(nlp) -> bool:
    """Give the pipeline's rule lemmatizer a :class:`_RememberedLemmas` (its ``lemmatize`` and ``pipe``).

    Parameters
    ----------
    nlp : spacy.language.Language

    Returns
    -------
    bool
        Whether a lemmatizer in rule mode was found (others are left as
        they are).
    """
    found = False
    for _name, pipe in nlp.components:
        if type(pipe).__name__.endswith("Lemmatizer") and getattr(pipe, "mode", None) == "rule" \
                and isinstance(getattr(pipe, "cache", None), dict):
            _index_as_sets(pipe)
            remembered = _RememberedLemmas(pipe)
            pipe.lemmatize = remembered
            pipe.pipe = remembered.pipe
            found = True
    return found
