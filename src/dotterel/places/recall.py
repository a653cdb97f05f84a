"""Toponyms the small NER model misses, found by matching gazetteer names in the text.

spaCy's small English model labels many town names as nothing, a person
or an organisation, and never labels the place inside an organisation's name
("the Mansfield Police Department"). :func:`gazetteer_spans` proposes the
proper-noun runs that could be such names; :func:`accept` decides, after
the gazetteer has resolved them in the document's context, which are
toponyms. Two kinds are proposed:

``gazetteer``
    A run of proper nouns that no entity covers, or that is a whole
    entity of a kind that cannot be a person ("Herat" tagged as nothing,
    "Lekki" tagged PRODUCT). It may place an event.
``name_part``
    The leading proper nouns of an organisation, facility or event name
    ("*Mansfield* Police Department", "*Texas* Community Development
    Block Grant") or the name after its "of" ("University of *Rochester*",
    "Bank of *Canada*"). It is a toponym of the document (geoparsing sets
    such as LGL annotate them) but says where the organisation is, not where
    an event happened, so the event locator never uses it.

The context checks that keep people and common words out (the source of
each is the fault reports in ``cases/``: "Jordan" the person, "Georgia" the
state or the country):

* every token is a proper noun (spaCy's ``PROPN``) written with a capital,
  so a capitalised common word at the start of a sentence is not tried;
* no token is part of a PERSON, NORP, date or number entity, nor preceded
  by an honorific ("Mr.", "Gov.", ``lang.honorifics``) or a number ("100
  B.C."); the run is no word of a person's name found elsewhere in the
  document ("David Hopkins ... Hopkins said"), and not one word that opens
  a sentence;
* a run of two proper nouns or more is tried whole (no prefix of
  "Jordan Smith" is tried), except the leading words of an organisation
  name;
* the gazetteer must know the name exactly (a country name or alias, an AP
  region abbreviation, or an exact main or alternate GeoNames name; never a
  fuzzy match), and :func:`accept` asks more of a name with no locative
  context (:data:`SMALL_TOWN`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.places._fold import fold

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Place

__all__ = ["gazetteer_spans", "accept", "SMALL_TOWN", "NAMED_ENTITY_LABELS"]

#: Population under which a town found only by its name needs a locative
#: context (after "in", "near"..., before ", <region>", before a setting
#: or local noun) or a region of the document around it.
SMALL_TOWN = 50_000

#: Entity labels (spaCy's) whose leading words may be a toponym inside a name.
NAMED_ENTITY_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"})
_NEVER = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                    "LANGUAGE", "LAW"})


def _name_token(tok) -> bool:
    return tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper or tok.text[:1].isupper()) and any(
        c.isalpha() for c in tok.text)


def _known(gaz: Gazetteer, text: str) -> bool:
    """Whether the gazetteer holds ``text`` exactly (a country, an abbreviation or a GeoNames name)."""
    return bool(gaz.country_alias(text) or gaz.abbreviation(text) is not None or gaz.exact(fold(text)))


def gazetteer_spans(doc, taken: set[int], gaz: Gazetteer, lang: LanguageProfile) -> list[tuple[object, str]]:
    """Proper-noun runs that the gazetteer knows exactly and no place mention covers.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    taken : set[int]
        Indices of tokens already in a place mention (NER, syntax or
        mislabelled entities); runs touching them are not proposed.
    gaz : Gazetteer
        Tells whether a name is known exactly.
    lang : LanguageProfile
        ``honorifics``.

    Returns
    -------
    list[tuple[spacy.tokens.Span, str]]
        ``(span, kind)`` with kind ``"gazetteer"`` or ``"name_part"`` (module
        docstring), in text order.
    """
    out: list[tuple[object, str]] = []
    # "David Hopkins ... Hopkins said": a word of a person's name is that person elsewhere too
    person_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e}
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not _name_token(tok) or i in taken or tok.ent_type_ in _NEVER:
            i += 1
            continue
        j = i
        while j + 1 < n and _name_token(doc[j + 1]) and j + 1 not in taken and doc[j + 1].ent_type_ not in _NEVER:
            j += 1
        run = doc[i : j + 1]
        i = j + 1
        if run.start > 0 and (doc[run.start - 1].lower_.rstrip(".") in lang.honorifics or doc[run.start - 1].like_num):
            continue  # "Mr. Jordan", "100 B.C."
        if run.text in person_words or (len(run) == 1 and run.start == run.sent.start):
            continue  # a person's name; a capital letter at a sentence's start says nothing
        ents = {t.ent_type_ for t in run} - {""}
        entity = next((e for e in doc.ents if e.start <= run.start < e.end), None)
        if j + 1 < n and doc[j + 1].lower_ == "of" and not ents:
            continue  # "Secretary of State", "Bank of ...": a title or a name, not a place
        if not ents or (entity is not None and entity.start == run.start and entity.end == run.end
                        and entity.label_ in NAMED_ENTITY_LABELS and _known(gaz, run.text)):
            if _known(gaz, run.text):
                out.append((run, "gazetteer"))
            continue
        if entity is None or entity.label_ not in NAMED_ENTITY_LABELS:
            continue
        # inside a name: the leading words ("Mansfield Police Department"), or those after its "of"
        after_of = run.start > entity.start and doc[run.start - 1].lower_ == "of"
        lead = entity.start + (1 if doc[entity.start].pos_ == "DET" else 0)  # "the Mansfield Police Department"
        if run.start != lead and not (after_of and run.end == entity.end):
            continue
        longest = run.end if after_of else min(run.end, entity.end - 1)
        for end in range(longest, run.start, -1):
            part = doc[run.start : end]
            if end < n and doc[end].lower_ == "of":
                continue  # "Secretary of State": the words before "of" head the name
            if _known(gaz, part.text):
                out.append((part, "name_part"))
                break
    return out


def accept(span, place: Place, kind: str, *, gaz: Gazetteer, admin1: Sequence[str], countries: Sequence[str],
           lang: LanguageProfile) -> bool:
    """Whether a proposed run, resolved in the document's context, is a toponym.

    Parameters
    ----------
    span : spacy.tokens.Span
        The run.
    place : Place
        Its resolution (in context when the document names regions).
    kind : str
        ``"gazetteer"`` or ``"name_part"``.
    gaz : Gazetteer
        Gives the place's population.
    admin1 : Sequence[str]
        Admin1 codes of the regions the document names.
    countries : Sequence[str]
        The document's country hints (alpha-3).
    lang : LanguageProfile
        The locative prepositions, setting, place and local nouns.

    Returns
    -------
    bool
        True for a country or continent; a first-level region by its main
        GeoNames name (also inside an organisation's name, where a town is
        never taken); otherwise a town by its main name that is not a
        subject or possessor ("West said", "Manning's order") and has at
        least :data:`SMALL_TOWN` people, lies in a region the document
        names, follows a locative preposition, is followed by ", <region>",
        or modifies a setting or local noun ("Winona police", "a Winona
        man").
    """
    if place.geonameid is None or place.score < 0.95:
        return False
    if place.feature_code in ("PCLI", "CONT"):
        return True
    if place.score < 1.0:
        return False  # only by an alternate name ("Part" is a name of Perth, "Act" of a territory): no
    if place.feature_code == "ADM1":
        return True
    if place.feature_code == "ADM2" or place.in_context == "followed_by_region":
        return True
    if kind == "name_part":
        return False  # a town inside a name ("Washington Latin School") is too often elsewhere or no place
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
        return False  # "West said", "Manning's order": a town's name as a subject is mostly a person's
    locative = (root.dep_ == "pobj" and head.lower_ in lang.locative_prepositions) or (
        root.dep_ in ("compound", "poss") and head.lemma_.lower() in (lang.setting_nouns | lang.local_nouns))
    in_region = place.admin1_code is not None and place.admin1_code in admin1
    entry = gaz.by_geonameid(place.geonameid)
    big = entry is not None and entry.population >= SMALL_TOWN
    return big or locative or in_region
