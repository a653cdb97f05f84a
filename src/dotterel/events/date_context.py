"""What the sentence around a date says about it: tense, "since", and the expressions spaCy leaves out.

* :func:`date_direction`: the tense of the verb that governs a date decides
  whether an incomplete date ("Thursday", "Dec. 15") is read forward or
  backward from publication: "will meet on Thursday", "offered to hold
  talks Thursday", "the vote scheduled for Monday" look forward; "met on
  Thursday" looks back (TimeML guidelines, section on underspecified dates;
  the HeidelTime tense rule);
* :func:`date_phrase`: the words to resolve, with the preposition that
  changes the meaning ("since Saturday" is a range up to publication);
* :func:`story_month`: the month of the article's own timeline, when every
  recent day or month it names falls in one month;
* :func:`day_relation`: a day told from another's ("on the eve of
  Thursday's vote", "a day after Sunday's election");
* :func:`paragraph_year`: the year a paragraph sets for what it tells next
  ("In 1968, Soviet tanks rolled into Prague. Hundreds of thousands
  protested.");
* :func:`speaker_day`: "yesterday" in reported words is the speaker's,
  moved to the statement's own day, or no day for undated written words;
* :func:`found_dates`: every date expression of a sentence for
  ``CodedDocument.dates``, with the parts of a compound one ("the quarter
  ended Sept. 30", "Aug. 26 to Oct. 20") and the references to the present
  or past that the model does not tag ("now", "recently").

Offsets are 0-based, end-exclusive code points; dates are ISO 8601.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

from ..annotate import doc_text, entity_at
from ..records import EventDate
from .date_shifts import postmodified_noun

if TYPE_CHECKING:
    from ..dates import DateResolver
    from ..lang import LanguageProfile

__all__ = ["date_direction", "date_phrase", "expand_date", "two_ends", "found_dates", "story_month", "paragraph_year",
           "DayRelation", "day_relation", "is_deictic", "speaker_day"]

_SPLIT = re.compile(r"\s+(?:ended|ending|to|through|and|until|of|-|–)\s+|^(?:between|both|an|from)\s+")


def _governing_verb(tok):
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur != tok:
            return cur
        if cur.head == cur:
            return cur if cur.pos_ in ("VERB", "AUX") else None
        cur = cur.head
    return None


def date_direction(tok, lang: LanguageProfile) -> str | None:
    """Read a date forward or backward by the tense of the verb that governs it.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The root token of the date expression.
    lang : LanguageProfile
        ``future_modals`` ("will"), ``date_future_verbs`` (verbs whose
        infinitive complement is later: "offered to hold") and
        ``date_scheduled_verbs`` ("scheduled for"); ``date_planning_verbs``
        with ``date_planned_event_nouns`` ("called for a strike on Thursday").

    Returns
    -------
    str | None
        ``"future"``, ``"past"``, or ``None`` when the tense says neither
        (present, no verb).
    """
    gov = _governing_verb(tok)
    if gov is None:
        return None
    auxes = [c for c in gov.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in lang.future_modals for c in auxes):
        return "future"
    if gov.dep_ == "xcomp" and (gov.head.lemma_.lower() in lang.date_future_verbs or gov.head.lower_ == "going"):
        return "future"  # "offered to hold talks Thursday", "is going to vote on Monday"
    if gov.lemma_.lower() in lang.date_scheduled_verbs and gov.tag_ == "VBN" and not _sets_fire(gov, lang):
        return "future"  # "the vote scheduled for Monday", "is expected Tuesday"
    if gov.lemma_.lower() in lang.date_planning_verbs and _planned_before(tok, gov, lang):
        return "future"  # "called for a strike on Thursday", "proposed talks on Monday": the strike's, the talks' day
    if gov.tag_ == "VBD" or (gov.tag_ == "VBN" and any(c.lemma_ == "have" for c in auxes)):
        return "past"
    return None


def _sets_fire(gov, lang: LanguageProfile) -> bool:
    """Whether 'set' sets fire, not a day: "shops were set ablaze on Sunday", "were set on fire on Sunday".

    A word of ``date_fire_setting_words`` hangs on the verb or on its
    preposition; the participle then tells an arson on that day, not an event
    scheduled for it (PLOVER manual, ASSAULT: destroy; ACLED codebook 2023,
    arson is coded on the day it happened).
    """
    words = lang.date_fire_setting_words
    return any(c.lower_ in words or (c.dep_ == "prep" and any(g.lower_ in words for g in c.children))
               for c in gov.children)


def _planned_before(tok, gov, lang: LanguageProfile) -> bool:
    """Whether the date follows a planned event that a call, plan or offer has as its object.

    "The union called for a strike on Thursday", "called a general strike for
    Friday", "proposed talks on Monday": the date sets the day of the strike or
    the talks that are asked for, which lies ahead (issue 16: weekday direction
    by what governs it). A date before the object ("called on Thursday for a
    strike") or after an object that is no event set for a day ("called for
    calm on Thursday") is the call's own.
    """
    objects = [c for c in gov.children if c.dep_ == "dobj"]
    objects += [p for c in gov.children if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children if p.dep_ == "pobj" and p.i < tok.i and p.ent_type_ not in ("DATE", "TIME")]
    return any(o.i < tok.i and o.lower_ in lang.date_planned_event_nouns for o in objects)


def expand_date(ent, lang: LanguageProfile):
    """The entity with the relative word the model left before it ("this" + "year").

    Parameters
    ----------
    ent : spacy.tokens.Span
    lang : LanguageProfile
        ``relative_month_words`` ("last", "this", "next").

    Returns
    -------
    spacy.tokens.Span
    """
    if ent.start > 0:
        prev = ent.doc[ent.start - 1]
        if prev.lower_ in lang.relative_month_words and prev.ent_type_ == "" and ent[0].lower_ not in lang.relative_month_words:
            return ent.doc[ent.start - 1 : ent.end]
    return ent


def two_ends(ent, following, lang: LanguageProfile):
    """One stretch from two dates the model split: "from [late March] to [mid-April]", "between [May] and [June]".

    The words before the first and between the two are the profile's
    ``date_range_openers`` and ``date_range_joiners``; "and" joins only after
    "between" (bare "in March and in May" may be two events). The stretch is
    read by :mod:`dotterel.date_ranges`.

    Parameters
    ----------
    ent, following : spacy.tokens.Span
        Two date entities of one sentence, in text order.
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Span | None
        A DATE span over both ends (with "between" when it is the opener),
        or None when they are not one stretch.
    """
    doc = ent.doc
    joiners = lang.date_range_joiners
    if following.start == ent.end and len(ent) > 2 and ent[-1].like_num and ent[-2].lower_ in joiners:
        # "[3 January to 5] [February 2025]": the model cut the last end after its day
        return SpacySpan(doc, ent.start, following.end, label="DATE")
    if ent.start == 0 or following.start <= ent.end:
        return None
    gap = doc_text(doc)[doc[ent.end].idx + len(doc[ent.end]) : following.start_char].strip()
    if gap and not _qualifier(gap, following.text, lang):
        return None  # only a qualifier the model left out may stand after the joiner: "to [mid-][April]"
    opener, joiner = doc[ent.start - 1].lower_, doc[ent.end].lower_
    if opener not in lang.date_range_openers or joiner not in lang.date_range_joiners:
        return None
    if joiner == "and":
        return None if opener != "between" else SpacySpan(doc, ent.start - 1, following.end, label="DATE")
    return SpacySpan(doc, ent.start, following.end, label="DATE")


def _qualifier(gap: str, date_words: str, lang: LanguageProfile) -> bool:
    """True when ``gap`` is one of the fuzzy qualifiers a date may open with ("mid-", "late"; ``date_leading_noise_re``)."""
    m = re.match(lang.date_leading_noise_re, f"{gap.lower()} {date_words}")
    return m is not None and m.end() >= len(gap)


def date_phrase(ent, lang: LanguageProfile) -> str:
    """The words to resolve: the entity, after the preposition that governs it when that changes its meaning.

    "since Saturday" is a range up to publication; "until the end of the
    month" or "for two days" is no point in time (the profile's
    ``date_since_words`` and ``date_bound_prepositions``). The small parser
    may read a "since" that opens the sentence before a date with no comma as
    the mark of the main clause or an adverb ("Since 3 March police have
    detained 40 activists": "3 March" a modifier of "police"): a since word
    straight before the date, not its subject, still opens the range (rev25d).
    It makes a feast named with its day ("Since Holi on 25 March, police have
    arrested ...") its subject: the feast and its day both open the range,
    never the day itself (the profile's ``holidays_fixed`` and
    ``holidays_movable``, ``date_shift_anchor_prepositions``; dates26).
    """
    head = ent.root.head
    if head != ent.root and head.dep_ == "prep" and head.i < ent.start and (
            head.lower_ in lang.date_since_words or head.lower_ in lang.date_bound_prepositions):
        return f"{head.lower_} {ent.text}"
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in lang.date_since_words and (
            ent.root.dep_ not in ("nsubj", "nsubjpass") or _feast_with_day(ent, lang) is not None):
        return f"{before.lower_} {ent.text}"
    since = _since_feast_day(ent, lang)
    if since is not None:
        return f"{since.lower_} {ent.text}"
    year = _feast_year(ent, lang)
    return ent.text if year is None else f"{ent.text} {year}"


_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def _feast_year(ent, lang: LanguageProfile) -> str | None:
    """The year a feast's name is given right after it ("Holi [in] [2022]", ``holiday_year_prepositions``), or None.

    dates26 read "during Holi in 2022" as the Holi before publication: the
    feast is that year's (rev26d).
    """
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in lang.holiday_year_prepositions \
            or not _YEAR.fullmatch(doc[ent.end + 1].text) or not _feast(ent.text, lang):
        return None
    return doc[ent.end + 1].text


def _feast_with_day(ent, lang: LanguageProfile):
    """The date entity after a feast's name ``ent`` and an anchor preposition ("Holi [on] [25 March]"), or None."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in lang.date_shift_anchor_prepositions \
            or doc[ent.end + 1].ent_type_ != "DATE" or not _feast(ent.text, lang):
        return None
    return entity_at(doc[ent.end + 1])


def _since_feast_day(ent, lang: LanguageProfile):
    """The since word or bound preposition before the feast this date entity gives the day of, or None.

    "[Since] Holi on [25 March]", "[After] Diwali on [12 November]" (the
    profile's ``date_since_words`` and ``date_bound_prepositions``). The
    feast is read from its words, whatever the model tagged them: after
    "after" or "before" it tags none, or a PERSON (rev26d).
    """
    doc = ent.doc
    if ent.start < 3 or doc[ent.start - 1].lower_ not in lang.date_shift_anchor_prepositions:
        return None
    for start in range(ent.start - 2, max(ent.start - 6, 0), -1):  # a feast's name is at most four words
        if not _feast(doc[start:ent.start - 1].text, lang):
            continue
        word = doc[start - 1]
        if word.lower_ in lang.date_since_words:
            return word
        # "After Diwali on 12 November, police arrested ...": the day bounds the act, it is not its day;
        # "Two days after Diwali on 12 November" is a counted stretch (events.date_shifts), not a bound
        bound = word.lower_ in lang.date_bound_prepositions and not any(c.dep_ != "pobj" for c in word.children)
        return word if bound else None
    return None


def _feast(words: str, lang: LanguageProfile) -> bool:
    """Whether ``words`` are the name of one of the profile's holidays ("Holi", "Eid al-Fitr")."""
    low = words.lower()
    return any(low == name.lower() for name in (*lang.holidays_fixed, *lang.holidays_movable))


def found_dates(sent, date_ents, dates: DateResolver, to_span, lang: LanguageProfile) -> list[EventDate]:
    """Every date expression of one sentence that resolves, in text order.

    Parameters
    ----------
    sent : spacy.tokens.Span
        The sentence.
    date_ents : list of (spacy.tokens.Span, Span)
        Its date entities (:func:`dotterel.events.dating.sentence_dates`).
    dates : DateResolver
    to_span : callable
        ``to_span(start, end) -> Span`` for parsed-document offsets.
    lang : LanguageProfile
        ``date_reference_words`` ("now", "recently").

    Returns
    -------
    list of EventDate
        Each entity read in the direction of its tense (:func:`date_direction`;
        the reading nearer publication when the tense says neither); an
        entity that does not resolve as a whole gives its parts; then the
        references to the present, past or future outside every entity.
    """
    out: list[tuple[int, EventDate]] = []
    for ent, span in date_ents:
        if _not_a_time(ent, lang):
            continue
        prefer = date_direction(ent.root, lang) or "nearest"
        # a stretch named by its two ends is two expressions, each its own timex
        resolved = None if dates.is_stretch(ent.text) else _resolve_expression(dates, ent.text, span, prefer)
        if resolved is not None:
            out.append((ent.start_char, resolved))
            continue
        pos = 0
        for piece in _SPLIT.split(ent.text):
            if not piece:
                continue
            at = ent.text.index(piece, pos)
            pos = at + len(piece)
            if piece == ent.text:
                break
            start = ent.start_char + at
            part = _resolve_expression(dates, piece, to_span(start, start + len(piece)), prefer)
            if part is not None:
                out.append((start, part))
    refs = lang.date_reference_words
    taken = {i for ent, _s in date_ents for i in range(ent.start, ent.end)}
    # a window can match only where its first word begins some reference phrase (checked first: building the
    # windows' spans is what costs)
    starts = lang.derived("date_reference_prefixes", _reference_prefixes)
    for tok in sent:
        if tok.i in taken or tok.lower_ not in starts or entity_at(tok) is not None:
            continue
        for size in (3, 2, 1):
            words = sent.doc[tok.i : tok.i + size]
            if words.end > sent.end or any(t.i in taken for t in words):
                continue
            if words.text.lower() in refs and _reference_use(words):
                resolved = dates.resolve(words.text, span=to_span(words.start_char, words.end_char),
                                         prefer=date_direction(words.root, lang) or "nearest")
                if resolved is not None:
                    out.append((words.start_char, resolved))
                    taken.update(range(words.start, words.end))
                break
    return [d for _start, d in sorted(out, key=lambda x: x[0])]


def _resolve_expression(dates: DateResolver, words: str, span, prefer: str) -> EventDate | None:
    """What a date expression denotes, read in the direction of its tense.

    A day the past reading refuses because it falls just after publication
    ("declared a dividend, payable Dec. 15" in a report of 30 November:
    :meth:`~dotterel.dates.DateResolver.resolve`) is the near day ahead: the
    past tense was another clause's. An event told as done is still not
    dated by it (:func:`dotterel.events.dating.event_date`).
    """
    resolved = dates.resolve(words, span=span, prefer=prefer)
    if resolved is None and prefer == "past":
        resolved = dates.resolve(words, span=span, prefer="nearest")
    return resolved


def _reference_prefixes(lang: LanguageProfile) -> frozenset[str]:
    """Every beginning of every ``date_reference_words`` phrase ("t", "th", "the", ...)."""
    return frozenset(ref[:k] for ref in lang.date_reference_words for k in range(1, len(ref) + 1))


def _not_a_time(ent, lang: LanguageProfile) -> bool:
    """A name ("VOA Today") or a generic use ("the people of tomorrow"), not a time.

    A relative day word written with a capital after a proper noun is part of a
    name; after "of" on a noun it stands for an era, not a day.
    """
    first = ent[0]
    if first.lower_ not in lang.relative_day_words:
        return False
    prev = ent.doc[ent.start - 1] if ent.start > 0 else None
    if prev is None:
        return False
    if first.is_title and prev.pos_ == "PROPN" and not first.is_sent_start:
        return True
    return prev.lower_ == "of" and prev.head.pos_ == "NOUN" and len(ent) == 1


def _reference_use(words) -> bool:
    """A time adverb or noun, not "now that" (a conjunction) nor "the past" as a modifier."""
    last = words[-1]
    nxt = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    if nxt is not None and nxt.lower_ == "that" and len(words) == 1:
        return False
    return last.pos_ in ("ADV", "NOUN") or last.dep_ in ("advmod", "npadvmod", "pobj")


STORY_WINDOW_DAYS = 62
"""How far before publication a named date counts as the story's own (two months)."""

STORY_SETTLED_DAYS = 7
"""How long before publication a story told in an earlier month must have last named a day (one week)."""


def story_month(found: list[EventDate], published) -> EventDate | None:
    """The month of the article's own timeline, for past events nothing else dates.

    Parameters
    ----------
    found : list of EventDate
        Every date expression of the document (``ctx.dates_found``).
    published : datetime.date | None

    Returns
    -------
    EventDate | None
        ``YYYY-MM`` at month precision, ``source="context"``, when the
        document names at least one day or month within
        :data:`STORY_WINDOW_DAYS` before publication (the publication day
        itself, "now" or "today", aside) and all of them fall in one month,
        which is the publication's month or ended at least
        :data:`STORY_SETTLED_DAYS` after the last day named (otherwise an
        undated event may belong to the days up to publication); ``None``
        otherwise.
    """
    import datetime as _dt

    if published is None or published.toordinal() <= STORY_WINDOW_DAYS:
        return None
    pub = published.isoformat()
    window = (published - _dt.timedelta(days=STORY_WINDOW_DAYS)).isoformat()
    months: set[str] = set()
    last = ""
    for d in found:
        if d.value is None or d.time_precision not in ("day", "month") or d.span is None or d.value == pub:
            continue
        if window <= d.value[:10] <= pub:
            months.add(d.value[:7])
            last = max(last, d.latest or d.value)
    if len(months) != 1:
        return None
    month = months.pop()
    settled = (published - _dt.date.fromisoformat(last[:10])).days >= STORY_SETTLED_DAYS if len(last) >= 10 else False
    if month != pub[:7] and not settled:
        return None
    y, m = int(month[:4]), int(month[5:7])
    end = _dt.date(y + (m == 12), m % 12 + 1, 1) - _dt.timedelta(days=1)
    return EventDate(value=month, earliest=f"{month}-01", latest=min(end, published).isoformat(),
                     time_precision="month", source="context",
                     reason=f"no date in the paragraph; every recent date the article names is in {month}")


def paragraph_year(earlier, dates: DateResolver, lang: LanguageProfile) -> EventDate | None:
    """The year a paragraph has set, in words before everything else of a sentence, for the sentences after it.

    "In 1968, Soviet tanks rolled into Prague. Hundreds of thousands
    protested.": a time adverbial that opens its sentence sets the frame of
    the discourse that follows until another time is named (Chafe 1976,
    "Givenness, contrastiveness, definiteness, subjects, topics and point of
    view", on temporal frames; the TimeML guidelines anchor an undated event
    to the temporal expression in focus). Only a year at year precision is
    returned: a day or month already dates the paragraph's events through
    their anchor (:func:`dotterel.events.dating.event_date`, rule 5).

    Parameters
    ----------
    earlier : list of SentenceSlots
        The sentences of the paragraph before the event's, in text order,
        with their ``date_ents``.
    dates : DateResolver
    lang : LanguageProfile
        ``date_frame_openers``: the words that may stand before the year
        ("in", "back"; not "by", which tells a state reached by then).

    Returns
    -------
    EventDate | None
        The year (``YYYY``, ``time_precision="year"``, ``source="context"``,
        ``latest`` never after publication) when the last date expression of
        ``earlier`` is a year opening its sentence; ``None`` otherwise (no
        date, a later date named, or a year inside a clause: "the group,
        founded in 2010, ...").
    """
    for slot in reversed(earlier):
        if not slot.date_ents:
            if _told_now(slot.span):
                return None  # "In 2011, the uprising toppled him. Now protesters have returned.": back to the present
            continue
        ent, span = slot.date_ents[-1]
        if not _opens_sentence(ent, lang):
            return None
        year = dates.resolve(ent.text, span=span, prefer="past")
        if year is None or year.time_precision != "year" or year.value is None or year.earliest is None:
            return None
        latest = year.latest
        if dates.published is not None and latest is not None and latest > dates.published.isoformat():
            if year.earliest > dates.published.isoformat():
                return None  # "In 2030, ...": a year ahead frames plans, not what was done
            latest = dates.published.isoformat()
        return year.model_copy(update={
            "latest": latest, "source": "context",
            "reason": f"no date in the sentence; the year '{span.text}' that opens a sentence before it in the "
                      "paragraph"})
    return None


def _told_now(sent) -> bool:
    """Whether a sentence's main verb is in the present or present perfect ("have returned", "say", "is").

    The past tense keeps a frame set in the past; a present tense moves the
    narrative back to the time of speech (Reichenbach 1947, *Elements of
    Symbolic Logic*, section 51: the present perfect has its reference time
    at the speech time), so the frame's year no longer dates what follows
    ("In 2020, the party won. Since then, police have arrested hundreds of
    critics. Protesters blocked roads.").
    """
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return False
    return root.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in root.children)


def _opens_sentence(ent, lang: LanguageProfile) -> bool:
    """Whether a date opens its sentence: only opener words ("In", "Back in") before it, its main verb after it."""
    sent = ent.sent
    if any(t.lower_ not in lang.date_frame_openers for t in sent.doc[sent.start : ent.start]):
        return False
    return sent.root.i >= ent.end and sent.root.pos_ in ("VERB", "AUX")


@dataclass(frozen=True)
class DayRelation:
    """A day told by its distance from a named day: "the eve of Thursday's vote".

    Attributes
    ----------
    word : spacy.tokens.Token
        The relation noun ("eve", "day"), whose place in the sentence says
        which event the day dates.
    day : str
        The named day's words ("Thursday", "9 May").
    offset : int
        Days from the named day (-1 for "the eve of", +1 for "a day after").
    start, end : int
        Character offsets of the whole phrase in the parsed text ("the eve
        of Thursday's vote"), 0-based, end-exclusive.
    """

    word: object
    day: str
    offset: int
    start: int
    end: int


def day_relation(ent, lang: LanguageProfile) -> DayRelation | None:
    """The relation of a date entity to the day it names, when a noun and preposition give one.

    "Two people were killed on the eve of Thursday's vote": spaCy tags
    "Thursday" (or "the eve of Thursday") as the date, but the killing is on
    the Wednesday. The profile's ``date_relation_offsets`` give the days
    each "<noun> <preposition>" adds ("eve of" -1, "day after" +1, "day of"
    0: the dictionary senses of *eve*, "the day or period of time
    immediately before an event", Oxford English Dictionary). The named day
    may be the possessor of an event noun ("Thursday's vote"), the
    preposition's object ("the eve of 9 May"), or an "on" phrase right after
    the event noun ("the eve of the election on Sunday": read as the noun's,
    :func:`~dotterel.events.date_shifts.postmodified_noun`). ``None`` for any
    other date.

    Parameters
    ----------
    ent : spacy.tokens.Span
        A DATE entity.
    lang : LanguageProfile

    Returns
    -------
    DayRelation | None
    """
    offsets = lang.date_relation_offsets
    nouns = {k.split()[0] for k in offsets}
    own = [t for t in ent if t.ent_type_ == "DATE" and t.lemma_.lower() not in nouns and t.dep_ not in ("det", "case")
           and not (t.pos_ == "ADP")]
    if not own:
        return None
    day = next((t for t in own if t.head not in own or t.head == t), None)
    if day is None:
        return None
    noun = day.head if day.dep_ == "poss" else day
    # only a date that is the whole phrase ("on Sunday"), never the object inside one ("on the eve of Eid")
    occasion = postmodified_noun(ent, lang) if day.dep_ == "pobj" and day == ent.root else None
    if occasion is not None and occasion.dep_ == "pobj":
        noun = occasion  # "on the eve of the election on Sunday", "the day before the vote on Saturday"
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.pos_ != "ADP":
        return None
    word = prep.head
    if word.lemma_.lower() not in nouns and prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in nouns \
            and prep.doc[prep.i - 1].head == prep.head:
        word = prep.doc[prep.i - 1]  # "arrested 20 activists the day before Sunday's election": both hang on the verb
    offset = offsets.get(f"{word.lemma_.lower()} {prep.lower_}")
    if offset is None or word.pos_ != "NOUN" or word.tag_ == "NNS":
        return None  # "in Lusaka days before the election on Sunday": a plural is a stretch (date_shifts), not one day
    if any(c.lower_ in lang.date_period_relatives or c.lower_ in lang.coref_demonstratives
           or c.lower_ in lang.habitual_determiners for c in word.children):
        return None  # "that day after the clashes on Friday", "every day before Sunday's vote": a day of its own
    # the named day's own words, unspaced as written ("Eid al-Fitr"), never a phrase hung on it ("in Kano")
    named = [t for t in day.subtree if t.dep_ != "case" and (ent.start <= t.i < ent.end or t.ent_type_ == "DATE")]
    words = "".join(t.text_with_ws for t in named).strip()
    first = word.left_edge
    last = noun if noun != day and noun.i > day.i else max(named, key=lambda t: t.i)
    return DayRelation(word=word, day=words, offset=offset, start=first.idx, end=last.idx + len(last.text))


def is_deictic(ent, lang: LanguageProfile) -> bool:
    """A date told from the speaker's now: "yesterday", "today", "last night" (profile ``date_adverbs``, ``date_deictic_phrases``)."""
    low = ent.text.lower().strip()
    return low in lang.date_adverbs or low in lang.date_deictic_phrases


def speaker_day(ent, resolved: EventDate, said: EventDate | None, published, *, written: bool) -> EventDate | None:
    """A deictic date of reported words, moved from the report's day to the day the words were said or written.

    "'Soldiers burned our houses yesterday,' a villager told Reuters on
    Sunday": the villager's yesterday is the Saturday, not the day before
    publication (TimeML: an indexical timex is anchored on the speech time of
    its speaker, not on the document creation time). With no day for the
    statement, a spoken report is taken as told on the report's day, as wire
    copy is; written words ("wrote in a blog post", "tweeted") keep their own
    time, which the text does not give, so no day is taken (``None``).

    Parameters
    ----------
    ent : spacy.tokens.Span
        The deictic date.
    resolved : EventDate
        Its reading against publication.
    said : EventDate | None
        The statement's own day (day precision), if the text gives one.
    published : datetime.date | None
    written : bool
        The reporting verb is one of writing or posting (profile ``written_report_verbs``).

    Returns
    -------
    EventDate | None
    """
    if resolved.time_precision != "day" or not resolved.value or published is None:
        return resolved
    if said is None:
        return None if written else resolved
    shift = _dt.date.fromisoformat(said.value) - published
    day = (_dt.date.fromisoformat(resolved.value) + shift).isoformat()
    return resolved.model_copy(update={
        "value": day, "earliest": day, "latest": day,
        "reason": f"'{ent.text}' told on {said.value} ('{said.span.text if said.span else said.value}'), the day of "
                  f"the statement, not of publication"})
