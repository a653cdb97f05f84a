"""The day of an occasion an earlier sentence of the paragraph dates, for a stretch counted from it.

"The massacre took place on 3 May. In the days following the massacre,
soldiers arrested dozens": the stretch is counted from an occasion its own
sentence does not date (:class:`~dotterel.events.date_shifts.DayShift` with
no ``day``), but a definite noun ("the massacre") refers back to the one an
earlier sentence of the paragraph told and dated (Quirk et al. 1985, 5.28: the
anaphoric "the"; TimeML: a timex anchored on an event). The occasion is that
earlier mention when it is the only one of the paragraph: a verb or noun of
the same lemma ("massacred ... on 3 May", "the election on 3 May", "The
election was held on 3 May"), dated to one day in its own clause. Two
mentions, or one the text does not date to a day, leave the act undated: the
day is never borrowed from another occasion, nor from another document.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .date_scope import _governing_verb
from .date_shifts import DayShift, postmodified_noun, shifted_day

if TYPE_CHECKING:
    from ..dates import DateResolver
    from ..lang import LanguageProfile
    from ..records import EventDate

__all__ = ["earlier_occasion_day"]

_SUBJECTS = ("nsubj", "nsubjpass")


def earlier_occasion_day(shift: DayShift, earlier, dates: DateResolver, to_span, *, past: bool,
                         lang: LanguageProfile) -> EventDate | None:
    """The date of the act a stretch ``shift`` counts from an occasion an earlier sentence dates, or None.

    Parameters
    ----------
    shift : DayShift
        A stretch from an occasion its sentence does not date (``day`` is None).
    earlier : sequence of (spacy.tokens.Span, list of (spacy.tokens.Span, Span))
        The paragraph's earlier sentences, each with its date entities
        (:func:`~dotterel.events.dating.sentence_dates`), in text order.
    dates : DateResolver
    to_span : callable
        Character offsets in the parsed text to an evidence :class:`~dotterel.records.Span`.
    past : bool
        Whether the act is told as done (:func:`~dotterel.events.date_shifts.shifted_day`).
    lang : LanguageProfile
        Its ``definite_articles`` and ``coref_demonstratives``.

    Returns
    -------
    EventDate | None
        The stretch from the occasion's day (``source="context"``, the reason
        naming the earlier date), or None when the occasion is not one definite
        noun, is mentioned more than once earlier in the paragraph, or its one
        mention is not dated to a day.
    """
    occasion = next((c for c in shift.word.children if c.dep_ in ("pobj", "dobj")), None)
    if occasion is None or occasion.pos_ != "NOUN" or not any(
            c.dep_ == "det" and (c.lower_ in lang.definite_articles or c.lower_ in lang.coref_demonstratives)
            for c in occasion.children):
        return None
    lemma = occasion.lemma_.lower()
    mentions = [t for sent, _ents in earlier for t in sent if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "VERB")]
    if len(mentions) != 1:
        return None  # none, or two occasions "the massacre" may be: the text does not say which
    if not _same_occasion(occasion, mentions[0]):
        return None  # "the attack on the economy" is not the attack on an army post
    dated = [ent for _sent, ents in earlier for ent, _span in ents if _dates(ent, mentions[0], lang)]
    if len(dated) != 1:
        return None
    day = dates.resolve(dated[0].text, prefer="past" if past else "nearest")
    if day is None or day.time_precision != "day":
        return None
    found = shifted_day(dataclasses.replace(shift, day=dated[0].text), dates, to_span, past=past)
    if found is None:
        return None
    return found.model_copy(update={"source": "context", "reason": (
        f"{found.reason}; '{occasion.text}' is the {mentions[0].text!r} an earlier sentence of the paragraph "
        f"dates '{dated[0].text}'")})


def _dates(ent, mention, lang: LanguageProfile) -> bool:
    """Whether the date entity ``ent`` dates ``mention`` as an act that took place.

    Its own verb ("massacred 40 villagers on 3 May"), a verb of the profile's
    ``occasion_dating_verbs`` with the mention as subject ("The massacre took
    place on 3 May", "the election was held on 9 June"), a possessor or
    modifier ("Saturday's massacre", "the 3 July coup"), or a postmodifier of
    the mention as subject ("The election on 9 June was marred by fraud"). The
    verb must tell the act as done (past, not negated, no modal, not an
    infinitive): "did not attack Goma on 12 June", "threatened to attack Goma
    on 12 June", "will be held on 29 June" date no occasion (TimeML: a timex
    anchors the event of its own clause; an event's modality and polarity;
    rev26d). A date on another verb ("the massacre was condemned on 14 June",
    "relatives commemorated the massacre on 12 June", "the report on the
    massacre on 12 June") is that verb's day, not the occasion's.
    """
    root = ent.root
    if root.dep_ in ("poss", "compound", "nmod", "nummod") and root.head == mention:
        return True  # "Saturday's massacre", "the 3 July coup"
    verb = _governing_verb(root)
    if verb is None or not _told_as_done(verb):
        return False
    if verb == mention:
        return True  # "massacred 40 villagers on 3 May"
    if mention.dep_ not in _SUBJECTS or mention.head != verb:
        return False
    return _occasion_verb(verb, lang) or postmodified_noun(ent, lang) == mention


def _occasion_verb(verb, lang: LanguageProfile) -> bool:
    """Whether ``verb`` only says its subject's occasion took place ("occurred", "took place", "was held")."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    return lemma in lang.occasion_dating_verbs


def _told_as_done(verb) -> bool:
    """Whether ``verb`` tells an act as done: past, not negated, with no modal, not an infinitive or a present plan."""
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return False  # "did not attack", "will be held", "could attack"
    if verb.tag_ == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and not auxes:
        return verb.dep_ in ("acl", "ROOT")  # "villagers massacred on 12 June", a headline's "Thousands protested"
    # "was held", "had been held", "has been held"; not "is planned for 12 June"
    return verb.tag_ == "VBN" and bool(auxes) and not any(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
                                                          for c in auxes)


def _same_occasion(occasion, mention) -> bool:
    """Whether the later ``occasion`` names nothing its earlier ``mention``'s sentence does not.

    "Two days after the attack on the market" may be the earlier "attacked a
    market"; "the attack on the economy" is another sense of the word, not
    the attack an earlier sentence dated (Quirk et al. 1985, 5.28: the
    anaphoric "the" refers to what was told).
    """
    told = {t.lemma_.lower() for t in mention.sent}
    named = [c for c in occasion.children if c.dep_ in ("compound", "amod")]
    named += [o for p in occasion.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return all(t.lemma_.lower() in told for t in named)
