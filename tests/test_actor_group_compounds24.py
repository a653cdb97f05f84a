"""An armed group named before its members' role noun (issue 16, session 24; sentences written for this file).

"Islamic State militants seized ..." gave "militant[None UAF]" with the reason "origin 'Islamic' named but not a
known country", and "ISWAP fighters killed ..." gave no actor: the knowledge base knows both groups, but the
parser tags "Islamic" an adjective and "ISWAP" a common noun, so neither was a proper-noun run of the phrase.
The organisation entity that compounds on the role noun is now looked up (ACLED names the group itself as the
actor: "Islamic State (West Africa)", not "Unidentified Armed Group").
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, name, sector", [
    ("Islamic State militants attacked a checkpoint near Raqqa on Tuesday.", "attacked", "Islamic State", "UAF"),
    ("Islamic State gunmen killed nine shepherds near Palmyra on Friday.", "killed", "Islamic State", "UAF"),
    ("ISWAP fighters burned a market in Damboa on Saturday.", "burned", "Islamic State West Africa Province", "REB"),
    ("ISWAP militants abducted six aid workers near Monguno on Monday.", "abducted",
     "Islamic State West Africa Province", "REB"),
])
def test_a_known_group_before_its_members_is_the_actor(coder, text, trigger, name, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.name, a.sector) == (name, sector), a


@pytest.mark.parametrize("text, trigger, name", [
    ("Microsoft workers protested in Seattle on Monday.", "protested", "USA worker"),  # a company: still workers
    ("Kenya Police officers arrested 20 traders in Nakuru on Monday.", "arrested", "KEN policeman"),
])
def test_other_compounds_keep_the_role(coder, text, trigger, name):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.name == name, a
