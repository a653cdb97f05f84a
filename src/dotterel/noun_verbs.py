"""Verbs the small English tagger reads as nouns, read back as verbs before the lemmatizer.

Split from :mod:`dotterel.annotate` (module size): the pipeline component ``dotterel_headline_verbs``
(:class:`_HeadlineVerbs`), registered there. Its word lists are the language profile's.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__: list[str] = []

# the words of a noun phrase before its head noun, which the parser hangs on a misread verb with its doer
_NOUN_MODIFIERS = ("det", "amod", "nummod", "poss", "compound")


class _HeadlineVerbs:
    """Read a headline's present-tense verb that the small model takes for a noun as the verb it is.

    In a headline the tagger may read a bare present-tense verb as a noun, and the parser, which does not read
    the tags, then either gives it a subject and an object as it gives a verb ("Protesters storm parliament in
    Colombo", "Rebels shell the town") or makes it a compound inside one long noun phrase ("Police fire tear gas
    at protesters": "police fire tear gas"; "Army shells rebel positions"). Before the lemmatizer reads it:

    * a noun the parser made a clause's root with a subject before it and an object or phrase after it, and
      nothing that only a noun takes (determiner, adjective, number, possessor, compound), is tagged a verb
      (``VBZ`` for a word the tagger read as a plural, ``VBP`` otherwise): a noun has no subject; such a root ``NN``
      with "and" and a past verb right after it is a past verb (``VBD``): "A masked gunman shot and killed X", and
      so is one whose doer the parser made its compound, the doer then its subject ("A lone sniper shot and killed X");
    * in a sentence with no verb at all, a noun the profile lists as a headline verb (``headline_verb_nouns``)
      right after a noun of the doers (``security_nouns``, ``protester_nouns``, ``troop_nouns`` and
      ``headline_doer_nouns``), with a noun after it, becomes the root: the doer its subject, the phrase's head
      its object, the head's prepositional phrases its own ("fire ... at protesters"), when the two agree in
      number as a headline's present tense does ("Army shells ...", "Troops shell ...", "Police fire ...":
      profile ``plural_mass_nouns`` and the plural ``coref_pronouns``); a base form after a singular doer is a compound noun ("Army attack
      helicopters over Kharkiv", "Government block grant"). The first reading asks the same agreement of the
      parser's subject and the word: a noun read as ``NN`` is a base form, one read as ``NNS`` a third-person one.

    Every other sentence is left as parsed.
    """

    def __init__(self, verbs: Sequence[str], doers: Sequence[str], plurals: Sequence[str] = (),
                 pairs: Sequence[str] = ()) -> None:
        self.verbs = frozenset(verbs)
        self.pairs = frozenset(pairs)
        self.doers = frozenset(doers)
        self.plurals = frozenset(plurals)

    def __call__(self, doc):
        for tok in doc:
            if tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and any(
                    c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN", "PRON") for c in tok.children) \
                    and not any(c.dep_ in ("det", "amod", "nummod", "poss", "compound", "aux", "cop")
                                for c in tok.children):
                if any(c.dep_ in ("dobj", "prep") and c.i > tok.i for c in tok.children) \
                        and all(self._plural(c) == (tok.tag_ == "NN") for c in tok.children if c.dep_ == "nsubj"):
                    self._verb(tok)
                elif tok.tag_ == "NN" and self._past_pair(tok):
                    tok.tag_, tok.pos_ = "VBD", "VERB"
            elif tok.dep_ == "ROOT" and tok.tag_ == "NN" and self._past_pair(tok) and self._compound_doer(tok):
                doer = tok.doc[tok.i - 1]
                for c in tok.children:
                    # the doer's own words, not a phrase set first ("Last month, an assailant shot ...")
                    if c.i < doer.i and c.dep_ in _NOUN_MODIFIERS and not any(
                            t.is_punct for t in tok.doc[c.i:doer.i]):
                        c.head = doer
                doer.dep_ = "nsubj"
                tok.tag_, tok.pos_ = "VBD", "VERB"
        if self.verbs:
            for sent in doc.sents:
                if not any(t.pos_ in ("VERB", "AUX") for t in sent):
                    self._compound_verb(sent)
        return doc

    def _past_pair(self, tok) -> bool:
        """Whether "and" and a past verb of harm follow ``tok`` at once: "A masked gunman shot and killed X".

        The second verb is one of the profile's ``paired_harm_pasts``: "The cameraman shot and edited a film" is
        left as parsed.
        """
        nxt = tok.doc[tok.i + 1: tok.i + 3]
        return len(nxt) == 2 and nxt[0].dep_ == "cc" and nxt[0].lower_ == "and" and nxt[1].dep_ == "conj" \
            and nxt[1].head == tok and nxt[1].tag_ == "VBD" and nxt[1].lower_ in self.pairs

    @staticmethod
    def _compound_doer(tok) -> bool:
        """Whether the noun right before ``tok`` is its doer read as a compound: "A lone sniper shot and killed X".

        The second verb has an object of its own and no verb stands before ``tok`` in its sentence.
        """
        doer = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
        if doer is None or doer.dep_ != "compound" or doer.head != tok or doer.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in tok.doc[tok.sent.start:tok.i]):
            return False
        return any(c.dep_ == "dobj" for c in tok.doc[tok.i + 2].children)

    @staticmethod
    def _verb(tok) -> None:
        tok.tag_ = "VBZ" if tok.tag_ == "NNS" else "VBP"
        tok.pos_ = "VERB"

    def _agree(self, doer, verb) -> bool:
        """Whether ``doer`` and the present-tense ``verb`` agree in number ("Army shells", "Troops shell")."""
        word = verb.lower_
        third = word.endswith("s") and (word[:-1] in self.verbs or (word.endswith("es") and word[:-2] in self.verbs))
        return third != self._plural(doer)

    def _plural(self, tok) -> bool:
        """Whether the noun ``tok`` takes a plural verb ("troops", "police")."""
        return tok.tag_ in ("NNS", "NNPS") or tok.lower_ in self.plurals

    def _compound_verb(self, sent) -> None:
        for verb in sent:
            if verb.i == sent.start or verb.i + 1 >= sent.end or verb.lower_ not in self.verbs \
                    or verb.pos_ != "NOUN" or verb.tag_ not in ("NN", "NNS"):
                continue
            doer, after = verb.doc[verb.i - 1], verb.doc[verb.i + 1]
            if doer.pos_ not in ("NOUN", "PROPN") or not {doer.lower_, doer.lemma_.lower()} & self.doers \
                    or after.pos_ not in ("NOUN", "PROPN", "ADJ") or doer.dep_ != "compound" \
                    or not self._agree(doer, verb):
                continue
            if verb.dep_ == "ROOT" and doer.head == verb:
                obj = next((c for c in verb.children if c.dep_ in ("dobj", "appos", "compound") and c.i > verb.i), None)
                if obj is None:
                    continue
                doer.dep_ = "nsubj"
                obj.dep_ = "dobj"
            elif verb.dep_ == "compound" and _phrase_head(verb).dep_ == "ROOT" and verb.head.i > verb.i \
                    and _phrase_head(verb).pos_ in ("NOUN", "PROPN") and doer.head in (verb, verb.head):
                head = _phrase_head(verb)  # "Rebels attack army base": past the object's own compound
                moved = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
                # "riot police fire ...": the doer's own modifiers, which the parser hung on the phrase's head
                before = [c for c in head.children if c.i < doer.i]
                verb.head, verb.dep_ = verb, "ROOT"
                head.head, head.dep_ = verb, "dobj"
                doer.head, doer.dep_ = verb, "nsubj"
                for c in moved:
                    c.head = verb
                for c in before:
                    c.head = doer
            else:
                continue
            self._verb(verb)
            return


def _phrase_head(tok):
    """The head noun of the compound chain ``tok`` starts ("attack army base": "base")."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def _make_headline_verbs(nlp, name: str, verbs: list[str], doers: list[str], plurals: list[str],
                         pairs: list[str]) -> _HeadlineVerbs:
    """The factory of :class:`_HeadlineVerbs` for spaCy."""
    return _HeadlineVerbs(verbs, doers, plurals, pairs)
