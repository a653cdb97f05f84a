"""Where issue 12's rules (orders, recordings, hostages, shutdowns, habits) fired on the wrong kind of sentence.

Found in review of the events14 branch; each group names the kind and has sentences where the rule must
still fire. Sentences written for this test.
"""

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"


def _coded(coder, text):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    return coded


def _events(coded):
    return [(e.event_type, e.trigger.text, e.attribution.certainty) for e in coded.events]


# A date phrase of the past on the clause makes a form that is past and base alike ("beat", "hit", "shut") a
# past: the acts are told, as "marched every day last week" is; "every year since 2011" is a span up to now.
@pytest.mark.parametrize("text, trigger", [
    ("Soldiers beat villagers every day last week.", "beat"),
    ("During the 2019 uprising, police routinely beat detainees, a report said.", "beat"),
    ("Authorities shut down the internet every evening during the protests last month.", "shut"),
    ("Police routinely beat protesters two years ago.", "beat"),
])
def test_a_past_date_on_the_clause_makes_an_ambiguous_form_past_not_a_habit(coder, text, trigger):
    coded = _coded(coder, text)
    assert trigger in {e.trigger.text for e in coded.events}, (_events(coded), [a.reason for a in coded.abstentions])


@pytest.mark.parametrize("text", [
    "Every year since 2011, thousands march on the anniversary.",
    "Police routinely beat protesters.",
    "Protesters rally every Friday in the capital.",
])
def test_a_habit_with_no_past_date_stays_no_event(coder, text):
    coded = _coded(coder, text)
    assert not coded.events, _events(coded)
    assert any(a.reason and "habitual" in a.reason for a in coded.abstentions)


# An outage (a natural hazard or a fire named on the shutdown, PLOVER manual, COERCE), or a shutdown by a business
# or within one institution's premises, is no state restriction: the active rules already ask for a censor.
@pytest.mark.parametrize("text", [
    "Mobile networks were cut off after the quake.",
    "The internet was cut off across the island after the tsunami.",
    "Phone lines were cut off by the wildfire.",
    "Internet access was suspended by the company for its employees.",
    "The internet was blocked at the school after students accessed gaming sites.",
])
def test_an_outage_or_a_private_shutdown_is_no_censorship(coder, text):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.event_type == "COERCE"], _events(coded)


@pytest.mark.parametrize("text, actor", [
    ("The internet was shut down by the government on Monday.", "GOV"),
    ("Mobile internet was cut off in Tigray by the army.", "MIL"),
    ("Social media was blocked at the request of the ministry.", None),
])
def test_a_shutdown_by_a_censor_or_by_nobody_named_is_still_censorship(coder, text, actor):
    coded = _coded(coder, text)
    (event,) = [e for e in coded.events if e.event_type == "COERCE"]
    assert event.mode == "censor"
    assert (event.actor.sector if event.actor is not None else None) == actor


# "film" is news's word for footage too: a device or amateur making says so.
@pytest.mark.parametrize("text, trigger", [
    ("Mobile phone film shows soldiers firing on the crowd.", "firing"),
    ("Amateur film shows police beating a man.", "beating"),
    ("CCTV film shows gunmen shooting at shoppers.", "shooting"),
])
def test_film_from_a_phone_or_an_amateur_is_footage(coder, text, trigger):
    coded = _coded(coder, text)
    assert trigger in {e.trigger.text for e in coded.events}, [a.reason for a in coded.abstentions]


@pytest.mark.parametrize("text", [
    "A Netflix film shows soldiers beating protesters.",
    "An amateur documentary shows troops killing villagers.",
])
def test_a_work_stays_a_work(coder, text):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.event_type == "ASSAULT"], _events(coded)


# A participle with no object beside an active order is passive and describes a noun: not the orderer's act.
def test_a_passive_participle_after_an_active_order_is_no_act_of_the_orderer(coder):
    coded = _coded(coder, "The court ordered the government to compensate those injured and killed in the crackdown.")
    assert not [e for e in coded.events if e.event_type == "ASSAULT"], _events(coded)


@pytest.mark.parametrize("text, trigger", [
    ("Protesters were told to leave and arrested when they refused.", "arrested"),
    ("He was ordered to pay a fine and jailed for two years.", "jailed"),
    ("Police ordered the crowd to disperse and arrested dozens.", "arrested"),
])
def test_a_participle_beside_a_passive_order_or_with_an_object_is_still_done(coder, text, trigger):
    coded = _coded(coder, text)
    assert trigger in {e.trigger.text for e in coded.events if e.attribution.certainty == "asserted"}, _events(coded)


# A recording taken down or made public is no recording made then: the date is not the act's.
def test_a_recording_taken_down_on_a_day_does_not_date_the_act(coder):
    coded = _coded(coder, "A video taken down by YouTube on Tuesday shows soldiers shooting at villagers.")
    (shooting,) = [e for e in coded.events if e.trigger.text == "shooting"]
    assert shooting.date is None or shooting.date.value != "2024-04-30"


def test_a_photo_taken_on_a_day_dates_the_act(coder):
    coded = _coded(coder, "A photo taken on Monday shows police beating a student.")
    (beating,) = [e for e in coded.events if e.trigger.text == "beating"]
    assert beating.date is not None and beating.date.value == "2024-04-29"


# A figurative hostage in the passive ("parliament was held hostage by a faction") is no abduction, as in the active.
@pytest.mark.parametrize("text", [
    "Parliament was held hostage by a small faction.",
    "The economy was held hostage by the unions.",
])
def test_a_figurative_hostage_in_the_passive_is_no_abduction(coder, text):
    coded = _coded(coder, text)
    assert not coded.events, _events(coded)


def test_people_held_hostage_in_the_passive_are_still_abducted(coder):
    coded = _coded(coder, "Twelve villagers were held hostage by gunmen.")
    (event,) = coded.events
    assert (event.event_type, event.mode) == ("ASSAULT", "abduct")
