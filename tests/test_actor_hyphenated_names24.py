"""Hyphenated given names (issue 16, session 24; sentences written for this file).

"Jean-Pierre Kabila" became "Pierre Kabila": the name's run of proper nouns stopped at the hyphen the tokenizer
splits off. French and other compound given names are written with a hyphen; the whole name is the person's.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, name", [
    ("Police arrested Marie-Claire Mbaye in Dakar on Monday.", "arrested", "Marie-Claire Mbaye"),
    ("Police arrested Jean-Paul Mbala in Kinshasa on Monday.", "arrested", "Jean-Paul Mbala"),
    ("Jean-Marc Tshibanda was arrested by police in Lubumbashi on Friday.", "arrested", "Jean-Marc Tshibanda"),
    ("Police detained Pierre-Yves Kone in Abidjan on Friday.", "detained", "Pierre-Yves Kone"),
])
def test_a_hyphenated_given_name_is_kept_whole(coder, text, trigger, name):
    r = coded_event(coder, text, trigger).recipient
    assert r is not None and (r.name, r.span.text, r.kind) == (name, name, "person"), r


def test_a_plain_given_name_is_unchanged(coder):
    r = coded_event(coder, "Police arrested Jean Mutombo in Goma on Monday.", "arrested").recipient
    assert r is not None and r.name == "Jean Mutombo", r
