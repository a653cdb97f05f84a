"""A state's forces named by their units and seats: "the 5th brigade", "the Nairobi police", "BSF troops".

Split from :mod:`dotterel.actors.resolve` (issue 16): the role resolver asks these for a formation named by an
ordinal, and for the state of a force named with its capital or known to the knowledge base as one state's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..records import STATE_FORCE_SECTORS, STATE_SECTORS
from .document import PLACING, _clean

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from ..places.mentions import PlaceMention
    from .kb import KnowledgeBase

__all__ = ["force_country", "numbered_unit", "ordinal_named"]


def _formation(head, lang: LanguageProfile) -> bool:
    return head.lower_ in lang.numbered_unit_nouns or head.lemma_.lower() in lang.numbered_unit_nouns


def ordinal_named(head, toks: list, lang: LanguageProfile) -> list:
    """``toks`` with the ordinal that names a formation ("the 5th brigade": "5th brigade").

    The phrase drops an ordinal as a date's or a count's (:func:`dotterel.events.agents.phrase_tokens`); before
    a formation noun (the profile's ``numbered_unit_nouns``) it is the unit's name, kept as the actor's text,
    and so are the words before it that the phrase builder cut off with it ("the Iraqi 9th Armoured Division").
    """
    if not toks or not _formation(head, lang):
        return toks
    first, doc = toks[0].i, head.doc
    while first > 0 and doc[first - 1].ent_type_ == "ORDINAL" and doc[first - 1].head.i == head.i \
            and doc[first - 1].dep_ in ("amod", "nummod", "compound"):
        first -= 1
    if first < toks[0].i:  # "the Iraqi 9th Armoured Division", "Nigeria's 7th Division": the state before it
        while first > 0 and doc[first - 1].dep_ in ("amod", "compound", "poss", "nmod", "case") \
                and head in doc[first - 1].ancestors:
            first -= 1
    return [doc[i] for i in range(first, toks[0].i)] + toks


def numbered_unit(head, toks: list, lang: LanguageProfile, kb: KnowledgeBase):
    """The force a numbered military formation belongs to ("the 5th brigade", "the 101st Airborne"), or None.

    A formation noun (the profile's ``numbered_unit_nouns``) with an ordinal before it names a state's unit
    (CAMEO agents: MIL; ACLED codebook 2023: a state's units are its "Military Forces", State forces): its
    military, or its police when a word before the noun names a police role ("the 5th Police Battalion").
    The ordinal (the profile's ``ordinal_re``) is written in digits, or capitalised in a name ("the Second
    Army"; no compass word, "North"): "the first division" is as often a sports league.
    """
    if not _formation(head, lang):
        return None
    before = [t for t in toks if t.i < head.i]
    ordinal = re.compile(lang.ordinal_re, re.I)
    if not any(ordinal.match(t.text) and (any(ch.isdigit() for ch in t.text) or t.text[:1].isupper()
                                          and t.lower_ not in lang.compass_words) for t in before):
        return None
    for t in before:
        force = kb.role(t.lower_)
        if force is not None and force.sector in STATE_FORCE_SECTORS:
            return force  # "the 5th Police Battalion"
    forces = set(lang.national_force_nouns.values())  # the role a country's forces take ("army")
    return kb.role(forces.pop()) if len(forces) == 1 else None


def _named_as_force(entry, toks: Sequence) -> bool:
    """Whether ``toks`` name the one state's force by its own name, not by the words any state's could take.

    Its abbreviation ("BSF troops", "crpf jawans" in a lower-cased archive), or its full name written with
    capitals ("Border Security Force personnel"): "border security forces shot two migrants near the Turkish
    border" names whatever state's guards patrol there, not India's (ACLED codebook 2023 names a state force by
    the state the text ties it to).
    """
    abbreviations = {f.lower() for f in entry.forms if f.isupper()}
    if any(t.lower_ in abbreviations for t in toks):
        return True
    words = entry.phrase.split()
    texts = [t.text for t in toks]
    return any([x.lower() for x in texts[i:i + len(words)]] == words
               and all(x[:1].isupper() for x in texts[i:i + len(words)])
               for i in range(len(texts) - len(words) + 1))


def force_country(head, entry, kb: KnowledgeBase, places: Sequence[PlaceMention] = (),
                  toks: Sequence = ()) -> tuple[str | None, str]:
    """The state of a force's phrase that names no country: its capital's, else the knowledge base's.

    A capital compounded on a police or military noun ("the Nairobi police", "Kabul Police") names its state's
    police or army, not its government (CAMEO agents: COP, MIL; ACLED names state forces by their state, "Police
    Forces of Kenya"), and one compounded on another organ of the state names that organ ("a Moscow court": a
    Russian court, JUD, not the Russian government; CAMEO agents: JUD, LEG); a capital the places stage read in context as another place gives that place's country
    ("Victoria Police": Australia's state, not the Seychelles' capital). A force the knowledge base gives one
    state (``RoleEntry.country``: "BSF troops killed a smuggler in Lalmonirhat") is that state's, whatever place
    its clause names, when ``toks`` (the phrase) name that force by its own name (:func:`_named_as_force`).
    """
    if entry.sector in STATE_SECTORS and entry.sector != "GOV":
        for t in (c for c in head.children if c.dep_ == "compound" and c.i < head.i):
            word = _clean(t.text)
            capital = kb.country_by_capital(word) if word else None
            if capital is None:
                continue
            placed = next((m.place for m in places if m.start <= t.idx < m.end and m.how in PLACING
                           and m.place.country not in (None, "IGO")), None)
            country = placed.country if placed is not None else capital.alpha3
            return country, f"country from its capital '{t.text} {head.text}' ({country})"
    if getattr(entry, "country", None) and _named_as_force(entry, toks):
        return entry.country, f"'{entry.name}' is the force of {entry.country} (knowledge base)"
    return None, ""
