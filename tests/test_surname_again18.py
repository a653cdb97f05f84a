"""A person's surname alone, after the full name, is that person (issue 16: who).

"Police arrested Tarique Rahman ... police beat Rahman": the knowledge base holds "Rahman" for many people,
so the surname resolved to nothing and the beating had no recipient. The one person the document named in
full with that last word is meant (``actors.coref.last_word_links``; Lee et al. 2013, relaxed head match),
never when two full names end in it, before the full name, or for a word read as a place. Sentences
written for this test.
"""

import pytest


def _recipient(coder, text, trigger):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger]
    return ev.recipient


@pytest.mark.parametrize("text, trigger, name", [
    ("Police in Dhaka arrested Tarique Rahman on Monday. Supporters said police beat Rahman in custody.",
     "beat", "Tarique Rahman"),
    ("Police in Dhaka arrested opposition figure Tarique Rahman on Monday. Guards later beat Rahman in his cell.",
     "beat", "Tarique Rahman"),
    ("Police arrested Maria Kolesnikova in Minsk. A court sentenced Kolesnikova to 11 years.",
     "sentenced", "Maria Kolesnikova"),
])
def test_the_surname_alone_is_the_person_named_in_full(coder, text, trigger, name):
    party = _recipient(coder, text, trigger)
    assert party is not None and party.name == name and party.kind == "person" and party.how == "context"
    assert party.span.text == name.split()[-1] and party.antecedent is not None


@pytest.mark.parametrize("text, trigger", [
    # two full names end in it: the surname alone is neither
    ("Police in Dhaka arrested Tarique Rahman and Ziaur Rahman on Monday. Supporters said police beat Rahman "
     "in custody.", "beat"),
    # the full name comes after: no link back
    ("Supporters said police beat Rahman in custody. Police in Dhaka arrested Tarique Rahman on Monday.", "beat"),
])
def test_the_surname_is_left_alone_when_the_person_is_not_one(coder, text, trigger):
    party = _recipient(coder, text, trigger)
    assert party is None or party.name != "Tarique Rahman"


def test_a_place_of_the_same_word_is_no_person(coder):
    text = "Police in Kandahar detained Ali Herat on Monday. Gunmen attacked Herat on Tuesday."
    party = _recipient(coder, text, "attacked")
    assert party is None or party.name != "Ali Herat"
