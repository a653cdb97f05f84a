"""Someone outside a body is not the body: an informant, critic or captive of X (issue 16, session 25).

"An FBI informant was shot dead" gave the FBI as the recipient, and "A Taliban informant ..." the Taliban: the name
before the noun was looked up as the phrase's body, whatever the noun. The profile's ``outsider_nouns`` now keep a
name, a country or a possessive before such a noun from standing for the phrase (sentences written for this file).
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger", [
    ("An FBI informant was shot dead in Detroit on Friday.", "shot"),
    ("A Taliban informant was shot dead in Herat on Friday.", "shot"),
    ("Gunmen killed an al-Shabaab defector in Baidoa on Sunday.", "killed"),
    ("Police arrested an FBI impersonator in Ohio on Monday.", "arrested"),
    ("A US informant was killed in Jalalabad on Tuesday.", "killed"),
])
def test_an_outsider_of_a_body_is_not_the_body(coder, text, trigger):
    r = coded_event(coder, text, trigger).recipient
    assert r is None or r.kind not in ("organisation", "country"), r


@pytest.mark.parametrize("text, trigger, who, name", [
    ("FBI agents arrested a militia leader in Tulsa on Friday.", "arrested", "actor", "Federal Bureau of Investigation"),
    ("Taliban fighters killed a police officer in Herat on Friday.", "killed", "actor", "Taliban"),
    ("Supporters of the Awami League clashed with police in Sylhet on Monday.", "clashed", "actor", "Awami League"),
])
def test_members_and_followers_still_name_the_body(coder, text, trigger, who, name):
    a = getattr(coded_event(coder, text, trigger), who)
    assert a is not None and a.name == name, a
