"""A government named by its leader is the government of the leader's country (issue 16: actor country).

"The Biden administration imposed sanctions on Iran": the administration is the United States', not the
country named beside it nor the text's main country (PLOVER/CAMEO: a government is its state's GOV;
``actors.names.leader_country``). Only a person the knowledge base knows gives a country. Sentences written
for this test.
"""

import pytest


def _actor(coder, text, word):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text.lower() == word]
    return ev.actor


@pytest.mark.parametrize("text, word, country", [
    ("The Biden administration imposed sanctions on Iran on Tuesday, officials in Tehran said.", "sanctions",
     "USA"),
    ("Officials in Moscow said the Joe Biden administration had expelled ten Russian diplomats.", "expelled",
     "USA"),
    ("The Modi government arrested three opposition leaders in Pakistan-administered Kashmir, Islamabad said.",
     "arrested", "IND"),
])
def test_a_government_named_by_its_leader_is_the_leaders_country(coder, text, word, country):
    actor = _actor(coder, text, word)
    assert actor is not None and actor.country == country and actor.sector == "GOV"
    assert "whose government it names" in actor.reason


@pytest.mark.parametrize("text, word, country", [
    # no leader named: the government of the place's country, as before
    ("Police in Nairobi arrested a man on Monday. The government condemned the attack.", "condemned", "KEN"),
    # a demonym still decides first
    ("The Kenyan government under Ruto condemned the attack in Nairobi.", "condemned", "KEN"),
])
def test_no_leader_no_change(coder, text, word, country):
    actor = _actor(coder, text, word)
    assert actor is not None and actor.country == country
    assert "whose government it names" not in actor.reason
