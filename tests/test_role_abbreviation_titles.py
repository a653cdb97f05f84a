"""A person named after a role's abbreviation in a lower-case line ("ssp anil kumar said ...").

Sentences written for these tests. A lower-case line gets the knowledge base's role abbreviations in
capitals before parsing (:mod:`dotterel.casing`); the small model then types "SSP" an organisation and
the name after it nothing, so the name is read as a titled name the recogniser left untyped
(:func:`dotterel.actors.names.untyped_titled_name`), whose name words had all to be no ordinary words: a
given name that is also a word ("anil", "ram") lost the speaker, and with it the police act the speaker
reports. Right after an abbreviation, up to two such words are the name's too.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"


def _arrest(coder, text):
    (event,) = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "COERCE"]
    return event


@pytest.mark.parametrize(("text", "name"), [
    ("ssp anil kumar said 15 people had been arrested.", "anil kumar"),
    ("sho ram prakash said two men were arrested for the murder.", "ram prakash"),
    ("dgp anil sharma said 40 rioters had been arrested in the city.", "anil sharma"),
])
def test_the_speaker_after_a_rank_abbreviation_is_the_police_officer(coder, text, name):
    event = _arrest(coder, text)
    assert event.actor is not None and (event.actor.name, event.actor.sector) == (name, "COP")
    assert event.attribution.claimant == name


@pytest.mark.parametrize("text", [
    "the ssp office said two men were arrested for the murder.",  # ordinary words only: no one's name
    "the sho ram said two men were arrested.",  # one ordinary word: no name either
])
def test_ordinary_words_alone_after_an_abbreviation_are_no_name(coder, text):
    event = _arrest(coder, text)
    assert event.actor is None or event.actor.kind != "person"
    assert event.attribution.claimant not in ("office", "ram")
