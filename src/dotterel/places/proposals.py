"""Proper nouns the small model mislabelled or left untyped that the syntax proposes as places.

Read by :meth:`~dotterel.places.mentions.DocumentPlaces.places`; each function reads spaCy tokens of the parsed
(normalised) document (spaCy's English pipelines, ClearNLP dependency labels) and the language profile's words
(``locative_prepositions``, ``place_nouns``, ``direction_words``, ``strike_object_verbs``,
``ground_taking_verbs``). Moved from :mod:`dotterel.places.syntax`, unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotterel.annotate import entities
from dotterel.places.mislabelled import fell_to_a_force
from dotterel.places.syntax import PLACE_LABELS

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile

__all__ = ["locative_propn", "mislabelled", "struck_names"]


def mislabelled(doc) -> list:
    """ORG, PERSON, NORP and LANGUAGE entities that may be toponyms the NER mislabelled.

    (The small model reads "the northern Aleppo countryside" as NORP and "the
    southern sector of Aleppo" as LANGUAGE; a demonym stays a people,
    :meth:`~dotterel.places.mentions.DocumentPlaces.places` skips those.)

    Proper nouns or words in capitals only ("Ohio", "GAINESVILLE",
    "Alexandria"), not overlapping a
    place entity; :func:`~dotterel.places.mislabelled.mislabelled_place` decides after
    resolution.
    """
    from spacy.tokens import Span

    taken = {t.i for e in entities(doc) if e.label_ in PLACE_LABELS for t in e}
    # "Sri Lanka's" (the possessive inside the entity) is "Sri Lanka"
    ents = [Span(doc, e.start, e.end - 1, label=e.label) if len(e) > 1 and e[-1].tag_ == "POS" else e
            for e in entities(doc)]
    return [
        e for e in ents
        if e.label_ in ("ORG", "PERSON", "NORP", "LANGUAGE") and all(t.pos_ == "PROPN" or (t.is_upper and t.is_alpha) for t in e)
        and not any(t.i in taken for t in e)
    ]


def struck_names(doc, lang: LanguageProfile) -> list:
    """Proper nouns no entity covers that an attack verb falls on ("Russian missiles hit Kyiv", "Homs was shelled").

    The direct object or passive subject of one of ``lang.strike_object_verbs`` or ``lang.ground_taking_verbs``
    ("RSF fighters seized Wad Madani"), or the subject of a falling verb whose "to" names a group
    ("Beledweyne fell to al-Shabaab militants", :func:`~dotterel.places.mislabelled.fell_to_a_force`); the small model often gives such a town no
    entity at all. Proposed as mislabelled names where no other proposal
    covers them (:meth:`~dotterel.places.mentions.DocumentPlaces.places`):
    :func:`~dotterel.places.mislabelled.mislabelled_place` keeps only a
    region or a town of some size that no person of the document is named.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    lang : LanguageProfile
        ``strike_object_verbs``.

    Returns
    -------
    list[spacy.tokens.Span]
        The proper-noun runs (with their compound proper nouns before:
        "Khan Younis"), in text order.
    """
    from spacy.tokens import Span

    covered = {t.i for e in entities(doc) for t in e}
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in covered or not fell_to_a_force(tok, lang, None) and (
                tok.dep_ not in ("dobj", "nsubjpass")
                or tok.head.lemma_.lower() not in {*lang.strike_object_verbs, *lang.ground_taking_verbs}):
            continue
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start = left[0].i if left else tok.i
        if not any(i in covered for i in range(start, tok.i)):
            out.append(Span(doc, start, tok.i + 1))
    return out


def locative_propn(doc, lang: LanguageProfile) -> list:
    """Proper-noun phrases the NER missed but the syntax marks as places.

    "in the city of Zhanaozen", "in Arequipa": a proper noun that is the
    object of a locative preposition, or of "of" after a place noun (one
    after "the" is kept: "in the Bekaa" is a region; the caller drops a town
    read after "the", :meth:`~dotterel.places.mentions.DocumentPlaces.places`).
    """
    out = []
    taken = {t.i for e in entities(doc) if e.label_ in PLACE_LABELS for t in e}
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or tok.i in taken:
            continue
        prep = tok.head
        governor = prep.head.lemma_.lower()
        named_place = prep.lower_ == "of" and (governor in lang.place_nouns or governor in lang.direction_words)
        if prep.lower_ in lang.locative_prepositions or named_place:
            # an ORG or PERSON after "the village of" is a place the NER mislabelled, unless the place noun
            # is part of a name or figurative ("State of the Soil", "the capital of Coptic Christianity")
            literal = named_place and prep.head.is_lower and governor != "capital"
            if tok.ent_type_ in ("NORP", "DATE") or (tok.ent_type_ in ("ORG", "PERSON") and not literal):
                continue
            left = [c for c in tok.lefts if c.dep_ in ("compound", "punct") and c.pos_ == "PROPN"]
            start = left[0].i if left else tok.i
            out.append((doc[start : tok.i + 1], named_place and governor in lang.place_nouns))
    return out
