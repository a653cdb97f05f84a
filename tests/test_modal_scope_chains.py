"""A modal scopes over every verb of its coordination and over the bare infinitives the parser hangs on its verb.

"The international community should come together to press the military to relinquish power, release the
activists and lift the restrictions": the small parser hangs "release" on "come" as an adverbial clause with no
"to", and "lift" on "release". Neither is a release or a lifting that took place (a statement of the White House
on Burma, 1 February 2021, had both coded as asserted acts). Sentences written for this test.
"""

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"


@pytest.mark.parametrize("text, triggers", [
    ("The international community should come together in one voice to press the Burmese military to immediately "
     "relinquish the power they have seized, release the activists and officials they have detained, lift all "
     "telecommunications restrictions, and refrain from violence against civilians.", ("release", "lift")),
    ("Soldiers may have shot the protesters, beaten the students and arrested the journalists.",
     ("shot", "beaten", "arrested")),
    ("The army would deploy troops to secure the border, disarm the militias and detain their leaders.",
     ("deploy", "detain")),
])
def test_no_verb_of_a_modal_chain_is_told_as_done(coder, text, triggers):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    told = {e.trigger.text for e in coded.events}
    assert not told & set(triggers), told
    for trigger in triggers:
        assert any(a.trigger is not None and a.trigger.text == trigger and ("modal" in a.reason or "content of" in a.reason)
                   for a in coded.abstentions), (trigger, [(a.trigger and a.trigger.text, a.reason)
                                                         for a in coded.abstentions])


@pytest.mark.parametrize("text, acts", [
    # no modal: every conjunct is an act; a conjunct with a subject of its own is its own clause
    ("Police detained the organisers, dispersed the crowd and closed the square.", {"detained", "dispersed"}),
    # the relative clause inside the chain keeps its own tense: the detentions took place
    ("The envoy urged the junta to release the activists and officials they have detained.", {"detained"}),
    ("Rights groups called on police to free the 40 students who were arrested on Monday.", {"arrested"}),
])
def test_acts_beside_a_chain_stay_told(coder, text, acts):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    assert acts <= {e.trigger.text for e in coded.events if e.attribution.certainty == "asserted"}


@pytest.mark.parametrize("text, trigger", [
    ("The envoy urged the junta to release the activists they have detained and the students they will arrest.",
     "arrest"),
    ("Rights groups called on police to free anyone who might be detained at the rally.", "detained"),
])
def test_a_relative_clause_without_a_past_stays_the_request_content_or_modal(coder, text, trigger):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    assert trigger not in {e.trigger.text for e in coded.events}


@pytest.mark.parametrize("text, trigger", [
    # a relative clause on a class pronoun names whom the request is about, not persons an act befell
    ("We encourage the government to differentiate treatment of those who protested peacefully from those who "
     "engaged in violence.", "protested"),
    ("Rights groups urged the courts to free anyone who was arrested for posting online.", "arrested"),
])
def test_a_relative_clause_on_a_class_pronoun_is_part_of_the_request(coder, text, trigger):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    assert trigger not in {e.trigger.text for e in coded.events}


@pytest.mark.parametrize("text, acts", [
    # a past form unlike its base ("fired", not "fire") has a tense of its own: no modal on the chain's first verb
    # takes it ("would fired" is no English), however the parser joins it (sentences written for this test)
    ("Riot police would not let the marchers pass, fired tear gas and detained 30 people.", {"fired", "detained"}),
    ("Police would not allow the rally, arrested its organisers and dispersed the crowd.", {"arrested", "dispersed"}),
])
def test_a_past_form_beside_a_modal_chain_is_told(coder, text, acts):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    assert acts <= {e.trigger.text for e in coded.events if e.attribution.certainty == "asserted"}, [
        (a.trigger and a.trigger.text, a.reason) for a in coded.abstentions]


@pytest.mark.parametrize("text, trigger", [
    # a relative clause in the bare simple present inside an order names whom the order is about (generic), it
    # tells no act that took place
    ("The governor told officers to arrest protesters who block the highway.", "block"),
    ("The mayor ordered officers to detain every protester who throws stones.", "throws"),
    # the simple present is generic or habitual: no act is told, the request stays the event (rev13l)
    ("The UN called on police to punish officers who shoot at protesters.", "shoot"),
    ("Amnesty urged Iran to stop executing men who protest peacefully.", "protest"),
    ("The bishop asked police to protect women who march every Sunday.", "march"),
    ("The group demanded that the army stop killing villagers who protest against the dam.", "protest"),
])
def test_a_relative_clause_in_the_simple_present_stays_the_request_content(coder, text, trigger):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    assert trigger not in {e.trigger.text for e in coded.events}
    assert any(a.trigger is not None and a.trigger.text == trigger and "content of" in a.reason
               for a in coded.abstentions), [(a.trigger and a.trigger.text, a.reason) for a in coded.abstentions]


def test_a_relative_clause_in_the_past_inside_a_request_is_told(coder):
    (coded,) = coder.code_documents([make_document(
        "Rights groups urged police to arrest the men who attacked the journalists.", published=PUB)])
    assert "attacked" in {e.trigger.text for e in coded.events if e.attribution.certainty == "asserted"}


@pytest.mark.parametrize("text, trigger", [
    # the parser hangs the request's next bare verb on the relative clause before it ("the students they detained
    # and arrest anyone ..."): the past of that clause is not the bare verb's, nor of a clause under it
    ("The minister told police to release the students they detained and arrest anyone who attacks them.", "arrest"),
    ("The minister told police to release the students they detained and punish anyone who attacks them.", "attacks"),
    ("The envoy urged the junta to free the activists it arrested and jail anyone who tortures prisoners.", "tortures"),
])
def test_a_request_s_verb_hung_on_a_past_relative_clause_stays_the_request_content(coder, text, trigger):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    assert trigger not in {e.trigger.text for e in coded.events}, [
        (e.trigger.text, e.attribution.certainty) for e in coded.events]


@pytest.mark.parametrize("text, trigger", [
    # the past, the perfect and the progressive tell an act done or going on
    ("Rights groups asked the army to release the students who were detained in Yangon on Friday.", "detained"),
    ("The envoy urged the junta to free the journalists they arrested last week.", "arrested"),
    ("The minister told troops to guard the villagers who are protesting outside the mine.", "protesting"),
])
def test_a_relative_clause_in_the_past_perfect_or_progressive_is_told(coder, text, trigger):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    assert trigger in {e.trigger.text for e in coded.events}


@pytest.mark.parametrize("text, told, untold", [
    # after a modal's perfect the participles are the perfect's, whatever the tagger calls them (rev13l)
    ("Officers must have fired the shots, wounded the boy and fled.", set(), {"fired", "wounded"}),
    # a past form beside a modal's base form has a tense of its own: the modal does not take it
    ("Police would not comment, searched the offices, seized computers and arrested two editors.", {"arrested"}, set()),
    ("Police would not comment and arrested two editors.", {"arrested"}, set()),
    # the present passive is generic: whom to protect, not an act told
    ("The UN urged police to protect journalists who are threatened by gangs.", set(), {"threatened"}),
])
def test_modal_chains_and_tenses_rev13l(coder, text, told, untold):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    asserted = {e.trigger.text for e in coded.events if e.attribution.certainty == "asserted"}
    assert told <= asserted and not untold & {e.trigger.text for e in coded.events}, asserted
