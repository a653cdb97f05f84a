"""Gagging or silencing the news media is censorship (issue 12: find every event, police COERCE).

PLOVER COERCE mode "censor" (PLOVER manual 2021; CAMEO 1721, "impose
restrictions on freedoms of speech and expression") covers a censor's act on
the news media told with "gag" or "silence" as with "block" or "suspend": the
same objects (news media, their channels and programmes) and the same
subjects (authorities, police, regimes: profile list ``censors``). Silencing
critics, a crowd or an opponent is no censorship. Sentences written for these
tests, in normal and in lower case (as lower-cased news archives print them).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _censorship(coder, text):
    return [e for e in coder.code(text, published=PUBLISHED) if (e.event_type, e.mode) == ("COERCE", "censor")]


@pytest.mark.parametrize("text, trigger, sector", [
    ("news channels went off the air in several towns as the police silenced the cable news channels.",
     "silenced", "COP"),
    ("the police are using their powers to gag the electronic media in the state.", "gag", "COP"),
    ("The junta gagged the press after the coup.", "gagged", "GOV"),
    ("The government silenced the television station on Monday.", "silenced", "GOV"),
])
def test_gagging_or_silencing_the_media_is_censorship(coder, text, trigger, sector):
    found = _censorship(coder, text)
    assert [(e.trigger.text, e.actor.sector if e.actor else None) for e in found] == [(trigger, sector)]


@pytest.mark.parametrize("text", [
    "The coach silenced his critics with a win on Sunday.",
    "The singer silenced the crowd with a ballad.",
    "the striker silenced the home fans with a late goal.",
    "The editor gagged at the smell in the newsroom.",
])
def test_silencing_critics_or_a_crowd_is_no_censorship(coder, text):
    assert _censorship(coder, text) == []
