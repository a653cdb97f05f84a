"""A titled name the entity recogniser leaves untyped is still the titled person (issue 12: police actors).

Lower-cased news (IndiaPoliceEvents prints its Times of India text so) gives
the small model no capitals to find names by: "police commissioner m.n. singh
met the leaders" has no PERSON entity, so the doer of the act was lost. A
phrase that ends in name words (initials, or words that are no ordinary word
of the language) after a role phrase of the knowledge base names a person with
that role's sector (CAMEO agents: police ranks COP) and no country, as a
titled name the knowledge base lacks does. A phrase that ends in an ordinary
word ("the police commissioner office", "the police inspector team") names no
person. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _actors(coder, text, trigger):
    return [(e.actor.name, e.actor.sector, e.actor.kind) if e.actor else None
            for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, name", [
    ("police commissioner m.n. singh on wednesday met about 40 community leaders at the police club.", "met",
     "m.n. singh"),
    ("commissioner of police p c pandey arrested the two men himself.", "arrested", "p c pandey"),
    ("superintendent of police raju bhargav arrested two men on sunday.", "arrested", "raju bhargav"),
    ("police sub-inspector lakhmeer singh fought the gunmen for an hour.", "fought", "lakhmeer singh"),
    ("Police Commissioner PC Pandey arrested the two men himself.", "arrested", "PC Pandey"),
])
def test_a_titled_name_in_lower_case_is_the_titled_person(coder, text, trigger, name):
    assert _actors(coder, text, trigger) == [(name, "COP", "person")]


@pytest.mark.parametrize("text, trigger", [
    ("the police inspector team arrested two men on monday.", "arrested"),
    ("the police commissioner himself arrested two men.", "arrested"),
    ("the sub-inspector and two constables arrested two men.", "arrested"),
])
def test_a_title_before_an_ordinary_word_names_no_person(coder, text, trigger):
    assert all(a is None or a[2] != "person" for a in _actors(coder, text, trigger))


@pytest.mark.parametrize("text", [
    "European diplomats condemned the arrest of journalists in Minsk on Tuesday.",
    "the diplomats condemned the arrest of journalists in minsk on tuesday.",
])
def test_a_role_noun_and_a_place_after_a_preposition_name_no_person(coder, text):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == "condemned"]
    assert events and all(e.recipient is None or e.recipient.kind != "person" for e in events)


@pytest.mark.parametrize("text, trigger", [
    # "police" before an unknown word names a thing of the police, not a person (rev15x)
    ("a mob attacked the police chowki near the temple on sunday.", "attacked"),
    ("rioters attacked the police thana in the village.", "attacked"),
    ("the mob attacked the army chowki at the border crossing.", "attacked"),
])
def test_a_body_before_an_unknown_word_names_no_person(coder, text, trigger):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert events and all(e.recipient is None or e.recipient.kind != "person" for e in events)
