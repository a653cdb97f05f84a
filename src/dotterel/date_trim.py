"""Dates the small English NER model misreads, set right after it: the ``dotterel_date_trim`` component.

Split from :mod:`dotterel.annotate` (module size): :class:`_DateTrim`, registered there as the pipeline
component ``dotterel_date_trim`` after the model's ``ner``. Its word lists are the language profile's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__: list[str] = []

_DATE_TRIM_COMPONENT = "dotterel_date_trim"


class _DateTrim:
    """Cut proper nouns and plural nouns the small NER model glues onto dates ("On 5 January Tokayev").

    The name is then free to be found as a person by the later stages. The
    month and weekday names and the units of time (``date_words``, lower-case)
    are the language profile's and are never cut, abbreviations with their
    full stop included ("Nov. 6"); another plural noun at the end is
    ("by 4 January thousands had joined"). A part-of-period qualifier joined
    to the date by a hyphen that the model left out ("mid-[February]";
    ``qualifiers``, the profile's ``date_part_words``) is taken back in, so the
    date is read as the part it names (:mod:`dotterel.date_parts`).

    A weekday glued to a number across a spaced dash ("since Saturday — 28
    in Tahrir", where the number begins the next clause) is cut at the dash:
    no date reads on from a weekday into a bare number (a month after it
    makes it the weekday's own date: "on Saturday – 8 January"). The named holidays of
    the profile (``holidays``: "Christmas Eve", "New Year's Eve", "Boxing
    Day", "Eid al-Adha") are made DATE entities over whatever the model
    tagged there (it reads "Boxing Day" as an EVENT, "Easter Monday" as a
    FAC, and "Christmas Eve" as the date "Christmas" and a place "Eve"),
    when it tells a time: the model tagged part of it a date, or a
    preposition of time (``holiday_time_prepositions``) goes before it ("on
    Boxing Day", "during Eid", "since Easter"; not "according to Eid", a
    name), or one ending the model's date ("the day after"); "International
    Women's Day is a day of protest", "a focus of International Women's
    Day" name the feast and are left alone). It takes a year that follows ("Christmas Eve
    2023") and the model's date that ends in a preposition just before it
    ("the eve of" + "Eid": the relation is read by
    :func:`dotterel.events.date_context.day_relation`). A holiday name must
    begin with a capital letter, so that "the new year" stays what the model
    made it, and must not run on into another capitalised word ("Easter
    Island", "Christmas Island" are places); when that name is the object of
    a preposition ("in May Day Square") a date the model read in the
    holiday's words is dropped, but not before a subject ("On Christmas Day
    Police fired").

    A stretch counted from an earlier time ("days later", "two weeks
    afterwards": the profile's ``date_n_days_later_re`` and
    ``date_vague_later_re``, ``relative_tails``) begins the date: the noun
    phrase the model glued before it is the object of the clause's
    preposition, not part of the time ("in a speech to the assembly days
    later", "returned to the capital weeks later"), and with it the date
    reads as no date at all.

    A named day the model ran on into a stretch, across a shift preposition
    or a comma ("on [Monday after weeks] of protests", "On [May 25, two days]
    after the raids ended"; ``shift_words``, the profile's
    ``date_shift_prepositions``, and ``units``, its units of a stretch), ends
    before it: the day is the clause's, and the stretch counts from an
    occasion of its own (background, "weeks of protests"), which no
    resolver reads with the day in one phrase (TimeML: two timexes, a date
    and a duration).
    """

    def __init__(self, date_words: Sequence[str], qualifiers: Sequence[str] = (),
                 weekdays: Sequence[str] = (), holidays: Sequence[str] = (), months: Sequence[str] = (),
                 time_preps: Sequence[str] = (), relative_tails: Sequence[str] = (),
                 shift_words: Sequence[str] = (), units: Sequence[str] = ()) -> None:
        self.relative_tails = tuple(re.compile(p) for p in relative_tails)
        self.shift_words = frozenset(shift_words)
        self.units = frozenset(units)
        self.date_words = frozenset(date_words)
        self.qualifiers = frozenset(qualifiers)
        self.weekdays = frozenset(w.lower() for w in weekdays)
        self.months = frozenset(w.lower() for w in months)
        self.time_preps = frozenset(time_preps)
        names = sorted({h for h in holidays if h}, key=len, reverse=True)
        self.holidays = re.compile(
            r"(?<![\w'’-])(?:" + "|".join(_holiday_form(h) for h in names) + r")(?![\w'’-])",
            re.IGNORECASE) if names else None

    def __call__(self, doc):
        doc = self._trim(doc)
        if self.holidays is not None:
            doc = self._holidays(doc)
        return doc

    def _holidays(self, doc):
        text = doc.text
        found, inside = [], set()
        for m in self.holidays.finditer(text):
            if not m.group(0)[0].isupper():
                continue  # "the new year", "may day" in lower case: left to the model
            span = doc.char_span(m.start(), m.end(), label="DATE")
            if span is None:
                continue
            before_word = doc[span.start - 1] if span.start else None
            timed = before_word is not None and (before_word.lower_ in self.time_preps or (
                before_word.pos_ == "ADP" and before_word.ent_type_ == "DATE"))  # "on"; "the eve of", "the day after"
            if not timed and not any(t.ent_type_ == "DATE" for t in span):
                continue  # "International Women's Day is ...", "a focus of ...": the feast named, not a time
            after = doc[span.end] if span.end < len(doc) else None
            if after is not None and after.is_title and after.lower_ not in self.date_words:
                if span[-1].dep_ == "compound" and span[-1].head.i >= span.end and span[-1].head.dep_ == "pobj":
                    inside.update(range(span.start, span.end))  # "in May Day Square": the model's "May" is no date
                continue  # "Easter Island", "Christmas Island": the start of another name
            if after is not None and after.like_num and len(after.text) == 4 and after.text.isdigit():
                span = doc[span.start:span.end + 1]  # "Independence Day 2023"
                span.label_ = "DATE"
            before = [e for e in doc.ents if e.label_ == "DATE" and e.end == span.start and e[-1].pos_ == "ADP"]
            if before:
                span = doc[before[0].start:span.end]  # the model's "the eve of" + "Eid"
                span.label_ = "DATE"
            found.append(span)
        if not found and not inside:
            return doc
        taken = {i for s in found for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end)) and not (
            e.label_ == "DATE" and all(i in inside for i in range(e.start, e.end)))]
        for span in found:
            # a DATE the model read around the holiday keeps its other words ("on Christmas Eve 2023")
            around = [e for e in doc.ents if e.label_ == "DATE" and e.start <= span.start and e.end >= span.end]
            kept.append(around[0] if around else span)
        doc.ents = sorted(set(kept), key=lambda e: e.start)
        return doc

    def _trim(self, doc):
        words = self.date_words
        ents = []
        changed = False
        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME"):
                start, end = ent.start, ent.end
                for i in range(start + 1, end - 1):
                    if doc[i].text in _SPACED_DASHES and doc[i - 1].lower_ in self.weekdays \
                            and doc[i - 1].whitespace_ and doc[i].whitespace_ and doc[i + 1].like_num \
                            and not any(t.lower_.rstrip(".") in self.months for t in doc[i + 1:end]):
                        end = i  # "since Saturday — 28 in Tahrir": the number opens the next clause
                        break  # not "on Saturday – 8 January", the weekday's own day of the month
                end = self._stretch_cut(doc, start, end)
                while end > start + 1 and doc[end - 1].lower_.rstrip(".") not in words and (
                        doc[end - 1].pos_ == "PROPN" or doc[end - 1].tag_ == "NNS"):
                    end -= 1  # "On 5 January Tokayev", "by 4 January thousands (had joined)"
                while start < end - 1 and doc[start].pos_ == "PROPN" and doc[start].lower_.rstrip(".") not in words:
                    start += 1
                start = self._relative_tail(doc, start, end)
                if start >= 2 and ent.label_ == "DATE" and doc[start - 1].text == "-" \
                        and doc[start - 2].lower_ in self.qualifiers and (start - 2 >= ent.start or not doc[start - 2].ent_type_) \
                        and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
                    start -= 2  # "mid-[February]"
                if (start, end) != (ent.start, ent.end):
                    changed = True
                    ent = doc[start:end]
                    ent.label_ = "DATE"
            ents.append(ent)
        if changed:
            doc.ents = ents
        return doc


    def _named_day(self, tok) -> bool:
        """Whether ``tok`` is a weekday or month name (an abbreviation with its full stop too)."""
        word = tok.lower_.rstrip(".")
        return word in self.weekdays or word in self.months

    def _stretch_cut(self, doc, start: int, end: int) -> int:
        """The end of a named day run on into a stretch ("[Monday] after weeks", "[May 25], two days"), else ``end``."""
        for i in range(start + 1, end - 1):
            if doc[i].text != "," and doc[i].lower_ not in self.shift_words:
                continue
            head, tail = doc[start:i], doc[i + 1:end]
            if not any(self._named_day(t) for t in head) or any(self._named_day(t) for t in tail):
                continue
            if any(t.lower_ in self.units or t.lemma_.lower() + "s" in self.units for t in tail):
                return i
        return end

    def _relative_tail(self, doc, start: int, end: int) -> int:
        """The first token of a stretch counted from an earlier time that ends the date ("[the assembly] days later")."""
        if not self.relative_tails or self._counted(doc[start:end].text):
            return start
        for k in range(start + 1, end - 1):
            if self._counted(doc[k:end].text):
                return k
        return start

    def _counted(self, words: str) -> bool:
        low = " ".join(words.lower().split())
        return any(p.match(low) for p in self.relative_tails)


_SPACED_DASHES = frozenset({"-", "–", "—", "--"})


def _holiday_form(name: str) -> str:
    """A regex for a holiday name: any run of spaces between words, either apostrophe, a hyphen spaced or not."""
    out = []
    for ch in name:
        if ch.isspace():
            out.append(r"\s+")
        elif ch in "'’":
            out.append("['’]")
        elif ch == "-":
            out.append(r"\s*-\s*")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _make_date_trim(nlp, name: str, date_words: list[str], qualifiers: list[str],
                    weekdays: list[str], holidays: list[str], months: list[str], time_preps: list[str],
                    relative_tails: list[str], shift_words: list[str], units: list[str]) -> _DateTrim:
    return _DateTrim(date_words, qualifiers, weekdays, holidays, months, time_preps, relative_tails,
                     shift_words, units)
