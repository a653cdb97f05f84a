"""The blocked search for misspelt last names answers exactly as scoring every name did (issue 15).

:meth:`~dotterel.actors.kb_index.NameIndex.people_with_a_name_like` scores only the last words (or last two
words) that begin as the name's words do and are within one letter of its length. These tests compare it, name
by name and in order, with the full scan it replaced (kept here as :func:`_every_name_scored`), over names of
the packaged knowledge base and their misspellings: a letter dropped, doubled, swapped, changed or added at the
start, the middle and the end, other case, accents, hyphens, apostrophes, initials and other word counts.
"""

from __future__ import annotations

import random

import pytest
from conftest import examples
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from dotterel.actors import kb_index
from dotterel.actors.kb_models import normalise_name

_LETTERS = "abcdefghijklmnopqrstuvwxyzéüöçł'-. "
_CUTOFFS = (0.7, 0.8, 0.85, 0.9)


def _every_name_scored(names, name: str, cutoff: float) -> list[tuple[str, str, float]]:
    """The search before blocking (lead14's body of ``people_with_a_name_like``): every name is scored."""
    key = normalise_name(name)
    words = key.split()
    if len(key.replace(" ", "")) < kb_index._FUZZY_MIN_LENGTH or len(words) > 2 or names._is_other_kind(key):
        return []
    keys = list(names._name_tails if len(words) == 2 else names._last_words)
    pool = names._name_tails if len(words) == 2 else names._last_words
    out = []
    for choice, score, _i in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff * 100,
                                             limit=None):
        if not kb_index._like_a_misspelling(key, choice):
            continue
        for pid in sorted(pool[choice]):
            if pid in names._idx["person"].get(normalise_name(names._people[pid].name)):
                out.append((names._people[pid].id, choice, round(score / 100.0, 4)))
    return out


def _blocked(names, name: str, cutoff: float) -> list[tuple[str, str, float]]:
    return [(entry.id, matched, score) for entry, matched, score in names.people_with_a_name_like(name, cutoff)]


def _slip(word: str, kind: str, at: int, letter: str) -> str:
    """``word`` with one slip of ``kind`` at letter ``at`` (clamped to the word)."""
    if not word:
        return word
    at = min(max(at, 0), len(word) - 1)
    if kind == "drop":
        return word[:at] + word[at + 1:]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    if kind == "swap":
        at = min(at, len(word) - 2)
        return word[:at] + word[at + 1] + word[at] + word[at + 2:] if at >= 0 else word
    if kind == "change":
        return word[:at] + letter + word[at + 1:]
    if kind == "add":
        return word[:at] + letter + word[at:]
    if kind == "upper":
        return word.upper()
    if kind == "title":
        return word.title()
    if kind == "accent":
        return word.replace("a", "á", 1).replace("e", "ë", 1)
    if kind == "hyphen":
        return word.replace(" ", "-", 1)
    if kind == "apostrophe":
        return word[:at] + "'" + word[at:]
    if kind == "initial":
        return word[:1].upper() + ". " + word
    return word


_KINDS = ("none", "drop", "double", "swap", "change", "add", "upper", "title", "accent", "hyphen", "apostrophe",
          "initial")


@pytest.fixture(scope="module")
def known_names(kb) -> list[str]:
    """Every last word and last two words of a name in the packaged knowledge base."""
    return sorted(kb._names._last_words) + sorted(kb._names._name_tails)


@pytest.mark.parametrize("name", [
    "a", "A", "A. B", "J. Smith", "Jean-Marie", "O'Brienne", "d'Estaing", "Müllerová", "MNANGAGWE", "mnangagwe",
    "Mnangagwe's", "Kassym-Jomart", "kassymjomart", "abcdefg", "abcdefgh", "Dos Sontas", "dos-sontas",
    "Jose Eduardo Dos Sontas", "Nazarbaev", "Nazarbayevv", "Azarbayev", "Zzyzxqwert", "Nur Sultan", "",
])
@pytest.mark.parametrize("cutoff", _CUTOFFS)
def test_edge_names_find_what_scoring_every_name_found(kb, name, cutoff):
    assert _blocked(kb._names, name, cutoff) == _every_name_scored(kb._names, name, cutoff)


def test_a_misspelt_known_name_is_found_by_both(kb):
    # not a vacuous comparison: the slips of real names find people, in the same order
    found = _blocked(kb._names, "Mnangagwe", 0.8)
    assert found == _every_name_scored(kb._names, "Mnangagwe", 0.8)
    assert ("mnangagwa", 0.8889) in {(m, s) for _pid, m, s in found}


@settings(max_examples=examples(200), deadline=None)
@given(data=st.data())
def test_a_known_name_or_its_slip_finds_what_scoring_every_name_found(kb, known_names, data):
    word = data.draw(st.sampled_from(known_names), label="known")
    kind = data.draw(st.sampled_from(_KINDS), label="kind")
    at = data.draw(st.sampled_from([0, 1, len(word) // 2, len(word) - 2, len(word) - 1]), label="at")
    letter = data.draw(st.sampled_from(list(_LETTERS)), label="letter")
    cutoff = data.draw(st.sampled_from(_CUTOFFS), label="cutoff")
    name = _slip(word, kind, at, letter)
    assert _blocked(kb._names, name, cutoff) == _every_name_scored(kb._names, name, cutoff)


@pytest.mark.slow
def test_many_known_names_and_their_slips_find_what_scoring_every_name_found(kb):
    rng = random.Random(15)
    names = kb._names
    base = rng.sample(sorted(names._last_words), 120) + rng.sample(sorted(names._name_tails), 120)
    inputs = sorted({_slip(word, kind, at, rng.choice(_LETTERS))
                     for word in base for kind in _KINDS for at in (0, len(word) // 2, len(word) - 1)})
    differ = [(name, cutoff) for cutoff in (0.8, 0.9) for name in inputs
              if _blocked(names, name, cutoff) != _every_name_scored(names, name, cutoff)]
    found = sum(bool(_blocked(names, name, 0.8)) for name in inputs)
    assert differ == [] and found > len(inputs) // 3  # and most slips do find someone
