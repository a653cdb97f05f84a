"""A day told by a stretch of time before or after a named occasion: "two days before the election on Saturday".

"Police arrested 40 activists two days before Saturday's vote": spaCy tags
"two days" and "Saturday" as dates, and a reader that takes "Saturday" as
the arrest's day is two days off. The day is the occasion's day moved by the
stretch (TimeML: a relative timex is anchored on the time it is counted
from; ACLED codebook 2023, time precision: a day the report places exactly
is coded with precision 1, a span of days with 2, a month with 3).

:func:`day_shift` finds the phrase from either of its dates: the stretch
("two days", "a week", "hours", "days") as the ``npadvmod`` of a preposition
of the profile's ``date_shift_prepositions`` ("before" -1, "after" +1), and
the occasion's date as its noun's possessor ("Saturday's vote"), a date in
an "on"/"in" phrase straight after the noun, with no comma between ("the
vote on Saturday": a phrase right after a noun is read as the noun's, Quirk
et al. 1985, 17.36, postmodification by prepositional phrases; "..., on
Saturday" after a comma is left to the event), or the preposition's own
object ("two days before 1 May"). The stretch may hang on the verb right
before the preposition (the parser's "killed 12 villagers [a week] [after the
raid]"), and the preposition may be two words ("two days prior to", "a week
ahead of"). Counted hours reach whole days ("48 hours before": two days
before); a definite unit is one unit ("the day before": one day; "the week
after": the seven days after); a hedged count ("nearly a week after") is a
range of one unit either side; a noun of the profile's
``date_relation_offsets`` ("the morning after", "the night before") moves
the day as it does for a possessor ("the morning after Saturday's vote",
:func:`dotterel.events.date_context.day_relation`). :func:`shifted_day`
dates it.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import EventDate

if TYPE_CHECKING:
    from ..dates import DateResolver
    from ..lang import LanguageProfile

__all__ = ["DayShift", "day_shift", "postmodified_noun", "shifted_day", "undated_shifts"]

_VAGUE_MOST = 9
"""Most units a stretch without a number reaches ("days after", "a few weeks before"), as 'several' is bounded by
nine in the count conventions (profile ``date_period_unit_days``)."""


@dataclass(frozen=True)
class DayShift:
    """A stretch of time before or after an occasion: "two days before the election on Saturday".

    Attributes
    ----------
    word : spacy.tokens.Token
        The preposition ("before", "after"), whose place in the sentence says which event the day dates.
    day : str | None
        The occasion's date words ("Saturday", "1 May"); None when the text does not date it ("a week after the coup").
    least, most : int | None
        Days from the occasion's day the event may be, both ends (equal for an exact stretch: "two days
        before" -2, -2; "days after" 1, 9; "hours before" -1, 0); None for a stretch not counted in whole days
        ("two months after").
    start, end : int
        Character offsets of the whole phrase in the parsed text, 0-based, end-exclusive.
    """

    word: object
    day: str | None
    least: int | None
    most: int | None
    start: int
    end: int

    @property
    def text(self) -> str:
        """The whole phrase as written in the parsed text."""
        return self.word.doc.text[self.start:self.end]


def _shift_word(prep, lang: LanguageProfile):
    """The word that carries the stretch of ``prep`` and the direction it moves, or None.

    A one-word preposition carries its own stretch ("two days before"); a two-word one of the profile's
    ``date_shift_prepositions`` ("two days prior to", "a week ahead of") hangs its stretch on its first word.
    """
    first = prep.doc[prep.i - 1] if prep.i > 0 else None
    if first is not None and prep.head == first and first.pos_ in ("ADV", "ADJ"):
        sign = lang.date_shift_prepositions.get(f"{first.lower_} {prep.lower_}")
        if sign is not None:
            return first, sign
    sign = lang.date_shift_prepositions.get(prep.lower_)
    return None if sign is None else (prep, sign)


def _stretch(prep, lang: LanguageProfile):
    """The ``npadvmod`` stretch of ``prep`` ("two days" before) and the days it moves, or None.

    The stretch is the preposition's own ``npadvmod``, or one the parser hung on the preposition's head that
    ends right before it ("killed 12 villagers [a week] [after the raid]": both on the verb). A backward
    preposition with no stretch at all ("before the election on Saturday", "ahead of the vote") moves the act
    an untold stretch back: the word itself and no days, ``(word, None, None)``.
    """
    shift = _shift_word(prep, lang)
    if shift is None:
        return None
    word, sign = shift
    units = [c for c in word.children if c.dep_ == "npadvmod" and c.i < word.i]
    units += [c for c in word.head.children if c.dep_ == "npadvmod" and c.right_edge.i == word.i - 1 and c != word]
    if word.i > 0 and _misjoined(word.doc[word.i - 1], lang):
        units.append(word.doc[word.i - 1])  # "attacked a post in Kidal [days] after the ceasefire"
    if word.i > 0 and word.head.i == word.i - 1 and word.head.dep_ == "npadvmod":
        units.append(word.head)  # "[Two days] following the election": the parser hangs the participle on the noun
    occasion = _object(prep)
    near = [c for c in word.children
            if c.dep_ in ("advmod", "npadvmod") and c.lower_ in lang.date_shift_proximity_adverbs and c.i < word.i]
    if word.i > 0 and word.head.i == word.i - 1 and word.head.lower_ in lang.date_shift_proximity_adverbs:
        near.append(word.head)  # "Moments before the rally": the parser hangs the preposition on the noun
    if near and all(u in near for u in units) and occasion is not None \
            and occasion.ent_type_ not in ("DATE", "TIME"):
        return min(near, key=lambda t: t.i), 0, 0  # "minutes before the verdict on Monday": within its day
    for unit in units:
        if unit.pos_ != "NOUN" or any(c.lower_ in lang.date_period_relatives or c.lower_ in lang.habitual_determiners
                                      or c.lower_ in lang.coref_demonstratives for c in unit.children):
            # "arrested 12 people last week after the clashes", "that day after ...": a date of its own (the
            # profile's date_period_relatives, coref_demonstratives); "every day after": a habit
            continue
        plural = unit.lemma_.lower() + "s"
        days = lang.date_period_unit_days.get(plural)
        hours = lang.date_period_units_per_day.get(plural)
        offset = lang.date_relation_offsets.get(f"{unit.lemma_.lower()} {word.lower_}")
        if days is None and hours is None and offset is not None:
            return unit, offset, offset  # "the morning after the vote on Saturday": the profile's day relation
        if days is None and hours is None:
            continue
        number = next((c for c in unit.children if c.dep_ == "nummod"), None)
        article = next((c for c in unit.children if c.dep_ == "det" and c.lower_ in lang.small_numbers), None)
        definite = unit.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in lang.definite_articles
                                             for c in unit.children)
        n = None
        if number is not None:
            n = int(number.text) if number.text.isdigit() else lang.small_numbers.get(number.lower_)
        elif article is not None and unit.tag_ == "NN":
            n = lang.small_numbers[article.lower_]  # "a week after"
        # "nearly a week after", "about two weeks before", "more than a week after": a hedged count is a
        # range of one unit either side (the profile's exact_prefixes, "just two days", keep it exact)
        hedged = n is not None and any(
            t.dep_ in ("advmod", "quantmod", "amod") and t.lower_ not in lang.exact_prefixes
            for t in unit.subtree if t.i < unit.i and t not in (number, article))
        if hours is not None:
            # "hours before Tuesday's summit": that day or the one before; "48 hours before": the whole days
            # the hours reach, two days before (the profile's units per day)
            least, most = (0, 1) if n is None else (n // hours, -(-n // hours))
            if hedged:
                least, most = max(0, least - 1), most + 1
            least, most = sorted((sign * least, sign * most))
        elif days is None or days > 7:
            least = most = None  # "two months after": not counted in whole days
        elif _within(unit, lang):
            # "in the days after the election on Sunday", "over the two weeks before the vote": somewhere in the
            # stretch, from its first day to its last (a stretch without a number reaches nine units)
            least, most = sorted((sign, sign * days * (n or _VAGUE_MOST)))
        elif n is None and definite:
            least, most = sorted((sign, sign * days))  # "the day before" -1; "the week after" the next seven days
        elif n is None:
            least, most = sorted((sign * days, sign * days * _VAGUE_MOST))  # "days after", "a few weeks before"
        elif hedged:
            least, most = sorted((sign * max(1, days * (n - 1)), sign * days * (n + 1)))
        else:
            least = most = sign * days * n
        return unit, least, most
    if not units and sign < 0 and occasion is not None and _occasion_noun(occasion, lang):
        # "arrested 40 activists before the election on Saturday": the act precedes the occasion by a stretch
        # the text does not give, so the occasion's day is not the act's
        return word, None, None
    if not units and sign > 0 and occasion is not None and occasion.ent_type_ != "DATE" \
            and _occasion_noun(occasion, lang):
        # "After the election on Sunday, supporters clashed": on the occasion's day or any day after it (no
        # stretch is given), so from that day on, never exactly it (TimeML: a timex anchored on an event, with no
        # duration; ACLED codebook 2023: a span of days is time precision 2, not 1)
        return word, 0, None
    return None


def _object(prep):
    """The object of the shift word ``prep``: a preposition's ``pobj``, or the ``dobj`` of "following" (a participle)."""
    return next((c for c in prep.children if c.dep_ in ("pobj", "dobj")), None)


def _occasion_noun(noun, lang: LanguageProfile) -> bool:
    """Whether ``noun``, the object of a bare "before", names an occasion the act may precede by an untold stretch.

    A date ("before 4 May", "before Saturday") or a noun of an event set for a day (the profile's
    ``date_planned_event_nouns`` and ``date_occasion_nouns``: "before the election", "ahead of the bandh"). Not
    a time of that day ("before dawn on Saturday", "before 6 am": ``day_part_nouns``, TIME entities) and not a
    place or a presence ("before the cameras", "before a magistrate", "before the palace": "before" in its
    spatial sense, Quirk et al. 1985, 9.20). Not a name either ("protested before the Congress", "before
    Parliament": a body or a building), unless it is a date ("before Christmas").
    """
    if noun.ent_type_ == "TIME" or noun.lemma_.lower() in lang.day_part_nouns:
        return False
    if noun.ent_type_ != "DATE" and (noun.pos_ == "PROPN" or noun.ent_type_ in ("ORG", "FAC", "GPE", "LOC", "NORP", "PERSON")):
        return False  # "demonstrated before the Congress on Tuesday", "before the Senate on Monday"
    words = (noun.lower_, noun.lemma_.lower())
    return noun.ent_type_ == "DATE" or any(w in lang.date_planned_event_nouns or w in lang.date_occasion_nouns
                                           for w in words)


def _misjoined(unit, lang: LanguageProfile) -> bool:
    """Whether ``unit`` is a stretch the parser joined to a place name before it: "in Kidal [days] after ...".

    The small English model reads "in Kidal days after the ceasefire" as one phrase, "Kidal" a compound (or
    determiner, or an adjective it tags as a date: "in Kasese days before") of "days" and "days" the object of
    "in"; a time noun after a proper-noun compound, or a plural one straight before a shift preposition ("in
    the days after the election"), as the object of a preposition, is read as the stretch of the shift
    preposition right after it (time nouns: the profile's ``date_period_unit_days`` and
    ``date_period_units_per_day``).
    """
    plural = unit.lemma_.lower() + "s"
    return unit.dep_ == "pobj" and unit.pos_ == "NOUN" and (
        plural in lang.date_period_unit_days or plural in lang.date_period_units_per_day) and (any(
            c.dep_ in ("compound", "det", "poss", "nmod") and c.pos_ == "PROPN" for c in unit.children)
            or unit.tag_ == "NNS" and _shift_next(unit, lang))


def _shift_next(unit, lang: LanguageProfile) -> bool:
    """Whether a shift preposition of the profile's ``date_shift_prepositions`` follows ``unit`` straight away."""
    doc = unit.doc
    one = doc[unit.i + 1].lower_ if unit.i + 1 < len(doc) else ""
    two = f"{one} {doc[unit.i + 2].lower_}" if unit.i + 2 < len(doc) else ""
    return one in lang.date_shift_prepositions or two in lang.date_shift_prepositions


def _within(unit, lang: LanguageProfile) -> bool:
    """Whether the time noun ``unit`` is the object of a "within" preposition: "[in the days] after the election".

    The prepositions are the profile's ``date_stretch_within_prepositions`` ("[over the two weeks] before the vote").
    """
    return unit.dep_ == "pobj" and unit.head.lower_ in lang.date_stretch_within_prepositions and not any(
        _placed(c) for c in unit.children if c.i < unit.i)  # "in Dhaka weeks after": the "in" is the town's


def _placed(tok) -> bool:
    """Whether ``tok`` is a place name the parser hung on a time noun before it ("[Kidal] days", "[Kasese] days")."""
    return tok.dep_ in ("compound", "det", "poss", "nmod", "amod") and (
        tok.pos_ == "PROPN" or tok.text[:1].isupper() and tok.i > tok.sent.start)


def _child_shift(unit, lang: LanguageProfile):
    """The shift preposition hung on ``unit`` right after it ("the days [after] the election"), or None."""
    nxt = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    return nxt if nxt is not None and nxt.head == unit and nxt.dep_ == "prep" and nxt.lower_ in \
        lang.date_shift_prepositions else None


def _stretch_noun(tok, lang: LanguageProfile) -> bool:
    """Whether ``tok`` may carry a stretch: an ``npadvmod``, or a time noun misjoined to a place (:func:`_misjoined`)."""
    return tok.dep_ == "npadvmod" or _misjoined(tok, lang)


def _occasion_of(noun, lang: LanguageProfile):
    """The shift preposition whose object is ``noun``, or whose object's phrase ends in it ("the attack on the base")."""
    cur = noun
    for _ in range(3):
        if cur.dep_ in ("pobj", "dobj") and _stretch(cur.head, lang) is not None:
            return cur.head
        if cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.head.pos_ in ("NOUN", "PROPN"):
            cur = cur.head.head
            continue
        if cur.dep_ in ("compound", "amod"):
            cur = cur.head
            continue
        return None
    return None


def postmodified_noun(ent, lang: LanguageProfile):
    """The noun right before the "on" phrase of the date ``ent`` ("the election [on Saturday]"), or None.

    A prepositional phrase right after a noun, with no comma between, is read as that noun's postmodifier
    whatever the parser hung it on (Quirk et al. 1985, 17.36); after a comma ("..., on Saturday") the day is
    the clause's. The prepositions are the profile's ``date_shift_anchor_prepositions``.
    """
    root = ent.root
    if root.dep_ != "pobj" or root.head.pos_ != "ADP":
        return None
    prep = root.head
    if prep.lower_ not in lang.date_shift_anchor_prepositions or prep.i == 0 or prep.i >= ent.start:
        return None
    left = ent.doc[prep.i - 1]
    if left.pos_ not in ("NOUN", "PROPN") or prep.i - 1 < ent.sent.start:
        return None
    return left


def _anchor_prep(ent, lang: LanguageProfile):
    """The shift preposition the date ``ent`` dates the occasion of, or None."""
    root = ent.root
    if root.dep_ in ("poss", "compound", "nmod", "nummod") and root.head.pos_ == "NOUN":
        return _occasion_of(root.head, lang)  # "two days before Saturday's vote", "a week after the 3 July coup"
    if root.dep_ == "pobj" and root.head.pos_ == "ADP" and _stretch(root.head, lang) is not None:
        return root.head  # "two days before 1 May"
    left = postmodified_noun(ent, lang)
    return None if left is None else _occasion_of(left, lang)


def day_shift(ent, lang: LanguageProfile) -> DayShift | None:
    """The stretch-and-occasion phrase a date entity belongs to, as the stretch or as the occasion's date.

    Parameters
    ----------
    ent : spacy.tokens.Span
        A DATE or TIME entity of the sentence.
    lang : LanguageProfile

    Returns
    -------
    DayShift | None
        None for a date in no such phrase, and for a stretch after other date words of its entity ("Saturday,
        two days before the election": the day named first is the event's).
    """
    prep = None
    for tok in ent:
        after = _prep_after(tok, lang) if _stretch_noun(tok, lang) else None
        if after is not None and _stretch(after, lang)[0] == tok:
            if any(t.ent_type_ in ("DATE", "TIME") for t in ent.doc[ent.start:tok.left_edge.i]):
                return None
            prep = after
            break
    if prep is None:
        prep = _anchor_prep(ent, lang)
    return None if prep is None else _shift_at(prep, lang)


def undated_shifts(sent, lang: LanguageProfile) -> list[DayShift]:
    """The stretches from an occasion the text does not date, in ``sent``, that the model did not tag as dates.

    "Police arrested 12 people a week after the coup": no date entity holds "a week", so :func:`day_shift`
    never sees it, yet the event is still a week from an undated occasion, not on the paragraph's day.
    """
    found = []
    for tok in sent:
        if not _stretch_noun(tok, lang) or tok.ent_type_ in ("DATE", "TIME"):
            continue
        prep = _prep_after(tok, lang)
        if prep is None or _stretch(prep, lang)[0] != tok:
            continue
        shift = _shift_at(prep, lang)
        if shift is not None and shift.day is None:
            found.append(shift)
    return found


def _shift_at(prep, lang: LanguageProfile) -> DayShift | None:
    """The :class:`DayShift` of the shift preposition ``prep``, or None when it has no object."""
    unit, least, most = _stretch(prep, lang)
    occasion = _object(prep)
    if occasion is None:
        return None
    dated = _occasion_day(prep, occasion, lang)
    last = occasion.right_edge if dated is None else max(dated[-1], occasion.right_edge, key=lambda t: t.i)
    words = None if dated is None else "".join(t.text_with_ws for t in dated if t.dep_ != "case").strip()
    first = unit.left_edge
    while first != unit and (_placed(first) or first.dep_ == "compound" and first.pos_ == "NOUN"):
        # "in Kidal days after": the place is no part of the stretch; nor the doer the parser glues to it
        # ("dispersed by police moments after the speech")
        first = first.doc[first.i + 1]
    return DayShift(word=prep, day=words, least=least, most=most, start=first.idx, end=last.idx + len(last.text))


def _prep_after(unit, lang: LanguageProfile):
    """The shift preposition right after the stretch ``unit`` ("two days" before, "two days" prior to), or None."""
    doc = unit.doc
    own = _child_shift(unit, lang)
    if own is not None and _stretch(own, lang) is not None:
        return own  # "in the days [after] the election on Sunday": the parser hangs the preposition on the noun
    for i in (unit.right_edge.i + 1, unit.right_edge.i + 2):
        if i < len(doc) and doc[i].dep_ == "prep" and _stretch(doc[i], lang) is not None:
            return doc[i]
    return None


def _occasion_day(prep, occasion, lang: LanguageProfile):
    """The date tokens of the occasion: its own, its possessor's, or an "on" phrase after it with no comma between."""
    doc = prep.doc
    if occasion.ent_type_ in ("DATE", "TIME"):
        # "two days before 1 May"; the whole entity when the parser splits it ("1" and "May" both objects)
        ent = next((e for e in doc.ents if e.start <= occasion.i < e.end), None)
        return [t for t in occasion.subtree if t.ent_type_ in ("DATE", "TIME")] if ent is None else list(ent)
    before = [t for t in occasion.subtree if t.ent_type_ == "DATE" and t.i < occasion.i]
    if before:
        return before  # "Saturday's vote", "the 3 July coup"
    i = occasion.i + 1
    while i < len(doc) and doc[i].sent == occasion.sent and not doc[i].is_punct and doc[i].pos_ not in ("VERB", "AUX"):
        if doc[i].ent_type_ == "DATE" and doc[i - 1].lower_ in lang.date_shift_anchor_prepositions:
            ent = next((e for e in doc.ents if e.start == i), None)
            return list(ent) if ent is not None else None  # "the vote on Saturday", "the attack on the base on Monday"
        i += 1
    return None


def shifted_day(shift: DayShift, dates: DateResolver, to_span, *, past: bool) -> EventDate | None:
    """The day (or span of days) a :class:`DayShift` names, or None when the occasion is undated or not counted.

    The occasion's day is read both ways (the last "Saturday" or the next); an event told as done keeps the
    readings whose first day is on or before publication, any other those on or after it, as
    :func:`dotterel.events.dating._related_day` does; when both readings are kept the text does not say
    which it means, and the range covers both. An exact stretch gives a day; a vague one ("days after",
    "hours before") a range, never past publication for an event told as done.
    """
    if shift.day is None or shift.least is None:
        return None
    pub = dates.published
    if shift.most is None:
        return _open_after(shift, dates, to_span, past=past)
    spans = set()
    for prefer in ("past", "future"):
        named = dates.resolve(shift.day, prefer=prefer)
        if named is not None and named.time_precision == "day" and named.value:
            day = _dt.date.fromisoformat(named.value)
            spans.add((day, day + _dt.timedelta(days=shift.least), day + _dt.timedelta(days=shift.most)))
    if pub is not None:
        spans = {s for s in spans if (s[1] <= pub) == past or s[1] == pub}
    if not spans:
        return None
    if len(spans) > 1:
        # "arrested 40 people days before the election on Saturday" on a Monday: the last Saturday and the next
        # both leave days on or before publication, and the text does not say which; the range covers both
        first, last = min(s[1] for s in spans), max(s[2] for s in spans)
        if past and pub is not None and last > pub:
            last = pub
        days = " or ".join(sorted(s[0].isoformat() for s in spans))
        return EventDate(value=None, earliest=first.isoformat(), latest=last.isoformat(), time_precision="range",
                         span=to_span(shift.start, shift.end), source="text",
                         reason=f"'{shift.text}': '{shift.day}' may be {days}; from {first.isoformat()} to "
                                f"{last.isoformat()}")
    [(named, first, last)] = spans
    if past and pub is not None and last > pub:
        if first == pub and shift.least != shift.most and shift.least * shift.most > 0:
            # "jailed critics days after the referendum on Sunday" told on Monday: only publication day is left
            # of a stretch of several days, so the occasion is more likely an earlier Sunday; no day is read
            return None
        last = pub
    span = to_span(shift.start, shift.end)
    if first == last and shift.least == shift.most:
        iso = first.isoformat()
        return EventDate(value=iso, earliest=iso, latest=iso, time_precision="day", span=span, source="text",
                         reason=f"'{shift.text}': " + (
                             f"within the day of '{shift.day}' ({named.isoformat()})" if shift.least == 0 else
                             f"{abs(shift.least)} day(s) {'before' if shift.least < 0 else 'after'} "
                             f"'{shift.day}' ({named.isoformat()})"))
    if first == last:
        iso = first.isoformat()
        return EventDate(value=iso, earliest=iso, latest=iso, time_precision="day", span=span, source="text",
                         reason=f"'{shift.text}': from '{shift.day}' ({named.isoformat()}), the only day of the "
                                "stretch on or before publication")
    return EventDate(value=None, earliest=first.isoformat(), latest=last.isoformat(), time_precision="range",
                     span=span, source="text",
                     reason=f"'{shift.text}': a stretch the text does not count exactly from '{shift.day}' "
                            f"({named.isoformat()}), from {first.isoformat()} to {last.isoformat()}")


def _open_after(shift: DayShift, dates: DateResolver, to_span, *, past: bool) -> EventDate | None:
    """The range from the occasion's day to publication for a bare "after" ("After the election on Sunday, ...").

    Only an act told as done is bounded (by publication); the occasion's day is its most recent reading on or
    before publication, its first day when the text dates it by month or year ("after the March 2024 vote").
    None when it cannot be read.
    """
    pub = dates.published
    named = dates.resolve(shift.day, prefer="past")
    if not past or pub is None or named is None or not (named.earliest or named.value):
        return None
    # "following the August 2020 election": from the first day the occasion may be
    first = _dt.date.fromisoformat(named.earliest or named.value) + _dt.timedelta(days=shift.least)
    if first > pub:
        return None
    span = to_span(shift.start, shift.end)
    if first == pub:
        iso = first.isoformat()
        return EventDate(value=iso, earliest=iso, latest=iso, time_precision="day", span=span, source="text",
                         reason=f"'{shift.text}': on or after '{shift.day}' ({iso}), the publication day")
    return EventDate(value=None, earliest=first.isoformat(), latest=pub.isoformat(), time_precision="range",
                     span=span, source="text",
                     reason=f"'{shift.text}': on or after '{shift.day}' ({first.isoformat()}), a stretch the text "
                            f"does not give; up to publication {pub.isoformat()}")
