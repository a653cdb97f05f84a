"""A role's abbreviation ("SHO", "DSP", "CRPF") names an officer or a force, never the event's place.

Sentences written for these tests. The small model reads an abbreviation in capitals as a proper noun, so
"stones were pelted at the SHO in Kanpur" took the SHO as a named place Kanpur locates, and "attacked the
CRPF camp" took the CRPF as the named part of a town before "camp"; both were kept as written, with no
GeoNames entry. A line written all in lower case now gets these abbreviations in capitals before parsing
(:mod:`dotterel.casing`), so the same misreading reached lower-case text too. The knowledge base writes a
role's abbreviations in capitals (docs/knowledge_base.md, ``roles[].forms``).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _place(coder, text: str, event_type: str, trigger: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    [ev] = [e for e in coded.events if e.event_type == event_type and e.trigger.text == trigger]
    return None if ev.location is None else (ev.location.name, ev.location.geonameid is not None)


@pytest.mark.parametrize(("text", "trigger", "town"), [
    ("The mob pelted stones at the SHO, who was injured, in Kanpur.", "pelted", "Kanpur"),
    ("the mob pelted stones at the sho, who was injured, in kanpur.", "pelted", "Kanpur"),
    ("the mob pelted stones at the dsp, who was injured, in kanpur.", "pelted", "Kanpur"),
    ("Stones were pelted at the DSP in Kanpur on Monday.", "pelted", "Kanpur"),
])
def test_an_officer_named_by_an_abbreviation_is_no_place_the_town_locates(coder, text, trigger, town):
    assert _place(coder, text, "ASSAULT", trigger) == (town, True)


@pytest.mark.parametrize("text", [
    "Maoists attacked the CRPF camp in Sukma on Monday.",
    "maoists attacked the crpf camp in sukma on monday.",
    "Militants attacked the BSF camp on Monday.",
])
def test_a_force_named_by_an_abbreviation_before_a_camp_is_no_named_part_of_a_town(coder, text):
    place = _place(coder, text, "ASSAULT", "attacked")
    assert place is None or place[1], place  # a GeoNames place or none; never "CRPF" kept as written


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # must not fire: a named part of a town, and a named host, that are no role's abbreviation
    ("Gunmen attacked the Kafr Sousah camp on Monday.", "attacked", "Kafr Sousah"),
])
def test_a_named_part_of_a_town_is_still_kept_as_written(coder, text, trigger, name):
    assert _place(coder, text, "ASSAULT", trigger) == (name, False)


def test_the_knowledge_base_tells_a_role_abbreviation_in_any_case(kb):
    assert kb.role_abbreviation("SHO").phrase == "station house officer"
    assert kb.role_abbreviation("crpf").phrase == "central reserve police force"
    # a role's other forms, and words of several letters, are no abbreviation
    assert kb.role_abbreviation("police") is None and kb.role_abbreviation("hospital") is None
    assert kb.role_abbreviation("station house officer") is None and kb.role_abbreviation("S.H.O.") is None
