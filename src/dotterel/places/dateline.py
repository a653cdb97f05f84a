"""News datelines: "TBILISI, Georgia (AP) — ..." -> ("TBILISI", "Georgia").

The wire-service dateline convention (AP Stylebook "datelines"; Reuters uses
the same shape with "CITY, Month Day (Reuters) -") is: the city in capitals,
optionally a comma and a state/country in title case, optionally the date
and the agency in parentheses, then a dash. Only the first 1 000 characters
are looked at; the dateline starts a line or follows the end of a title
sentence on the same line ("Fire destroys home. HUDSON -- Officials ...") or
a byline's date ("By Russ Zimmer, Advocate Reporter March 15, 2009 NEWARK --
..."), and the city must be written in capitals, which keeps ordinary
sentences from matching.

Two more shapes of the same convention: the dash as the control character
U+0097 or U+0096, which is what Windows-1252's em and en dash (bytes 0x97,
0x96) become when a page is read as Latin-1 ("NEWARK <U+0097> Wess Henry"); and
the city in capitals straight before a colon ("BEIRUT: The body of ...", the
Daily Star's and South Asian papers' dateline; any heading in capitals has
that shape too, "UPDATE:", so :meth:`~dotterel.places.event_location.EventLocator.dateline`
asks more of such a city, :func:`colon_form`). The Indian papers' and agencies' dateline closes its date
with a colon, with or without the year ("KOLKATA, March 5:", "MUMBAI, March 5, 2024:"); their title-case
"Kolkata, March 5 (PTI):" is read only for its date (:func:`dateline_date`), which is the day the report
was filed, no event's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dotterel.records import Span

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile

__all__ = ["find_dateline", "dateline_date", "dateline_spans", "colon_form", "filed_span", "release_form"]

_CAPS_WORD = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_SCAN_CHARS = 1000


def _dateline_pattern(lang: LanguageProfile) -> re.Pattern:
    """The dateline shape, with the language's month abbreviations ("Jan", "Sept") for the optional date."""
    return _pattern(lang, title_city=False)


def _dated_dateline_pattern(lang: LanguageProfile) -> re.Pattern:
    """The dateline shape with its date, whose city may also be in title case ("Kolkata, March 5 (PTI):")."""
    return _pattern(lang, title_city=True)


def _pattern(lang: LanguageProfile, *, title_city: bool) -> re.Pattern:
    month = "(?:" + "|".join(re.escape(m) for m in lang.dateline_months) + r")[a-z]*\.?"
    title_word = rf"(?!{month}\s+\d)[A-Z][\w'’.\-]*"
    # a weekday opens a dated heading, never a town ("MONDAY, March 5:", "Friday, Dec 5 (PTI):"; rev25d)
    weekday = "(?!(?i:" + "|".join(re.escape(d) for d in lang.weekdays) + r")\b)"
    city = rf"{weekday}{_CAPS_WORD}(?:[ ]{_CAPS_WORD})*"
    if title_city:
        # the Indian agencies' and papers' "Kolkata, March 5 (PTI):", "Mumbai, March 5, 2024:": a town in title
        # case is a dateline's only with the date straight after it, at the start of a line
        city = rf"(?:{city}|(?<![^\n]){weekday}[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?=,[ ]*{month}[ ]+\d))"
    return re.compile(
        rf"""
        (?:^|(?<=[.!?][ ])|(?<=\d{{4}}[ ]))[ \t]*
        (?P<city>{city})
        (?:,[ ]*(?P<region>{title_word}(?:[ ]{title_word}){{0,3}}))?
        (?P<date>,?[ ]*{month}[ ]+\d{{1,2}}(?:,[ ]*\d{{4}})?)?
        (?:[ ]*\((?P<agency>[^()\n]{{1,40}})\))?
        [ ]*(?:—|–|\u0097|\u0096|-{{1,3}}|(?<=\))[ ]*:|(?<=[A-Z]):|(?<=\d):)[ ]
        """,
        re.VERBOSE | re.MULTILINE,
    )


def dateline_spans(text: str, *, lang: LanguageProfile) -> tuple[Span, Span | None] | None:
    """Find the dateline and return evidence spans for its place words.

    Parameters
    ----------
    text : str
        The original document text.
    lang : LanguageProfile
        Its ``dateline_months`` (month abbreviations of the optional date).

    Returns
    -------
    tuple[Span, Span | None] | None
        The city span and the optional state/country span (offsets into
        ``text``), or ``None`` when there is no dateline.
    """
    m = lang.derived("places.dateline", _dateline_pattern).search(text[:_SCAN_CHARS])
    if m is None:
        return None
    if _misplaced(text, m):
        return None  # after a sentence end only on the first line; after a year only ending a byline's date
    city = m.group("city").rstrip(".")
    if len(re.sub(r"[^A-Z]", "", city)) < 2:
        return None
    cs = m.start("city")
    city_span = Span(start=cs, end=cs + len(city), text=city)
    region_span = None
    if m.group("region"):
        region = m.group("region")
        rs = m.start("region")
        region_span = Span(start=rs, end=rs + len(region), text=region)
    return city_span, region_span


def colon_form(text: str, city: Span) -> bool:
    """Whether the dateline's city is followed by a colon ("BEIRUT: The body ..."), not a dash.

    Also when a colon closes the date straight after the city ("KOLKATA, March 5:"): a heading in capitals has
    that shape too ("UPDATE, March 5:"), so such a city must be as sure a town as one before a bare colon (rev25d).
    """
    return re.match(r":|,[^\n:()—–]{1,30}?\d[ ]*:", text[city.end:city.end + 40]) is not None


def dateline_date(text: str, *, lang: LanguageProfile) -> tuple[int, int] | None:
    """Where the date of the dateline is in ``text`` ("KOLKATA, March 5:", "Kolkata, March 5 (PTI):").

    The dateline's date is the day the report was filed (AP Stylebook "datelines"), not the day of any event
    the report tells: "KOLKATA, March 5: Police arrested 22 students on Monday" is an arrest on the Monday.
    The city may be in title case here, with the date straight after it (the Press Trust of India's and Indian
    papers' "Mumbai, March 5, 2024:"); :func:`dateline_spans` reads only a city in capitals as a place.

    Parameters
    ----------
    text : str
        The original document text.
    lang : LanguageProfile
        Its ``dateline_months``.

    Returns
    -------
    tuple of (int, int) or None
        Start and end character offsets of the date words ("March 5", "March 5, 2024"); ``None`` when the text
        opens with no dated dateline.
    """
    m = lang.derived("places.dateline_dated", _dated_dateline_pattern).search(text[:_SCAN_CHARS])
    if m is None or m.group("date") is None or _misplaced(text, m):
        return None
    if re.search(r"[.!?][\"'”’)]*\s", text[:m.start()]):
        return None  # a dated line after the story's first sentence is a line of the story ("Paris, March 5: ...")
    start, end = m.span("date")
    while text[start] in ", ":
        start += 1
    return start, end


def _misplaced(text: str, m: re.Match) -> bool:
    """Whether the dateline match ``m`` stands where no dateline does (:func:`dateline_spans`' placing rules)."""
    before = text[: m.start()]
    if before.strip() and not before.endswith("\n") and "\n" in before.strip():
        return True  # after a sentence end only on the first line (the title line)
    return before[-5:-1].isdigit() and not re.search(r"\b\d{1,2},? \d{4} $", before)


def find_dateline(text: str, *, lang: LanguageProfile) -> tuple[str, str | None] | None:
    """Return the dateline place of a news text.

    Parameters
    ----------
    text : str
        The original document text.
    lang : LanguageProfile
        As for :func:`dateline_spans`.

    Returns
    -------
    tuple[str, str | None] | None
        ``("TBILISI", "Georgia")`` for "TBILISI, Georgia (AP) — ...",
        ``("MOSCOW", None)`` for "MOSCOW (Reuters) - ...", ``None`` when the
        text has no dateline.
    """
    spans = dateline_spans(text, lang=lang)
    if spans is None:
        return None
    city, region = spans
    return city.text, (region.text if region is not None else None)


_RELEASE = re.compile(r"\A\s*\((?P<city>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})(?:,[^()\n]{1,40})?\)[ ]*(?:—|–|-{1,3})[ ]")
"""A press release's dateline: the city in parentheses, with or without the date, then a dash (Human Rights
Watch and Amnesty International open their releases "(Bangkok, June 10, 2024) – ..." or "(Beirut) – ...")."""


def filed_span(text: str, *, lang: LanguageProfile) -> tuple[int, int] | None:
    """Where the dateline's place words are in ``text`` (a wire dateline's city and region, a press release's city).

    The dateline names where the report was filed, not where anything happened (AP Stylebook "datelines"): a
    capital named there is no evidence of the country a text is about ("(Bangkok, June 10, 2024) - Soldiers
    burned 300 homes in Sagaing Region": Myanmar's soldiers, not Thailand's).

    Parameters
    ----------
    text : str
    lang : LanguageProfile
        As for :func:`dateline_spans`.

    Returns
    -------
    tuple of (int, int) or None
        The start and end character offsets of the place words; ``None`` when the text has no dateline.
    """
    release = _RELEASE.match(text)
    if release is not None:
        return release.start("city"), release.end("city")
    spans = dateline_spans(text, lang=lang)
    if spans is None:
        return None
    city, region = spans
    return city.start, (region or city).end


def release_form(text: str) -> bool:
    """Whether ``text`` opens with a press release's dateline ("(Beirut) -", "(Nairobi, May 3, 2024) -").

    Rights groups head their releases with the city of the office that wrote them (Human Rights Watch, Amnesty
    International), which covers a region: the city names the office, not the country of the events.
    """
    return _RELEASE.match(text) is not None
