"""A country or capital before an organ of its state names that organ, not the government (issue 16, session 25).

"A Moscow court indicted 12 activists" gave the Russian government (capital metonymy), "A US grand jury indicted
19 members of the Proud Boys" the US government and no recipient, and "US soldiers killed three men" the US
government too: a country's name or capital compounded on a role noun was read as the government before the role
step could take the role with that country. A capital or country name before a role of a sector other than the
executive's (a court, a jury, soldiers, police, journalists) now gives that role of the state (CAMEO agents: JUD,
MIL, COP; PLOVER codes the court, not the government); "Moscow officials" and "Washington imposed sanctions" stay
the government. The Proud Boys are now in the knowledge base. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, name, sector", [
    ("A Moscow court jailed eight activists on Tuesday.", "jailed", "RUS court", "JUD"),
    ("A Nairobi court charged five protesters with arson on Monday.", "charged", "KEN court", "JUD"),
    ("A Tehran court sentenced two rappers on Sunday.", "sentenced", "IRN court", "JUD"),
    ("A US grand jury indicted six members of the Proud Boys on Friday.", "indicted", "USA court", "JUD"),
    ("US soldiers shot two men near Tikrit on Friday.", "shot", "USA soldier", "MIL"),
    ("UK police arrested four activists in Leeds on Monday.", "arrested", "GBR police", "COP"),
])
def test_a_state_organ_named_by_its_country_or_capital(coder, text, trigger, name, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.name, a.sector) == (name, sector), a


def test_the_grand_jury_indicts_a_known_group(coder):
    r = coded_event(coder, "A US grand jury indicted six members of the Proud Boys on Friday.", "indicted").recipient
    assert r is not None and (r.name, r.country) == ("Proud Boys", "USA"), r


@pytest.mark.parametrize("text, trigger, name", [
    ("Moscow officials banned the march on Monday.", "banned", "Russia government"),
    ("Washington imposed sanctions on Caracas on Tuesday.", "sanctions", "United States government"),
])
def test_the_executive_is_still_the_government(coder, text, trigger, name):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.name == name, a
