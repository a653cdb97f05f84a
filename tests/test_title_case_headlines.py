"""Headlines in Title Case are parsed with their ordinary words in lower case, offset for offset.

"Kenya Police Arrest 40 After Protests" gave no event: the small model reads a line of capitalised words as
one long name. dotterel.casing lowers the ordinary words of such a line (every content word capitalised, one
sentence, and a verb of the trigger lexicon after its first word), keeping what the rest of the text writes
as a name, the knowledge base's names of several words ("Human Rights Watch") and the calendar. The sentences
are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize(("text", "event_type", "trigger"), [
    ("Kenya Police Arrest 40 After Protests", "COERCE", "Arrest"),
    ("Gunmen Abduct 20 Pupils In Kaduna State", "ASSAULT", "Abduct"),
    ("Rebels Seize Key Town In Eastern Congo", "COERCE", "Seize"),
    ("Students March In Dhaka Over Quota System", "PROTEST", "March"),
])
def test_a_title_case_headline_is_coded_with_spans_in_the_original(coder, text, event_type, trigger):
    events = coder.code(text, published=PUBLISHED)
    assert [(e.event_type, e.trigger.text) for e in events] == [(event_type, trigger)]
    assert text[events[0].trigger.start:events[0].trigger.end] == trigger


@pytest.mark.parametrize(("text", "expected"), [
    ("Police Fire Tear Gas At Protesters In Nairobi", "Police fire tear gas at protesters in Nairobi"),
    ("Human Rights Watch Accuses Army Of Killings", "Human Rights Watch accuses army of killings"),
    ("Protests Since March In Dhaka Turn Violent", "Protests since March in Dhaka "),
    # a one-word name of the knowledge base that the lemmatizer also knows as a word keeps its capital
    ("Envoy Says Talks With The Taliban Continue", "Envoy says talks with the Taliban continue"),
    ("Israeli Jets Strike Hezbollah Positions In Lebanon", "Israeli jets strike Hezbollah positions in Lebanon"),
    # no verb of the lexicon: a name, a signature or a title is left as written
    ("Miguel Urbán Crespo on behalf of The Left Group", "Miguel Urbán Crespo on behalf of The Left Group"),
    ("Annual Report On Human Rights", "Annual Report On Human Rights"),
    # a sentence with lower-case content words is no headline
    ("Police in Nairobi said they had arrested 40 People", "Police in Nairobi said they had arrested 40 People"),
])
def test_what_a_title_case_line_becomes(coder, text, expected):
    out = coder.recaser(text)
    assert len(out) == len(text) and out.startswith(expected)


def test_a_name_the_body_writes_with_a_capital_keeps_it(coder):
    text = ("Police Arrest Baker Supporters In Ohio\n\nPolice arrested 12 supporters of James Baker at a rally in "
            "Ohio on Monday. Baker left early.")
    assert coder.recaser(text).split("\n")[0] == "Police arrest Baker supporters in Ohio"
    # without a body, an ordinary word is lowered as in a line in capitals
    assert coder.recaser("Police Arrest Baker Supporters In Ohio") == "Police arrest baker supporters in Ohio"


def test_the_body_is_left_as_written(coder):
    text = "Troops Kill 12 In Raid On Village\n\nTroops killed 12 people in a raid on Monday, the Army said."
    out = coder.recaser(text)
    assert out.split("\n")[0] == "Troops kill 12 in raid on village"
    assert out.split("\n", 2)[2] == text.split("\n", 2)[2]
