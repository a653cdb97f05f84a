"""Kinds of empty actor the text fills (issue 16, benchmarks/empty_actors.py).

Kinds, each on sentences written for this file, with negatives where the
rule must not fire:

- a bare verb of a demanded list that the parser hangs on the governing verb
  as an adverbial clause ("to press the military to relinquish power, release
  the activists, lift the curfew"): the pressed party does every act of the
  list;
- a death during an act done to the victim, stated in the passive with its
  agent ("died while being arrested by officers"): the agent is the doer;
- a list of acts whose first names its doer by a possessor, however the
  parser hangs the later members: they share the doer;
- a subject the parser cut off as a sentence of its own ("Parliament |
  supported");
- an agentless event "under the command / leadership of X": X.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document
from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, doer", [
    # a list of bare verbs the parser hangs on the governing verb shares the infinitive's doer
    ("The junta went on to withdraw its troops, release the prisoners, lift the blockade.", "release", "junta"),
    ("The junta went on to withdraw its troops, release the prisoners, lift the blockade.", "lift", "junta"),
    ("The army moved to seize the airport, arrest the ministers, close the borders.", "arrest", "army"),
])
def test_every_act_of_a_listed_infinitive_is_its_doer_s(coder, text, trigger, doer):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.name == doer, a


@pytest.mark.parametrize("text, trigger, governor", [
    # demanded, the same lists are the demand's content, not acts (they were coded as done, with the pressed party)
    ("The international community should come together to press the Burmese military to immediately relinquish "
     "the power they have seized, release the activists they have detained, lift all restrictions.",
     "release", "press"),
    ("The international community should come together to press the Burmese military to immediately relinquish "
     "the power they have seized, release the activists they have detained, lift all restrictions.",
     "lift", "press"),
    ("The United Nations called on the Ethiopian government to withdraw its troops, release the prisoners and "
     "lift the blockade.", "release", "called"),
])
def test_every_act_of_a_demanded_list_is_the_demand_s_content(coder, text, trigger, governor):
    (coded,) = coder.code_documents([make_document(text, published="2024-03-01")])
    assert trigger not in {e.trigger.text for e in coded.events}
    assert any(a.trigger is not None and a.trigger.text == trigger and f"content of '{governor}'" in a.reason
               for a in coded.abstentions), [(a.trigger and a.trigger.text, a.reason) for a in coded.abstentions]


def test_a_listed_bare_verb_is_read_as_the_list_s_next_member_only_after_a_comma_or_and(coder):
    from dotterel.events.syntax import stray_infinitive_conj

    doc = coder.nlp("The community should come together to press the military to relinquish power, "
                    "release the activists, lift all restrictions.")
    by_text = {t.text: t for t in doc}
    if by_text["release"].dep_ == "advcl":  # the parse this rule is for
        assert stray_infinitive_conj(by_text["release"]).text == "relinquish"
    # an adverbial clause with a subordinator or a subject of its own is no member of a list
    doc = coder.nlp("Police fired tear gas after protesters tried to storm the building.")
    assert all(stray_infinitive_conj(t) is None for t in doc)
    doc = coder.nlp("Protesters marched to the square to demand reforms.")
    assert all(stray_infinitive_conj(t) is None for t in doc)


def test_a_clause_s_own_doer_stays_when_no_party_is_pressed(coder):
    # "asked supporters to stay at home, and police arrested": the arrest has its own subject
    ev = coded_event(coder, "The opposition asked supporters to stay at home, and police arrested 40 people.",
                     "arrested")
    assert ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text, sector", [
    ("Floyd died while being arrested by officers of the city police on May 25.", "COP"),
    ("A man died after being detained by soldiers in Khartoum on Monday.", "MIL"),
    ("Two men died after they were arrested by police in Lagos on Monday.", "COP"),
])
def test_a_death_during_an_act_stated_with_its_agent_is_the_agent_s(coder, text, sector):
    a = coded_event(coder, text, "died").actor
    assert a is not None and a.sector == sector, a


@pytest.mark.parametrize("text", [
    "He died after being hit by a car on Monday.",  # no actor
    "A protester died after being rescued by medics on Monday.",  # no harm done to the victim
    "A man died after his brother was arrested by police on Monday.",  # another person's arrest
    # a deployment harms no one: the party that sent them is not who killed them
    "Twelve soldiers died after being deployed by the government to the border on Monday.",
    "Four police officers died after being deployed by the interior ministry to the north on Monday.",
])
def test_a_death_after_another_kind_of_act_keeps_no_actor(coder, text):
    # since session 10 such a death, with no violence named, is no event at all (assemble._death_with_no_violence);
    # what this guards is that no record makes the other act's doer the killer
    died = [e for e in coder.code(text, published="2024-06-01") if e.trigger.text == "died"]
    assert all(e.actor is None for e in died), died


def test_a_list_of_acts_whose_first_names_its_doer_shares_it_however_the_parser_hangs_the_rest(coder):
    # the small parser hangs "the detention" as an appositive on "Burma" and makes "the declaration" a second
    # subject of "are": both are still members of the list the possessor opens
    text = ("The military's seizure of power in Burma, the detention of Aung San Suu Kyi and other civilian "
            "officials, and the declaration of a national state of emergency are a direct assault on democracy.")
    for trigger in ("detention", "declaration"):
        a = coded_event(coder, text, trigger).actor
        assert a is not None and a.sector == "MIL", (trigger, a)


def test_a_possessor_who_underwent_the_first_act_does_none_of_the_rest(coder):
    ev = coded_event(coder, "Navalny's arrest in Moscow, the detention of his aides, and the closure of his offices "
                            "drew criticism.", "detention")
    assert ev.actor is None


def test_a_subject_the_parser_cut_off_as_its_own_sentence_is_the_verb_s(coder):
    from dotterel.events.agents import _subject_cut_off

    text = ("The European Parliament adopted a resolution on Belarus.\n\nSanctioning those responsible\n\n"
            "Parliament supported EU sanctions against those responsible for the repression in Belarus.")
    doc = coder.nlp(text)
    verb = next(t for t in doc if t.text == "supported")
    if verb.is_sent_start:  # the parse this rule is for: "Parliament" a sentence of its own
        assert _subject_cut_off(verb).text == "Parliament"
    a = coded_event(coder, text, "supported").actor
    assert a is not None and a.name == "European Parliament", a


def test_a_heading_or_an_item_cut_off_by_a_line_break_or_a_mark_is_no_subject(coder):
    from dotterel.events.agents import _subject_cut_off

    for text in ("Belarus\nParliament condemned the repression.", "Sanctions. Parliament condemned the repression.",
                 "Protesters marched in Minsk. Police detained 40 people."):
        doc = coder.nlp(text)
        for verb in (t for t in doc if t.dep_ == "ROOT" and t.pos_ == "VERB"):
            assert _subject_cut_off(verb) is None, (text, verb)


@pytest.mark.parametrize("text, trigger, name", [
    ("The 3 June Khartoum massacre took place under the leadership of the Transitional Military Council.", "took",
     "Transitional Military Council"),
    ("Protesters were shot under the orders of the interior minister on Monday.", "shot", "interior minister"),
])
def test_an_agentless_event_under_the_command_of_a_party_is_that_party_s(coder, text, trigger, name):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.name == name, a


@pytest.mark.parametrize("text, trigger, sector", [
    # the event has its own doer: the commander does not replace the troops
    ("Troops fired on protesters under the orders of General Burhan on Monday.", "fired", "MIL"),
])
def test_an_event_with_its_own_doer_keeps_it_under_a_command(coder, text, trigger, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.sector == sector, a


@pytest.mark.parametrize("text, trigger, sector", [
    # an instruction for the act still names its doer on a passive verb
    ("Villagers were massacred under the orders of the commander on Monday.", "massacred", "MIL"),
])
def test_a_passive_event_under_orders_is_the_party_that_gave_them(coder, text, trigger, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.sector == sector, a


@pytest.mark.parametrize("text, trigger", [
    # on a passive verb a standing command is as often the patients' own: the peacekeepers' general ambushed no one
    ("UN peacekeepers were ambushed near Beni under the command of a Kenyan general on Monday.", "ambushed"),
    ("The convoy was attacked near Goma under the command of a Kenyan general.", "attacked"),
    ("Police officers were attacked under the leadership of a local chief on Monday.", "attacked"),
])
def test_a_passive_event_under_a_standing_command_names_no_doer(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None


@pytest.mark.parametrize("text, trigger", [
    ("The attack took place under cover of darkness.", "took"),  # no command noun
    ("The protests took place under heavy rain.", "protests"),
])
def test_under_with_no_command_noun_names_no_doer(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None
