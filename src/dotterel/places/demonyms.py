"""Nationality words as toponyms: "Turkish troops", "the Russian Foreign Ministry".

Geoparsing gold sets (LGL, TR-News; Gritta et al. 2019 class them as
associative toponyms) annotate a demonym used as a modifier with its
country. Moved unchanged out of :mod:`dotterel.places.recall` (module size).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotterel.annotate import entities

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile

__all__ = ["demonym_spans"]


def demonym_spans(doc, kb, lang: LanguageProfile) -> list[tuple[object, str]]:
    """Nationality words that name a country's people or things ("Turkish troops", "the Russians").

    Geoparsing gold sets (LGL, TR-News; Gritta et al. 2019 class them as
    associative toponyms) annotate them with the country; they say whose,
    never where, so the event locator never uses them.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    kb : KnowledgeBase
        ``country_by_demonym`` and ``country_by_name``.
    lang : LanguageProfile
        ``state_body_words``.

    Returns
    -------
    list[tuple[spacy.tokens.Span, str]]
        ``(span, alpha3)``: NORP (or GPE) entities used as modifiers (an
        adjective, or a noun's modifier: "Turkish troops", "the Russian and
        Turkish administrations"; not a plural people noun, an object or a
        subject: "the Russians", "in Turkish"), and the demonym opening an
        organisation's name (:func:`_leading_demonym`, "the Russian Foreign
        Ministry"), that the knowledge base
        holds as the demonym of one country (not an international
        organisation, not a declared-ambiguous word such as "Korean") and
        that are no country name; a leading article is left out.
    """
    out = []
    for ent in entities(doc):
        if ent.label_ in ("ORG", "FAC", "EVENT"):
            lead = _leading_demonym(ent, kb, lang)
            if lead is not None:
                out.append(lead)
            continue
        if ent.label_ not in ("NORP", "GPE"):
            continue
        span = ent[1:] if ent[0].pos_ == "DET" else ent
        if not len(span) or not span.text[:1].isupper() or kb.country_by_name(span.text) is not None:
            continue
        root = span.root
        if root.tag_ in ("NNS", "NNPS") or not (root.pos_ == "ADJ" or root.dep_ in ("amod", "compound")) or (
                root.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr")):
            continue  # "the Russians", "in Turkish", "speaks French": people or a language, not a modifier
        entry = kb.country_by_demonym(span.text)
        if entry is not None and entry.alpha3 != "IGO":
            out.append((span, entry.alpha3))
    return out


def _leading_demonym(ent, kb, lang: LanguageProfile):
    """The demonym opening an organisation's name ("the *Russian* Foreign Ministry", "*Canadian* Coast Guard").

    The words after a leading article, one or two ("Sri Lankan"), that the
    knowledge base holds as the demonym of one country, when the next word
    makes the name one of the country's own bodies (``lang.state_body_words``:
    "Ministry", "Army", "Coast"; not "British Airways", "the American Heart
    Association"); ``(span, alpha3)`` or None. Like a demonym before a noun it
    says whose the body is, never where an event happened.
    """
    start = ent.start + (1 if ent[0].pos_ == "DET" else 0)
    doc = ent.doc
    for width in (2, 1):
        end = start + width
        if end >= ent.end:
            continue
        span = doc[start:end]
        if not all(t.text[:1].isupper() and t.is_alpha for t in span) or kb.country_by_name(span.text) is not None:
            continue
        if doc[end].lower_ not in lang.state_body_words:
            continue
        entry = kb.country_by_demonym(span.text)
        if entry is not None and entry.alpha3 != "IGO":
            return span, entry.alpha3
    return None
