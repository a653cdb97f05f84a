"""The knowledge base names the armed groups the news of today's conflicts names.

A new user's paragraphs left the actor empty for the ELN, the Arakan Army, JNIM and the Sinaloa Cartel:
the knowledge base held eight armed groups. data/actors.json now holds the groups ACLED and the wire
agencies name most (Colombia, Mexico, Haiti, Myanmar, the Philippines, the Sahel, Nigeria, DR Congo,
Ethiopia, Sudan, Yemen, Syria, Turkey, Pakistan, Afghanistan, Cameroon, Mozambique), each with its
country and sector; abbreviations that name other bodies too (KIA, ADF, NPA) are left out. The
sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize(("name", "canonical", "country", "sector"), [
    ("ELN", "National Liberation Army (Colombia)", "COL", "REB"),
    ("Arakan Army", "Arakan Army", "MMR", "REB"),
    ("JNIM", "Jama'at Nusrat al-Islam wal-Muslimin", "MLI", "REB"),
    ("Sinaloa Cartel", "Sinaloa Cartel", "MEX", "CRM"),
    ("M23", "M23", "COD", "REB"),
    ("ISWAP", "Islamic State West Africa Province", "NGA", "REB"),
    ("Pakistani Taliban", "Tehrik-i-Taliban Pakistan", "PAK", "REB"),
    ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "SYR", "REB"),
])
def test_the_group_is_known(kb, name, canonical, country, sector):
    org = kb.organisation(name)
    assert (org.name, org.country, org.sector) == (canonical, country, sector)


@pytest.mark.parametrize("name", ["KIA", "ADF", "NPA", "Kia"])
def test_ambiguous_abbreviations_are_left_out(kb, name):
    assert kb.organisation(name) is None


@pytest.mark.parametrize(("text", "actor"), [
    ("The Arakan Army captured the town of Kyaukphyu on Sunday.", "Arakan Army"),
    ("JNIM fighters killed 20 villagers near Djibo on Saturday.", "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("M23 rebels seized the town of Sake on Wednesday.", "M23"),
])
def test_the_group_is_the_actor(coder, text, actor):
    (event,) = coder.code(text, published=PUBLISHED)
    assert event.actor is not None and event.actor.name == actor
