"""Actors from the whole document (issue 16): coreference, passive agents, seats of government, bare numbers."""

from __future__ import annotations

import pytest

from dotterel.coder import Coder
from dotterel.pipeline.config import DEFAULT_STAGES, PipelineConfig


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text, published="2024-03-01"):
    return coder.code(text, published=published)


def _one(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [e.trigger.text for e in events]
    return found[0]


def test_pronoun_it_refers_back_to_the_body_named_before(coder):
    ev = _one(_events(coder, "Human Rights Watch said Egyptian police had arrested 30 activists in Cairo. "
                             "It called for their release."), "called")
    assert ev.actor.name == "Human Rights Watch" and ev.actor.how == "pronoun"
    assert ev.actor.span.text == "It" and ev.actor.antecedent.text == "Human Rights Watch"


def test_the_organisation_refers_back_to_the_last_body(coder):
    ev = _one(_events(coder, "Amnesty International said on Monday that Egyptian police had detained 40 students. "
                             "The organisation called for their release."), "called")
    assert ev.actor.name == "Amnesty International" and ev.actor.how == "context"
    assert ev.actor.antecedent.text == "Amnesty International"


def test_the_militants_take_the_armed_group_named_before(coder):
    ev = _one(_events(coder, "Hamas fighters attacked an army post near the border. The militants killed two soldiers."),
              "killed")
    assert (ev.actor.name, ev.actor.sector) == ("Hamas", "REB")
    assert ev.actor.span.text == "militants"


def test_two_plural_groups_in_the_sentence_leave_they_unresolved(coder):
    # "they" may be the police or the protesters: abstain rather than guess
    events = _events(coder, "Police detained dozens of protesters in Nairobi after they attacked a bank.")
    attack = [e for e in events if e.trigger.text == "attacked"]
    assert all(e.actor is None for e in attack)


def test_the_stage_can_be_turned_off(coder):
    stages = [s for s in DEFAULT_STAGES if s != "actors.coref.v1"]
    off = Coder(PipelineConfig(stages=stages), nlp=coder.nlp, gazetteer=coder.gazetteer, kb=coder.kb,
                ontology=coder.ontology, lexicon=coder.lexicon)
    ev = _one(off.code("Amnesty International said police had detained 40 students. The organisation called for "
                       "their release.", published="2024-03-01"), "called")
    assert ev.actor is None or ev.actor.antecedent is None


def test_agent_in_the_by_phrase_of_the_means(coder):
    ev = _one(_events(coder, "Five civilians were killed in an air strike by government forces in Syria on Monday."),
              "killed")
    assert ev.actor is not None and ev.actor.sector == "MIL" and ev.actor.span.text == "government forces"
    assert ev.recipient is not None and ev.recipient.sector == "CVL"


def test_seats_of_government_tagged_as_bodies(coder):
    ev = _one(_events(coder, "The White House condemned the arrests of opposition leaders."), "condemned")
    assert (ev.actor.country, ev.actor.sector) == ("USA", "GOV")
    ev = _one(_events(coder, "The Kremlin accused Ukraine of shelling a border village."), "accused")
    assert (ev.actor.country, ev.actor.sector) == ("RUS", "GOV")


def test_un_rights_chief_and_border_guards(coder):
    ev = _one(_events(coder, "The UN rights chief condemned the killing of protesters."), "condemned")
    assert ev.actor.country == "IGO" and "Human Rights" in ev.actor.name
    ev = _one(_events(coder, "Iranian border guards shot dead three migrants."), "shot")
    assert (ev.actor.country, ev.actor.sector) == ("IRN", "MIL")


def test_bare_number_counts_people_and_elliptical_passive_keeps_the_victims(coder):
    ev = _one(_events(coder, "Thousands rallied in Colombo on Sunday against power cuts."), "rallied")
    assert (ev.actor.country, ev.actor.sector) == ("LKA", "CVL")
    events = _events(coder, "Dozens of people were detained and hundreds injured when police broke up a march in "
                            "Dhaka on Friday.")
    assert all(e.actor is None or e.actor.sector != "CVL" for e in events if e.event_type != "PROTEST")


def test_accused_is_the_doer_of_the_condemned_act(coder):
    ev = _one(_events(coder, "The European Union condemned the violations of human rights committed by the "
                             "Belarusian authorities."), "condemned")
    assert (ev.recipient.country, ev.recipient.sector) == ("BLR", "GOV")


def test_they_in_a_relative_clause_is_not_the_noun_the_clause_is_about(coder):
    # "the activists and officials they have detained": the detained are the clause's object, not "they"
    ev = _one(_events(coder, "The regional bloc should come together to press the Sudanese army to give up the power they have "
                             "seized, "
                             "free the activists and officials they have detained, and lift the curfew."), "detained")
    assert ev.actor.country == "SDN" and ev.actor.sector == "MIL" and ev.actor.how == "pronoun"
    assert ev.actor.span.text == "they" and "army" in ev.actor.antecedent.text
    assert ev.recipient is not None and ev.recipient.span.text == "activists"


def test_gap_heads_only_for_a_relative_clause_without_its_own_relative_pronoun(coder):
    from dotterel.actors.coref import gap_heads

    doc = coder.nlp("Police freed the students and teachers they had detained.")
    they = next(t for t in doc if t.lower_ == "they")
    assert {doc[i].text for i in gap_heads(they, coder.lang)} >= {"teachers"}
    doc = coder.nlp("The students who said they were beaten marched again.")
    they = next(t for t in doc if t.lower_ == "they")
    assert gap_heads(they, coder.lang) == set()  # "they" is the students here
    doc = coder.nlp("They detained 40 students.")
    assert gap_heads(doc[0], coder.lang) == set()


def test_a_by_phrase_after_coordinated_passives_is_the_agent_of_each(coder):
    events = _events(coder, "Four reporters were beaten and detained by riot police in Tbilisi.")
    beaten, detained = _one(events, "beaten"), _one(events, "detained")
    assert beaten.actor.sector == detained.actor.sector == "COP" and beaten.actor.span.text == "riot police"
    assert detained.recipient is not None and detained.recipient.span.text == "reporters"  # the shared patient
    # elliptical parts with their own patients: "2,000 ... killed, 9,000 arrested and 50,000 displaced by X"
    events = _events(coder, "Over 1,500 demonstrators have been killed, 11,000 arrested and 600,000 displaced by "
                            "the regime.")
    assert _one(events, "killed").actor.span.text == "regime" and _one(events, "killed").actor.sector == "GOV"
    assert _one(events, "arrested").actor.span.text == "regime"


def test_a_by_phrase_of_a_later_part_with_its_own_phrases_is_not_shared(coder):
    # "on Monday", "later": the parts are separate acts, and who detained them is not said
    events = _events(coder, "Two students were detained on Monday and later beaten by soldiers.")
    assert _one(events, "detained").actor is None and _one(events, "beaten").actor.sector == "MIL"
    # the agent of the first part stays with it
    events = _events(coder, "Five people were killed by soldiers and ten arrested.")
    assert _one(events, "killed").actor.sector == "MIL"
    assert all(e.actor is None for e in events if e.trigger.text == "arrested")


def test_a_body_named_again_by_the_last_word_of_its_name(coder):
    events = _events(coder, "The European Parliament adopted a resolution on Belarus on Thursday. Parliament supported "
                            "EU sanctions against those responsible. Parliament also condemned the arrests.")
    for trigger in ("supported", "condemned"):
        ev = _one(events, trigger)
        assert ev.actor.name == "European Parliament" and ev.actor.how == "context"
        assert ev.actor.span.text == "Parliament" and ev.actor.antecedent.text == "European Parliament"
    ev = _one(_events(coder, "The UN Security Council met on Monday. The Council condemned the attack on peacekeepers."),
              "condemned")
    assert ev.actor.country == "IGO" and ev.actor.span.text == "Council"


def test_a_short_name_with_its_own_modifier_or_no_earlier_body_is_left_alone(coder):
    # no body named "... Parliament" before: the role noun with the story's country, as before
    ev = _one(_events(coder, "Belarus's parliament met on Monday. Parliament condemned the new sanctions."), "condemned")
    assert (ev.actor.country, ev.actor.sector) == ("BLR", "LEG")
    # "the Belarusian parliament" is a phrase of its own, not the European Parliament named before
    ev = _one(_events(coder, "The European Parliament debated Belarus on Monday. The Belarusian Parliament condemned "
                             "the debate."), "condemned")
    assert ev.actor is None or ev.actor.country == "BLR"


def test_a_document_speaks_for_the_body_that_issued_it(coder):
    ev = _one(_events(coder, "Amnesty International published a report on Monday. The report accused Egyptian police "
                             "of torturing detainees."), "accused")
    assert ev.actor.name == "Amnesty International" and ev.actor.how == "context"
    assert ev.actor.span.text == "The report" and ev.actor.antecedent.text == "Amnesty International"
    # a heavy object shifted after the vote count: "adopted by 512 votes to 40, with 30 abstentions, a resolution"
    ev = _one(_events(coder, "The European Parliament adopted by 512 votes to 40, with 30 abstentions, a resolution on "
                             "Georgia. The resolution condemned the new law on foreign agents."), "condemned")
    assert ev.actor.name == "European Parliament" and ev.actor.span.text == "The resolution"


def test_a_document_with_two_issuers_or_none_keeps_no_author(coder):
    ev = _one(_events(coder, "The Senate passed a resolution and the House adopted a resolution. "
                             "The resolution condemned the coup."), "condemned")
    assert ev.actor is None  # two issuers (one the resolver cannot name): ambiguous
    ev = _one(_events(coder, "Police released him after a statement. The statement condemned the protest."), "condemned")
    assert ev.actor is None  # "after a statement" is no object of "released"


def test_a_pronoun_refers_to_what_its_antecedent_was_linked_to(coder):
    ev = _one(_events(coder, "The European Parliament met on Thursday. Parliament rejected the election results. "
                             "It also condemned the arrests of journalists."), "condemned")
    assert ev.actor.name == "European Parliament" and ev.actor.how == "pronoun"


def test_its_members_are_the_body_but_their_families_are_not(coder):
    text = ("The European Parliament condemned the violence and expressed its condolences to the victims and their "
            "families. The bloc agreed to help, and its first peacekeepers landed in Armenia.")
    events = _events(coder, text)
    support = [e for e in events if e.event_type == "SUPPORT"]
    assert all(e.recipient is None or e.recipient.span.text != "their families" for e in support)


def test_coordinated_passives_with_one_agent_and_one_patient_are_one_incident(coder):
    events = _events(coder, "A Kenyan aid worker was shot and killed by unknown gunmen near Garissa on Monday.")
    assaults = [e for e in events if e.event_type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].actor.span.text == "unknown gunmen"


@pytest.mark.parametrize("text, trigger, body", [
    ("The European Parliament adopted a resolution on Belarus on Thursday. "
     "Members strongly condemned the Belarusian authorities for the repression of peaceful rallies.",
     "condemned", "European Parliament"),
    ("The OSCE met in Vienna on Monday. Representatives criticized the crackdown in Minsk.",
     "criticized", "Organization for Security and Co-operation in Europe"),
    ("In line with the African Union, the European Parliament rejected the election results.\n\n"
     "Members also condemned the arrests of opposition leaders.", "condemned", "European Parliament"),
])
def test_bare_members_as_subject_are_the_body_last_named(coder, text, trigger, body):
    ev = _one(_events(coder, text), trigger)
    assert ev.actor is not None and ev.actor.name == body and ev.actor.how == "context"
    assert ev.actor.span.text in ("Members", "Representatives")


@pytest.mark.parametrize("text, trigger", [
    # the phrase says whose members they are, or names no body
    ("The National Assembly debated the bill. Members of the public protested outside the building.", "protested"),
    ("The European Parliament adopted a resolution. Some members condemned the arrests in Minsk.", "condemned"),
    ("Police arrested 20 protesters in Minsk on Sunday. Members condemned the arrests.", "condemned"),
    # an object, not the subject
    ("The European Parliament met on Monday. The president of Belarus condemned members for the vote.",
     "condemned"),
])
def test_members_with_a_modifier_or_no_body_before_are_no_reference(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert ev.actor is None or ev.actor.name != "European Parliament"
    assert ev.actor is None or ev.actor.how != "context"
