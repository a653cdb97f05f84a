"""Whether two role-noun actors name two units of one force: "the Kothrud police" and "the Hadapsar police".

A role noun resolves to one name for every unit it can stand for (both are India's police), so the
restatement merge (:func:`dotterel.events.merge.merge_restatements`) asks the words of the two phrases.
Split from :mod:`dotterel.events.merge`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..records import Actor

__all__ = ["units_differ", "with_capitals"]


_ROLE_HOWS = ("role", "role_home_country")
"""Actor resolutions from a role noun (:data:`dotterel.records.ActorHow`): one name for many units."""


def with_capitals(sentence: str) -> bool:
    """Whether a sentence is written with capitals: its first letter is one (not a lower-cased archive's)."""
    return next((c.isupper() for c in sentence if c.isalpha()), False)


def _unit_words(actor: Actor, skip: set[str], ordinary: Callable[[str], bool] | None,
                names_country: Callable[[str], bool], cased: bool,
                unit_nouns: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """The words of a role-noun actor's phrase, and those of them that name its unit.

    A unit is named by a number or a name ("the 7th brigade", "the Kothrud police"): a word that is no
    ordinary word of the language (``ordinary``: "local", "armed", "district" are; "Kothrud", "Kisumu"
    are not; a hyphenated word when none of its parts is), nor, in a sentence written with capitals
    (its first letter one), a word written in lower case ("plainclothes police"); there, a capital
    after the phrase's first word names one even of ordinary words ("the West Division police"). A word
    naming a country names none of its units ("Nigerian police", "Kenya police": the force of a whole
    country, of which a city's police is part). Before a noun of a unit (``unit_nouns``: "the special branch
    police", "the anti-terrorism squad") ordinary and lower-case words name the unit too, the noun with them:
    "the special branch police" and "the detective branch police" are two units.
    """
    words, naming = set(), set()
    raws = actor.span.text.split()
    lows = [r.strip(".,;:!?\"()[]").lower() for r in raws]
    unit_at = max((i for i, w in enumerate(lows) if w in unit_nouns), default=-1)
    for n, raw in enumerate(raws):
        raw = raw.strip(".,;:!?\"()[]").removesuffix("'s").removesuffix("\u2019s")
        word = raw.lower()
        if not word or word in skip:
            continue
        words.add(word)
        if any(c.isdigit() for c in word) or (cased and n > 0 and raw[:1].isupper() and not names_country(raw)):
            naming.add(word)
        elif n <= unit_at and not names_country(raw):
            naming.add(word)  # "special branch", "anti-terrorism squad": the unit's own name
        elif not (cased and raw.islower()) and not names_country(raw) \
                and (ordinary is None or not all(ordinary(part) for part in word.split("-") if part)):
            naming.add(word)
    return words, naming


def units_differ(first: Actor | None, other: Actor | None, determiners: Iterable[str] = (), *,
                 ordinary: Callable[[str], bool] | None = None,
                 names_country: Callable[[str], bool] = lambda word: False,
                 cased: tuple[bool, bool] = (False, False), unit_nouns: Iterable[str] = ()) -> bool:
    """Whether two actors resolved from role nouns are told apart by the names of their units.

    A role noun resolves to one name for every unit it can stand for ("the Kothrud police" and
    "the Hadapsar police" are both "India police"). When each phrase has a word naming its unit (a
    name or a number, :func:`_unit_words`) that the other lacks, the text names two units: two
    police stations' arrests are two events (ACLED codebook 2023: an event is one actor's act at one
    place on one day). A phrase whose words all appear in the other ("the police", "the Kothrud police"),
    or that differs from it only by words naming no unit ("the local police", "the Kisumu police";
    "Nigerian police", "Lagos police"), may be the same force said again.

    Parameters
    ----------
    first, other : Actor or None
        The two actors.
    determiners : iterable of str
        Lower-case words that do not tell a unit (the language profile's ``role_determiners``).
    ordinary : callable or None, optional
        Whether a lower-case word is an ordinary word of the language, not a name
        (:meth:`dotterel.casing.CapitalsRecaser.ordinary`); ``None``: every word may be a name.
    names_country : callable, optional
        Whether a word names a country (a name or a demonym; the knowledge base).
    cased : tuple of bool, optional
        Whether the sentences the two actors are named in are written with capitals, so that a word
        written in lower case is no name (a lower-cased archive's is).
    unit_nouns : iterable of str, optional
        Lower-case nouns of a unit (the profile's ``unit_name_nouns``): the words up to one name that unit, in any
        case ("the special branch police" and "the detective branch police" are two units).

    Returns
    -------
    bool
        ``True`` only when both actors are role-noun actors named by words of the text and
        each phrase has a word naming its unit that the other lacks.

    Examples
    --------
    >>> from dotterel.records import Actor, Span
    >>> kothrud, hadapsar = (Actor(span=Span(start=0, end=len(t), text=t), name="India police", how="role")
    ...                      for t in ("the Kothrud police", "the Hadapsar police"))
    >>> units_differ(kothrud, hadapsar, ("the",))
    True
    """
    if first is None or other is None or first.how not in _ROLE_HOWS or other.how not in _ROLE_HOWS:
        return False
    if first.span is None or other.span is None:
        return False
    skip = {d.lower() for d in determiners}
    units = frozenset(w.lower() for w in unit_nouns)
    mine, my_names = _unit_words(first, skip, ordinary, names_country, cased[0], units)
    yours, your_names = _unit_words(other, skip, ordinary, names_country, cased[1], units)
    return bool(my_names - yours) and bool(your_names - mine)
