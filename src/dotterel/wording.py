"""Plain-language readings of records, shared by every face (terminal, web pages, notebooks).

One home for how a record is *said* to a reader, so that the terminal table,
the HTML viewer and a Jupyter cell never disagree:

- :func:`on_whose_word`: an event's claimant and certainty as a sentence a
  journalist would write ("the GEO interior ministry says (reported)",
  "the author asserts").
- :func:`date_notation` and :func:`date_sort_key`: a date with its precision
  kept ("2024-04 (month)", "<=2024-05-01") and its earliest possible day for
  sorting.
- :func:`legend_lines`: what the codes of a terminal table mean (sector codes,
  ``IGO``, date notations).
"""

from __future__ import annotations

from collections.abc import Iterable

from dotterel.records import Attribution, EventDate

__all__ = ["date_notation", "date_sort_key", "legend_lines", "on_whose_word", "range_notation", "sector_names",
           "kept_count", "vague_figure"]

_VERBS = {
    # certainty -> (verb for the author's own voice, verb for someone else's claim)
    "asserted": ("asserts", "asserts"),
    "reported": ("reports", "says"),
    "alleged": ("alleges", "alleges"),
    "denied": ("denies", "denies"),
    "negated": ("says it did not happen", "says it did not happen"),
    "hypothetical": ("says it may happen", "says it may happen"),
    "future": ("says it will happen", "says it will happen"),
    "historical": ("recalls it as past", "recalls it as past"),
    "opinion": ("gives it as opinion", "gives it as opinion"),
}
"""Reading of each :data:`~dotterel.records.Certainty` (see ``docs`` of attribution)."""

_INSTITUTIONS = frozenset({"government", "official", "media", "ngo", "organisation"})
"""Claimant types named with "the" when the name is a common noun phrase ("the interior ministry")."""


def _plural(attribution: Attribution) -> bool:
    """Whether the claimant reads as a plural common noun ("Kazakh authorities", "witnesses"), not a name."""
    words = attribution.claimant.split()
    if attribution.claimant == "author" or not words:
        return False
    last = words[-1]
    return last.islower() and last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _plural_verb(verb: str) -> str:
    head, _, rest = verb.partition(" ")
    head = head[:-3] + "y" if head.endswith("ies") else head[:-1]  # denies -> deny, says -> say
    return f"{head} {rest}".rstrip()


def _claimant_phrase(attribution: Attribution) -> str:
    if attribution.claimant == "author":
        return "the author"
    name = attribution.claimant
    # "GEO interior ministry", "Kazakh authorities" read with an article; a proper name
    # ("Kassym-Jomart Tokayev", "Human Rights Watch") does not: only lower-case heads get one.
    words = name.split()
    if attribution.claimant_type in _INSTITUTIONS and words and words[-1].islower():
        return f"the {name}"
    return name


def on_whose_word(attribution: Attribution) -> str:
    """An event's claimant and certainty as one short sentence.

    Parameters
    ----------
    attribution : Attribution

    Returns
    -------
    str
        ``"<claimant> <verb>"``, with ``, quoted`` for a direct quote and the
        certainty in brackets when the verb does not already say it:
        ``"the author asserts"``, ``"the GEO interior ministry says (reported)"``,
        ``"Human Rights Watch alleges"``, ``"the author says it may happen (hypothetical)"``;
        a plural common noun takes a plural verb (``"the Kazakh authorities deny"``).

    Examples
    --------
    >>> on_whose_word(Attribution())
    'the author asserts'
    >>> on_whose_word(Attribution(claimant="GEO interior ministry", claimant_type="government", certainty="reported"))
    'the GEO interior ministry says (reported)'
    """
    own, other = _VERBS.get(attribution.certainty, ("states", "states"))
    author = attribution.claimant == "author"
    verb = own if author else other
    text = f"{_claimant_phrase(attribution)} {_plural_verb(verb) if _plural(attribution) else verb}"
    if attribution.direct_quote:
        text += ", quoted"
    if attribution.certainty not in ("asserted", "alleged", "denied"):
        text += f" ({attribution.certainty})"
    return text


def date_notation(date: EventDate | None) -> str:
    """A date as the terminal table writes it, with its precision.

    Parameters
    ----------
    date : EventDate | None

    Returns
    -------
    str
        ``"2024-04-30 (day)"``, ``"2024-04 (month)"``; a range as
        ``"2024-04-30/2024-05-01"``; only an upper bound (an undated event,
        before publication) as ``"<=2024-05-01"``; only a lower bound as
        ``">=2024-04-01"``; ``""`` for no date.

    Examples
    --------
    >>> date_notation(EventDate(latest="2024-05-01", time_precision="range", source="publication"))
    '<=2024-05-01'
    """
    if date is None:
        return ""
    if date.value:
        return f"{date.value} ({date.time_precision})"
    return range_notation(date.earliest, date.latest)


def range_notation(earliest: str | None, latest: str | None) -> str:
    """A date range as the terminal table writes it.

    Parameters
    ----------
    earliest, latest : str | None
        ISO 8601 days.

    Returns
    -------
    str
        ``"A/B"``, ``"A"`` when both are the same day, ``"<=B"``, ``">=A"`` or ``""``.
    """
    if earliest and latest:
        return earliest if earliest == latest else f"{earliest}/{latest}"
    if latest:
        return f"<={latest}"
    if earliest:
        return f">={earliest}"
    return ""


def date_sort_key(earliest: str | None, latest: str | None) -> tuple[int, str, str]:
    """Sort key putting events by their earliest possible day, unbounded ones last.

    Parameters
    ----------
    earliest, latest : str | None
        ISO 8601 bounds (``YYYY-MM-DD``).

    Returns
    -------
    tuple[int, str, str]
        ``(0, earliest, latest)`` for an event with a lower bound;
        ``(1, latest, "")`` for one bounded only from above (it may be any
        day before, so it cannot be placed among the dated ones);
        ``(2, "", "")`` with no date.
    """
    if earliest:
        return (0, earliest, latest or "")
    if latest:
        return (1, latest, "")
    return (2, "", "")


def vague_figure(count) -> str | None:
    """A vague quantity with the figure its convention gives it: ``"thousands → 1,000 (ACLED)"``.

    Parameters
    ----------
    count : Count | CountReport
        Anything with ``vague`` (the words as written), ``convention`` and
        ``estimate`` (:class:`dotterel.records.Count`,
        :class:`dotterel.records.linked.CountReport`).

    Returns
    -------
    str | None
        ``None`` for a count that is not vague. When the convention states
        no figure for the words (CCC for "dozens"), says so instead of giving
        one: ``"dozens, no CCC figure"``. The conventions and their sources
        are :data:`dotterel.count_conventions.CONVENTIONS` (``docs/counts.md``).

    Examples
    --------
    >>> from types import SimpleNamespace as C
    >>> vague_figure(C(vague="thousands", convention="acled", estimate=1000))
    'thousands → 1,000 (ACLED)'
    >>> vague_figure(C(vague="Dozens", convention="ccc", estimate=None))
    'Dozens, no CCC figure'
    """
    from dotterel.count_conventions import CONVENTIONS

    if not getattr(count, "vague", None):
        return None
    conv = CONVENTIONS.get(count.convention or "")
    label = (conv.label if conv is not None and conv.label else count.convention) or "no convention"
    if count.estimate is None:
        return f"{count.vague}, no {label} figure"
    return f"{count.vague} → {count.estimate:,} ({label})"


def kept_count(event, kept) -> str:
    """A linked event's conservative figure of one kind, with the vague words it stands for.

    Parameters
    ----------
    event : LinkedEvent
    kept : ConservativeCount
        One of ``event.conservative``.

    Returns
    -------
    str
        ``"killed 225"``; for a figure a convention gave a vague quantity,
        ``"killed dozens → 12 (ACLED)"`` (:func:`vague_figure`); for a vague
        quantity the convention gives no figure, the words' own bound with
        them, ``"killed 24 (dozens, no CCC figure)"``; when the credible
        reports disagree, the highest beside it: ``"participants 2,000
        (reports up to 10,000)"``.
    """
    for mention in event.mentions:  # the mention's own count: its words, convention and figure
        if mention.event.event_id != kept.mention_id:
            continue
        for count in mention.event.counts:
            phrase = vague_figure(count)
            if phrase is None or count.kind != kept.kind or count.subgroup is not None:
                continue
            if count.estimate == kept.value:
                return f"{kept.kind} {phrase}"
            if count.estimate is None and kept.value in (count.low, count.best):  # the words' own bound
                return f"{kept.kind} {kept.value:,} ({phrase})"
    return f"{kept.kind} {kept.value:,}" + (f" (reports up to {kept.high:,})" if getattr(kept, "high", None) else "")


def sector_names() -> dict[str, str]:
    """The sector codes and their meanings, from the ontology (``sectors`` of ``data/plover.json``, their one home).

    Returns
    -------
    dict[str, str]
        ``{"GOV": "government: the executive, ruling parties and coalition partners, ministries", ...}``.
    """
    from .ontology import Ontology

    return dict(Ontology.load().sectors)


def legend_lines(*, sectors: Iterable[str] = (), igo: bool = False, dates: Iterable[str] = (),
                 counts: Iterable[str] = ()) -> list[str]:
    """The legend printed under a terminal table, for the codes it shows.

    Parameters
    ----------
    sectors : Iterable[str], keyword-only
        Sector codes that appear (``CVL``, ``COP``, ...): each is explained
        with the first clause of its meaning in ``data/actors.json``.
    igo : bool, keyword-only
        Whether ``IGO`` appears in a country column.
    dates : Iterable[str], keyword-only
        The date notations that appear (as :func:`date_notation` writes them).
    counts : Iterable[str], keyword-only
        The counts cells that appear; a vague quantity's figure
        (:func:`vague_figure`, "→") is explained.

    Returns
    -------
    list[str]
        Lines without trailing newlines; empty when nothing needs explaining.
    """
    lines = []
    names = sector_names()
    shown = [code for code in dict.fromkeys(sectors) if code in names]
    if shown:
        # the head of each meaning: "Government: executive, ..." -> "government"; "Civilians, the public, ..." -> "civilians"
        parts = [f"{code} {names[code].split(':')[0].split(' (')[0].split(',')[0].lower()}" for code in sorted(shown)]
        lines.append("sectors (PLOVER/CAMEO agent codes): " + ", ".join(parts))
    if igo:
        lines.append("IGO: an intergovernmental organisation, in place of a country code")
    dates = list(dates)
    if any(d.endswith(")") for d in dates):
        lines.append("when 'D (precision)': a date known to a day, week, month or year, written to that precision")
    if any("/" in d for d in dates):
        lines.append("when 'A/B': some time from day A to day B")
    if any(d.startswith("<=") for d in dates):
        lines.append("when '<=D': no date in the text; on or before D, the publication date")
    if any(d.startswith(">=") for d in dates):
        lines.append("when '>=D': on or after day D")
    if any("(sum: " in c for c in counts):
        lines.append("counts '(sum: words)': a running total or a sum over a country or a period, kept as "
                     "context; never the event's own figure")
    if any("→" in c for c in counts):
        lines.append("counts 'words → N (convention)': a vague quantity as written and the figure the named "
                     "convention gives it (ACLED by default, the count_convention option; docs/counts.md)")
    return lines
