"""Titled names: the office holder a title and a name pick out ("President Bush" in 2005).

The job of :class:`TitledOffices`, a part of
:class:`dotterel.actors.kb.KnowledgeBase` (split from ``kb.py`` to keep each
module under 800 lines): which person of a name held an office that fits a
title on a date, which country every such person served, and which office
holder a misspelt titled name means. An office fits a title when its name has
every title word ("named"), or when it is one Phoenix records without words
("government office") of the title's sector ("generic"); a named office
outranks a generic one.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING

from .kb_index import _one_slip_per_word
from .kb_models import PersonMatch, Term, normalise_name

if TYPE_CHECKING:
    from .kb_index import NameIndex
    from .kb_models import PersonEntry, RoleEntry

__all__ = ["TitledOffices"]


class TitledOffices:
    """Title-and-name lookups of :class:`dotterel.actors.kb.KnowledgeBase` (uses its name index and roles)."""

    _names: NameIndex

    def role(self, phrase: str) -> RoleEntry | None:  # pragma: no cover - KnowledgeBase defines it
        """The role entry a phrase names (:meth:`dotterel.actors.kb.KnowledgeBase.role`)."""
        raise NotImplementedError

    def _resolve(self, entry: PersonEntry, key: str, via: str, score: float,
                 on: _dt.date | None) -> PersonMatch:  # pragma: no cover - KnowledgeBase defines it
        raise NotImplementedError

    def _lookup(self, kind: str, text: str, find):  # pragma: no cover - KnowledgeBase defines it
        raise NotImplementedError

    def _people_like(self, name: str, cutoff: float) -> tuple:
        """:meth:`~dotterel.actors.kb_index.NameIndex.people_with_a_name_like`, remembered per name and cutoff.

        A fuzzy pass over every person's last words, asked again for each titled name the knowledge base lacks
        each time the text repeats it; the index never changes after loading, so an answer never goes stale.
        """
        return self._lookup(f"name_like@{cutoff}", name,
                            lambda n: tuple(self._names.people_with_a_name_like(n, cutoff)))

    def titled_person(self, name: str, title: str, *, on: _dt.date, sector: str | None = None) -> PersonMatch | None:
        """The one person of that name who held an office with every word of ``title`` on ``on``.

        "President Bush" in 2005: two people have the surname, one was
        president then. Used when :meth:`person` finds the name ambiguous.

        Parameters
        ----------
        name : str
            Full name, alias or surname ("Bush").
        title : str
            The title words before the name ("President", "Kyrgyz Prime Minister");
            words of no office ("Kyrgyz") must not be in it.
        on : datetime.date
            The date of the event.
        sector : str | None
            The title's sector (``GOV`` for "President"): an office recorded
            without words (Phoenix's "government office") fits when its
            sector is this one.

        Returns
        -------
        PersonMatch | None
            ``None`` unless exactly one such person held such an office then.
        """
        words = [w for w in normalise_name(title).split() if w]
        if not words:
            return None
        named, generic = [], []
        for entry in self._names.people_with_name(name):
            for term in entry.terms:
                if term.status_on(on) != "in":
                    continue
                fit = self._title_fits(term, words, sector)
                if fit == "named":
                    named.append(entry)
                    break
                if fit == "generic":
                    generic.append(entry)
                    break
        found = named or generic  # a named office outranks Phoenix's word-less one (as in titled_country)
        if len(found) != 1:
            return None
        match = self._resolve(found[0], normalise_name(name), "surname", 1.0, on)
        return match.model_copy(update={"reason": f"title '{title}' picks the one '{name}' in that office; "
                                                  + match.reason})

    def titled_country(self, name: str, title: str, *, sector: str | None = None,
                       on: _dt.date | None = None) -> str | None:
        """The country every person of that name who ever held an office with every word of ``title`` served.

        For an undated text, where :meth:`titled_person` cannot pick the one
        office holder: "President Bush" is one of two presidents of the same
        country, so the country is known though the person is not. ``None``
        when no one, or people of more than one country, held such an office.
        An office named with the title's words ("President of the United
        States") is stronger evidence than one Phoenix records without words
        ("government office"), which fits any title of its sector: when some
        people of that name held a named office, only they count ("President
        Bush": two presidents of the United States, not also a Cayman Islands
        premier whose Phoenix entry says only "government office").
        ``name``, ``title`` and ``sector`` are as for :meth:`titled_person`.
        With a date ``on``, only offices taken up by then count ("President
        Bush" in 2000 is a former one; "President Fernandez" in 1998 not yet).
        """
        words = [w for w in normalise_name(title).split() if w]
        named, generic = set(), set()
        for entry in self._names.people_with_name(name) if words else ():
            for term in entry.terms:
                if on is not None and term.status_on(on) == "before":
                    continue
                fit = self._title_fits(term, words, sector)
                if fit == "named":
                    named.add(term.country or entry.country)
                elif fit == "generic":
                    generic.add(term.country or entry.country)
        countries = named or generic
        return countries.pop() if len(countries) == 1 and None not in countries else None

    def held_titled_office(self, entry: PersonEntry, title: str, *, on: _dt.date | None,
                           sector: str | None = None) -> bool:
        """Whether ``entry`` held an office fitting ``title`` (as :meth:`titled_person`) by ``on`` (undated: ever).

        A former holder keeps the title ("President Putin" in 2010), a later
        one has it not yet ("President Fernandez" in 1998), another body's
        office never fits ("Club President Hassan" is not Tanzania's).
        """
        words = [w for w in normalise_name(title).split() if w]
        return bool(words) and any(
            self._title_fits(term, words, sector) is not None
            for term in entry.terms if on is None or term.status_on(on) != "before")

    def _title_fits(self, term: Term, words: list[str], sector: str | None) -> str | None:
        """How an office fits a title's words: ``"named"``, ``"generic"`` or ``None``.

        ``"named"``: the office's name has every title word. ``"generic"``: Phoenix's word-less office
        of the title's ``sector``, for a title with no :meth:`qualified_title` body ("club president").
        """
        office = normalise_name(term.office).split()
        if all(w in office for w in words):
            return "named"
        if sector is None or term.sector != sector or "phoenix" not in office or any(w in office for w in words):
            return None
        return None if self.qualified_title(" ".join(words)) else "generic"

    def qualified_title(self, title: str) -> bool:
        """Whether a title's first word is no part of its role phrase ("club president", not "prime minister")."""
        words = title.split()
        return len(words) > 1 and self.role(" ".join(words[1:])) == self.role(title)

    def misspelt_in_country(self, name: str, country: str, *, on: _dt.date, sector: str | None,
                            cutoff: float = 0.8) -> tuple[str, float] | None:
        """The name matched and its score when ``name`` misspells a name of an office holder of ``country``.

        For a titled name the knowledge base lacks in a text whose main country is ``country`` ("President Dos
        Sontas" in a text about Angola): a person of ``country`` whose last word(s) are within ``cutoff`` of
        ``name`` (:meth:`~dotterel.actors.kb_index.NameIndex.people_with_a_name_like`: first letters kept,
        length within one letter) held an office of the title's ``sector`` on ``on``. Look-alikes of other
        countries are never compared, nor names two slips or a short word's slip away
        (:func:`~dotterel.actors.kb_index._one_slip_per_word`: "Johansen" is not "Johnson", "Martinez" not
        "Martini"). Unlike :meth:`misspelt_titled_country` Phoenix's word-less "government office" counts: the text's country, not the name, gives the country, and the name only confirms that
        the titled person is one of its office holders. None when no sector is given or nobody fits.
        """
        if sector is None:
            return None
        key = normalise_name(name)
        found = [(score, matched) for entry, matched, score in self._people_like(name, cutoff)
                 if entry.country == country and _one_slip_per_word(key, matched)
                 and any(t.status_on(on) == "in" and t.sector == sector and (t.country or country) == country
                         for t in entry.terms)]
        if not found:
            return None
        score, matched = max(found)
        return matched, score

    def misspelt_titled_country(self, name: str, title: str, *, on: _dt.date, sector: str | None = None,
                                cutoff: float = 0.8) -> tuple[str, str, float] | None:
        """The country of the one office holder whose name ``name`` misspells, with the name matched and its score.

        "President Mnangagwe" on 2019-06-01: no person has that name, but
        "Mnangagwa" (similarity 0.89) is the last word of one person who held
        an office named "President" on that date, the President of Zimbabwe.
        Only the country is given (the person stays unknown): every
        person whose last word(s) are within ``cutoff`` of ``name`` and who
        held an office named with the title's words on ``on`` must have
        served one and the same country; ``None`` otherwise or when nobody
        fits. Phoenix's word-less "government office" does not count here
        (unlike :meth:`titled_person`): it fits any title, so with a fuzzy
        name it lets thousands of ministers of every country in ("Club
        President Valverde" is not Trinidad's minister Valere). A particle
        surname is no exception: the shared particle only inflates the
        similarity ("Al Sarraj", Libya's prime minister, is 0.82 like Syria's
        "Al Shara"; "Al Thinni", Libya's, 0.82 like Qatar's "Al Thani"; "El
        Baradei" 0.80 like a Comoran "El Barwane"), so a misspelt "Dos Santos"
        whose only office is word-less stays without a country.
        ``sector`` is accepted for the callers' symmetry with
        :meth:`titled_person` and not used.
        """
        words = [w for w in normalise_name(title).split() if w]
        if not words:
            return None
        named: dict[str, tuple[str, float]] = {}
        for entry, matched, score in self._people_like(name, cutoff):
            for term in entry.terms:
                if term.status_on(on) != "in":
                    continue
                office = normalise_name(term.office).split()
                country = term.country or entry.country
                if country is None:
                    continue
                if all(w in office for w in words):
                    named.setdefault(country, (matched, score))
        if len(named) != 1:
            return None
        country, (matched, score) = next(iter(named.items()))
        return country, matched, score
