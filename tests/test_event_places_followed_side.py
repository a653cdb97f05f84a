"""A town after "fans of" / "supporters of" names the side followed, not the event's ground (issue 16, evloc24).

Sentences written for these tests. In "Fans of Bolton clashed with police
in Leeds on Saturday, and the mayor of Bolton apologised", the parser hangs
"in Leeds" on "police", so nothing is attached to the verb; Bolton and
Leeds tie on precision and Bolton, named first, won. The object of "of"
after a noun of ``lang.side_follower_nouns`` is a club or side
(:func:`~dotterel.places.scene.followed_side`), no place candidate.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return {e.trigger.text: e for e in coded.events}


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Fans of Bolton clashed with police in Leeds on Saturday, and the mayor of Bolton apologised.", "clashed", "Leeds"),
    ("Fans of Bolton clashed with police in Leeds on Saturday.", "clashed", "Leeds"),
    ("Supporters of Leicester clashed with stewards in Coventry on Sunday.", "clashed", "Coventry"),
    ("Supporters of Marseille fought with police in Lyon on Saturday.", "fought", "Lyon"),
])
def test_the_side_followed_is_not_the_ground(coder, text, trigger, name):
    loc = _events(coder, text)[trigger].location
    assert loc is not None and loc.name == name


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Residents of Jos protested against the closure of the market on Monday.", "protested", "Jos"),
    ("Supporters of the opposition rallied in Harare on Friday.", "rallied", "Harare"),
])
def test_people_of_a_town_and_followers_of_a_party_keep_their_place(coder, text, trigger, name):
    loc = _events(coder, text)[trigger].location
    assert loc is not None and loc.name == name
