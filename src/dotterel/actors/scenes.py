"""The country a paragraph's opening locative sets as the scene of what follows ("In Uganda, police ...").

A round-up of several countries gives each its paragraph and opens it with where it is: "In Kenya, police fired
tear gas ... . In Uganda, police arrested 20 opposition supporters. Meanwhile in Tanzania, protesters blocked a
road and police detained 12 of them." A role noun with no country of its own (police, protesters, the
government's officials) is of the country the scene is set in, not of the document's main one (ACLED names an
unnamed force or crowd by the country of the event: "Police Forces of Tanzania", "Protesters (Tanzania)";
ACLED codebook, actor names). The scene lasts to the paragraph's end, the next sentence that sets another, or
the first sentence that names another country ("In Uganda, police arrested 12. Police later freed eight of the
Kenyan protesters": the paragraph has turned to another country, and the round-up's cue no longer holds).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..annotate import entity_at
from .document import PLACING, UNRIVALLED_SCORES, _clean

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from ..places.mentions import PlaceMention
    from .kb import KnowledgeBase

__all__ = ["Scene", "paragraph_scenes"]

_SUBJECTS = ("nsubj", "nsubjpass", "expl")

Scene = tuple[int, int, str, str]
"""First token index, end token index (exclusive), country (ISO alpha-3) and why."""


def _fronted_country(sent, kb: KnowledgeBase, lang: LanguageProfile,
                     places: Sequence[PlaceMention]) -> tuple[str, str] | None:
    """The one country the locatives before the main clause's subject name ("Meanwhile in Tanzania, ..."), or None.

    A country's name, its capital, or a town the places stage resolved with no namesake of the same rank
    elsewhere (or in context); a country's name the places stage read as a place of another country ("In
    Georgia" of a text about the United States) is that place. Two countries, or none, set no scene.
    """
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return None
    found: dict[str, str] = {}
    for prep in (c for c in root.children if c.dep_ == "prep" and c.i < subj.left_edge.i
                 and c.lower_ in lang.locative_prepositions):
        for p in (x for p in prep.children if p.dep_ == "pobj" for x in (p, *p.conjuncts)):
            ent = entity_at(p)
            name = _clean(ent.text if ent is not None else p.text)
            entry = kb.country_by_name(name) or (kb.country_by_capital(name) if ent is not None
                                                 and ent.label_ == "GPE" else None)
            mention = next((m for m in places if m.start <= p.idx < m.end and m.how in PLACING
                            and m.place.country not in (None, "IGO")), None)
            if entry is not None and (mention is None or mention.place.country == entry.alpha3):
                found[entry.alpha3] = f"the paragraph's scene '{prep.text} {name}'"
                continue
            # a country's name the places stage read as a place of another ("In Georgia" of a US text): its reading
            if mention is not None and (mention.place.in_context is not None
                                        or round(mention.place.score, 3) in UNRIVALLED_SCORES):
                found[mention.place.country] = (f"the paragraph's scene '{prep.text} {name}' (resolved to "
                                                f"{mention.place.name}, {mention.place.country})")
    return next(iter(found.items())) if len(found) == 1 else None


def _described_country(sent, kb: KnowledgeBase, lang: LanguageProfile,
                       places: Sequence[PlaceMention]) -> tuple[str, str] | None:
    """The country a sentence describes as its subject ("Uganda was also tense", "Uganda has seen protests too").

    The main clause's subject is a country's name and its verb one of the profile's ``scene_subject_verbs``
    (a state or what the place saw, not an act of the country's government: "Uganda condemned the violence"
    sets no scene), its predicate no noun that classes the country as a party ("Uganda was the first to send
    troops", "Uganda became the latest country to ban the rallies"), and the sentence names no other country.
    """
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or root.lemma_.lower() not in lang.scene_subject_verbs or subj.pos_ != "PROPN" \
            or any(c.dep_ in ("compound", "poss", "amod", "conj") for c in subj.children) \
            or any(c.dep_ == "attr" for c in root.children):
        return None  # "Uganda was the first to send troops", "Uganda is a key ally": what the country is, not its state
    ent = entity_at(subj)
    entry = kb.country_by_name(_clean(ent.text if ent is not None else subj.text))
    if entry is None or _countries_named(sent, kb, places) - {entry.alpha3}:
        return None
    return entry.alpha3, f"the paragraph's scene '{subj.text} {root.text}'"


def _countries_named(sent, kb: KnowledgeBase, places: Sequence[PlaceMention]) -> set[str]:
    """The countries a sentence names: by a country's name, demonym or capital, or a place the places stage put in one."""
    out: set[str] = set()
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        name = _clean(ent.text)
        entry = kb.country_by_name(name) or kb.country_by_demonym(name) or (
            kb.country_by_capital(name) if ent.label_ == "GPE" else None)
        if entry is not None:
            out.add(entry.alpha3)
    first, last = sent[0].idx, sent[-1].idx + len(sent[-1])
    out.update(m.place.country for m in places if first <= m.start < last and m.how in PLACING
               and m.place.country not in (None, "IGO"))
    return out


def paragraph_scenes(sentences: Sequence, kb: KnowledgeBase, lang: LanguageProfile,
                     places: Sequence[PlaceMention]) -> list[Scene]:
    """The scenes the document's paragraphs set, in order.

    Parameters
    ----------
    sentences : sequence of SentenceSlots
        The document's sentences with their paragraph index.
    kb : KnowledgeBase
    lang : LanguageProfile
        Its ``locative_prepositions``.
    places : sequence of PlaceMention
        The document's places in context.

    Returns
    -------
    list of (int, int, str, str)
        Each scene's first and end token index, country and why: from the sentence whose opening locative
        names one country, or whose subject is a country it describes (:func:`_described_country`), to the
        paragraph's end, the next sentence of the paragraph that sets a scene, or the
        first that names another country (which the scene does not hold).
    """
    out: list[Scene] = []
    para, current = None, None
    for slot in sentences:
        if slot.paragraph != para:
            para, current = slot.paragraph, None
        found = _fronted_country(slot.span, kb, lang, places) or _described_country(slot.span, kb, lang, places)
        if found is not None:
            current = [slot.span.start, slot.span.end, *found]
            out.append(current)
        elif current is not None and _countries_named(slot.span, kb, places) - {current[2]}:
            current = None  # "... Police later freed eight of the Kenyan protesters": no longer the scene's country
        elif current is not None:
            current[1] = slot.span.end
    return [tuple(s) for s in out]


def scene_at(scenes: Sequence[Scene], i: int) -> tuple[str, str] | None:
    """The country and why of the scene holding token ``i``, or None."""
    return next(((country, why) for start, end, country, why in scenes if start <= i < end), None)
