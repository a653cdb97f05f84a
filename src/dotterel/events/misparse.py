"""Finite verbs the small parser read as adjectives of the noun after them.

The small English model often makes a finite verb an adjective (``amod``) of its object when something
unusual stands between the subject and the verb, or between the verb and its object's head noun: "Police
are patrolling crowded markets" (the auxiliary becomes the root and the object its attribute), "A gunman on
a motorbike fatally shot village chief X" (the subject becomes the root), "soldiers murdered and tortured
independence supporters" (the second verb of a pair). :func:`adjectival_verb` gives such a verb its
subject and object back, so a trigger rule reads it as the clause it is. The true adjectives stay adjectives:
"the captured fighters", "13 captured fighters were executed", "toured captured rebel bases", "poorly
patrolled coastlines", and gerund modifiers right before their noun ("are killing fields", "are raiding
parties", "marching bands").
"""

from __future__ import annotations

from .syntax import dated_finite_verb, is_passive

__all__ = ["adjectival_verb", "adverb_subject", "alias_subject", "object_conjunct_subject", "prepositional_verb_subject"]

# an object noun that is the subject of a later verb is modified, not governed: "the commander's recently
# captured fighters were freed"
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def _object_head(tok):
    """The head of the noun phrase an adjectival verb modifies ("shot village chief X": X), or None."""
    obj = tok.head
    if obj.pos_ not in ("NOUN", "PROPN") or obj.i < tok.i:
        return None
    while obj.dep_ == "compound" and obj.head.i > obj.i and obj.head.pos_ in ("NOUN", "PROPN"):
        obj = obj.head
    return None if obj.dep_ in _SUBJECT_DEPS else obj


def _before_adverbs(tok):
    """The nearest token before ``tok`` that is not a manner adverb ("fatally shot"), or None.

    A negation ("never", "not") is no manner adverb: it is returned, and the verb is left to the parse.
    """
    j = tok.i - 1
    while j >= tok.sent.start and tok.doc[j].pos_ == "ADV" and tok.doc[j].dep_ != "neg":
        j -= 1
    return tok.doc[j] if j >= tok.sent.start else None


def _after_auxiliary(tok, prev, obj):
    """The subject of a progressive or perfect verb hung on its object after its auxiliary, else None.

    "Hundreds of police are patrolling crowded markets", "troops have been patrolling Hebron", "the raid had
    targeted fishermen": a form of "be" before an -ing form, or of "have" before a past participle. An -ing
    form right before its noun is a gerund modifier ("are killing fields", "are raiding parties"), so "be"
    needs a word between the verb and its noun, or a name as the noun ("patrolling Nablus"). A modal or a
    negation in the auxiliaries ("will be patrolling", "are not patrolling") leaves the verb to the parse: its
    certainty hangs on words the misread verb does not govern.
    """
    chain = []
    j = prev.i
    while j >= tok.sent.start and tok.doc[j].pos_ in ("AUX", "PART", "ADV"):
        chain.append(tok.doc[j])
        j -= 1
    if any(t.tag_ == "MD" or t.dep_ == "neg" for t in chain):
        return None
    aux = prev.lemma_.lower()
    progressive = aux == "be" and tok.tag_ == "VBG" and (obj.pos_ == "PROPN" or tok.head.i > tok.i + 1)
    perfect = aux == "have" and tok.tag_ in ("VBN", "VBD")
    if not (progressive or perfect):
        return None
    for a in chain:
        for head in (a, a.head):
            subj = [c for c in head.children if c.dep_ in ("nsubj", "expl") and c.i < tok.i]
            if subj:
                return subj[0] if subj[0].dep_ == "nsubj" else None
    return None


def _opening_subject(tok, prev):
    """The sentence's opening noun phrase when a past verb after it is the sentence's only verb, else None.

    "A gunman on a motorbike fatally shot village chief X", "Helicopters from Van, on the border with Iran,
    bombed caves": the parser found no verb, made the subject the root and the verb an adjective of the object.
    """
    if tok.tag_ not in ("VBD", "VBN") or not (prev.pos_ in ("NOUN", "PROPN") or prev.text == ","):
        return None
    sent = tok.sent
    if any(t.pos_ in ("VERB", "AUX") for t in tok.doc[sent.start:tok.i]):
        return None
    root = sent[0]
    while root.head.i < tok.i and root.head != root and root.head.pos_ in ("NOUN", "PROPN"):
        root = root.head
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("ROOT", "nsubj") or root.i >= tok.i \
            or prev not in root.subtree:
        return None
    # a comma before the verb closes a phrase set in the subject ("The rebel group, under the command of X, bombed"):
    # a lone comma after an opening common noun makes a list ("Soldiers, captured rebels and aid workers at the camp",
    # a caption), where the noun after the participle is one of its members, not an object; a person's name before
    # it is the end of a subject whose apposition was cut ("... Jules Mutebutsi, captured towns")
    if prev.text == "," and sum(t.text == "," for t in tok.doc[root.i:tok.i]) < 2 \
            and tok.doc[prev.i - 1].ent_type_ != "PERSON":
        return None
    return root


def _second_of_pair(tok, prev):
    """The subject of a verb the small parser hung on the object after "and" ("murdered and tortured X")."""
    if prev.dep_ != "cc" or tok.tag_ not in ("VBD", "VBN"):
        return None
    first = _before_adverbs(prev)
    if first is None or first.pos_ != "VERB" or first.tag_ not in ("VBD", "VBN") or first.dep_ in ("amod", "compound", "acl"):
        return None
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "MD" and c.lemma_.lower() not in ("be", "have", "do")
           for c in first.children):
        # "Police found beaten and tortured bodies": a full verb the parser made the first one's auxiliary, so both
        # participles are adjectives of the noun
        return None
    # a past form with a subject of its own is finite (the small model tags "murdered" VBN as often as VBD)
    subj = [c for c in first.children if c.dep_ == "nsubj"]
    return subj[0] if subj else None


def adjectival_verb(tok):
    """The subject and object of a finite verb the parser read as an adjective of its object, else None.

    Four shapes of one misparse (the verb is ``amod`` or ``compound`` of a noun after it): after a date
    (:func:`dotterel.events.syntax.dated_finite_verb`), after an auxiliary (:func:`_after_auxiliary`), after
    the sentence's opening noun phrase with no other verb (:func:`_opening_subject`), and as the second verb
    of a pair (:func:`_second_of_pair`).

    Parameters
    ----------
    tok : spacy.tokens.Token
        A word a trigger rule matched, of a parsed sentence.

    Returns
    -------
    tuple[spacy.tokens.Token, spacy.tokens.Token] | None
        (subject head, object head); None when ``tok`` is not such a verb.
    """
    dated = dated_finite_verb(tok)
    if dated is not None:
        return dated
    if tok.pos_ != "VERB" or tok.dep_ not in ("amod", "compound"):
        return None
    obj = _object_head(tok)
    prev = _before_adverbs(tok)
    if obj is None or prev is None:
        return None
    if prev.pos_ == "AUX":
        subj = _after_auxiliary(tok, prev, obj)
    else:
        subj = _opening_subject(tok, prev) or _second_of_pair(tok, prev)
    return (subj, obj) if subj is not None else None


def prepositional_verb_subject(tok, lang):
    """The subject of a verb that takes no object, which the parser hung on a noun as a reduced relative, or None.

    "the cops resorted to a lathi charge", "policemen resorted to firing": the small model makes the noun phrase
    the root and "resorted" a participle modifying it ("the cops [who were] resorted"). A verb of the profile's
    ``prepositional_only_verbs`` has no passive, so it is the sentence's own verb: its subject is the noun
    phrase that opens the sentence, reached by climbing from the verb's noun through its modifiers ("the cops
    posted at the gate resorted to ..."). A sentence with a verb of its own ("the mob resorted to stone
    pelting") is parsed right and left alone, as is any other participle ("five men arrested in Surat", a
    headline's passive). A noun the parser made the object of a clause marker it read as a preposition
    (``markers_read_as_prepositions``: "students injured after cops resorted to lathi charge") is the
    subject of the marker's clause: it is the verb's subject, and no noun beyond the marker is (review
    rev19x: the climb made the injured students the chargers).

    Parameters
    ----------
    tok : spacy.tokens.Token
        A verb.
    lang : LanguageProfile
        ``prepositional_only_verbs``, ``markers_read_as_prepositions``.

    Returns
    -------
    spacy.tokens.Token | None
        The head of the opening noun phrase.
    """
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in lang.prepositional_only_verbs:
        return None
    cur = tok.head
    for _ in range(8):
        if cur.dep_ == "pobj" and cur.head.lower_ in lang.markers_read_as_prepositions:
            # "after cops resorted": the marker's object opens its clause; past the marker lies another clause
            return cur if cur == tok.head and cur.pos_ in ("NOUN", "PROPN") else None
        if cur.pos_ in ("NOUN", "PROPN") and cur.dep_ == "ROOT":
            return cur if cur.i < tok.i else None
        if cur.head == cur or cur.dep_ not in ("pobj", "prep", "acl", "compound", "conj"):
            return None
        cur = cur.head
    return None


def alias_subject(tok, lang) -> list:
    """The subject of a passive that the parser hung inside an opening alias phrase, or nothing.

    "Also known as the Falcon, Okello, who carries a forged passport, was captured in Kampala": the small model
    makes "Okello" an apposition of "the Falcon" (or a conjunct with no "and": "the Jackal, Van Rooyen"; or the
    object of "as" with the alias its modifier: "the Engineer, Ayyash") inside
    the opening participle ("known as ...", an ``advcl`` of the verb) and leaves the passive with no subject. A verb of the profile's ``alias_participles`` names a
    person by another name; the proper noun set beside that name, before the verb, is who the passive is
    about (English syntax of opening participial phrases; dotterel developers).

    Parameters
    ----------
    tok : spacy.tokens.Token
        A passive verb.
    lang : LanguageProfile
        ``alias_participles``.

    Returns
    -------
    list of spacy.tokens.Token
        The apposition; empty when the verb has a subject of its own or no such opening phrase.
    """
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubjpass") for c in tok.children):
        return []
    names = [n for c in tok.children if c.dep_ == "advcl" and c.i < tok.i and c.lemma_.lower() in lang.alias_participles
             for p in c.children if p.dep_ == "prep" and p.lower_ == "as" for n in p.children if n.dep_ == "pobj"]
    # "Known as the Engineer, Ayyash, who ..., was captured": or the name is the object of "as" and the alias its
    # modifier, a comma between them
    return [a for n in names for a in n.children if a.pos_ == "PROPN" and a.i < tok.i and (
        a.dep_ == "appos" or a.dep_ == "conj" and not any(c.dep_ == "cc" for c in n.children))][:1] or [
        n for n in names if n.pos_ == "PROPN" and n.i > 0 and n.doc[n.i - 1].text == "," and any(
            a.dep_ in ("nmod", "compound") and a.pos_ == "PROPN" and a.i < n.i - 1 for a in n.children)][:1]


def object_conjunct_subject(tok) -> list:
    """The subject of a passive conjunct that the small parser hung on the first verb's object as its conjunct.

    "Soldiers occupied the town and its residents were beaten", "... and villagers were beaten": the parser reads
    the noun after "and" as a second object of the first verb ("the town and its residents") and leaves the
    passive with no subject, so its patients were lost. Coordinated clauses each bring their own subject (Quirk
    et al. 1985, 13.41): a passive conjunct with no subject whose head verb's object has a noun conjunct ending
    right before the passive's own auxiliaries (only auxiliaries, a negation or an adverb of the passive between)
    has that noun as its subject. Returns ``[noun]``, or ``[]``.
    """
    if tok.dep_ != "conj" or not is_passive(tok) or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return []
    own = {c.i for c in tok.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod")}
    for obj in (c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i):
        for noun in (n for n in obj.conjuncts if obj.i < n.i < tok.i and n.pos_ in ("NOUN", "PROPN")):
            if own and set(range(noun.right_edge.i + 1, tok.i)) == own:
                return [noun]
    return []


def adverb_subject(tok):
    """The name the small parser read as an adverb of ``tok`` where it is the verb's subject, else None.

    "Bakhmut fell into the hands of Wagner fighters": the model tags an unknown capitalised word that opens the
    sentence right before a finite verb ADV/advmod, and the verb is left with no subject. A sentence-initial
    capitalised adverb right before a verb that has no subject of its own is returned; whether it names anything
    is the caller's to check (a real adverb, "Eventually fell", is no town the gazetteer holds).
    """
    if tok.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children):
        return None
    first = tok.doc[tok.i - 1]
    if first.i == tok.sent.start and first.head == tok and first.dep_ == "advmod" and first.pos_ == "ADV" \
            and first.text.istitle() and first.is_alpha:
        return first
    return None
