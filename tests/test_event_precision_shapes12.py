"""Records a new user found spurious or doubled, and certainties they found wrong, by kind (our own sentences).

* History named by a relative clause in "<N years> after <the war that killed ...>" is background:
  certainty ``historical`` (``events.policy.years_after``); "more than a year of fighting" measures a
  period of many acts, not one event (``events.policy.period_of_acts``).
* Figures of speech: "inflation was killing small businesses" (a business is no victim: the kill rule's
  ``not_objects``), "fans clashed verbally with the referee" (profile ``verbal_manner_adverbs``).
* A purpose infinitive under a future verb has not happened: "would invite experts to investigate".
* One act told twice: "the army said it had repelled the assault", "the attack took place on Thursday"
  (profile ``restating_act_verbs``); "agreed to a ceasefire that took effect" (CAMEO 0356, PLOVER
  AGREE: one record); "went on strike to protest extortion" (the infinitive is the protest's aim).
* Attribution: a closing "<speaker> said on Monday" or "independent outlet X reported" the parser did not
  make the governor of the event (``closing_reporter``); of two subjects the parser gave "said", the one
  next to it is the claimant.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"


def _kinds(events):
    return [(e.event_type, e.mode) for e in events]


@pytest.mark.parametrize("text", [
    "Thirty years after the civil war that killed up to 100,000 people, the valley remains tense.",
    "Two decades after the genocide that killed 800,000 people, Rwanda has rebuilt its economy.",
])
def test_an_act_years_before_the_sentence_is_historical(coder, text):
    events = coder.code(text, published=PUBLISHED)
    assert [(e.event_type, e.attribution.certainty, e.attribution.cue.text) for e in events] == [
        ("ASSAULT", "historical", text.split()[1])]


def test_an_act_days_before_stays_news(coder):
    events = coder.code("Two days after the attack that killed 12 soldiers, the army shelled the town.",
                        published=PUBLISHED)
    assert {e.attribution.certainty for e in events} == {"asserted"}


@pytest.mark.parametrize("text", [
    "The ceasefire ended more than a year of fighting between Israel and Hezbollah.",
    "The deal ended months of fighting between the army and the rebels.",
])
def test_months_or_years_of_fighting_are_no_event(coder, text):
    assert coder.code(text, published=PUBLISHED) == []


def test_days_of_clashes_stay_an_event(coder):
    events = coder.code("Three days of clashes between police and protesters left 20 dead in Nairobi.",
                        published=PUBLISHED)
    assert [(e.event_type, e.trigger.text) for e in events] == [("ASSAULT", "clashes")]


@pytest.mark.parametrize("text", [
    "The governor said inflation was killing small businesses in Kano.",
    "High interest rates are killing the housing market.",
    "Fans clashed verbally with the referee after the match.",
    "The senator verbally attacked the minister during the debate.",
])
def test_figures_of_speech_are_no_assault(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"] == []


def test_a_physical_clash_stays(coder):
    events = coder.code("Rival fans clashed with police outside the stadium in Sarajevo.", published=PUBLISHED)
    assert [e.event_type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The minister said the government would invite foreign experts to investigate the deaths.",
    "Police will deploy officers to arrest the suspects.",
    "The army would send troops to attack the rebels.",
])
def test_a_purpose_infinitive_under_a_future_verb_is_not_yet_an_event(coder, text):
    assert coder.code(text, published=PUBLISHED) == []


def test_a_purpose_infinitive_under_a_past_verb_stays(coder):
    events = coder.code("The government sent troops to attack the rebels.", published=PUBLISHED)
    assert ("ASSAULT", None) in _kinds(events)


@pytest.mark.parametrize("text", [
    "Militants attacked an army base in Djibo on Sunday. The army said it had repelled the assault.",
    "Rebels attacked a police post near Beni. Soldiers repelled the attack, killing five assailants.",
    "Rebels killed seven soldiers in an ambush in Guaviare. The attack took place on Thursday in a rural area.",
])
def test_an_act_told_again_by_a_definite_noun_is_one_record(coder, text):
    events = coder.code(text, published=PUBLISHED)
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert len(events[0].restatements) >= 1


def test_the_restatement_gives_its_date(coder):
    (event,) = coder.code("Rebels killed seven soldiers in an ambush in Guaviare. The attack took place on "
                          "Thursday in a rural area.", published=PUBLISHED)
    assert event.date.value == "2025-03-06"


@pytest.mark.parametrize("text", [
    "The army repelled an attack by militants on its base in Djibo on Sunday.",  # nothing earlier to tell again
    "The bombing took place near the market on Sunday.",
])
def test_a_first_mention_stays(coder, text):
    assert [e.event_type for e in coder.code(text, published=PUBLISHED)] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Israel and Lebanon agreed to a ceasefire that took effect at dawn on Wednesday.",
    "The two sides agreed to a truce, which came into force on Monday.",
])
def test_a_ceasefire_agreed_to_is_one_agreement(coder, text):
    assert _kinds(coder.code(text, published=PUBLISHED)) == [("AGREE", None)]


def test_a_ceasefire_taking_effect_alone_is_a_retreat(coder):
    events = coder.code("A ceasefire between the army and the rebels took effect on Monday.", published=PUBLISHED)
    assert _kinds(events) == [("RETREAT", "ceasefire")]


@pytest.mark.parametrize("text, kind", [
    ("Transport workers in Lima went on strike on Thursday to protest extortion by gangs.", ("PROTEST", "strike")),
    ("Farmers blocked roads near Arequipa to protest the new tax.", ("PROTEST", "obstruct")),
])
def test_a_protests_purpose_infinitive_is_its_aim(coder, text, kind):
    assert _kinds(coder.code(text, published=PUBLISHED)) == [kind]


@pytest.mark.parametrize("text, claimant", [
    ("ADF militants killed at least 40 people in an overnight attack, the local civil society coordinator said "
     "on Monday.", "the local civil society coordinator"),
    ("Police in Almaty detained about 15 activists who tried to hold a rally against a planned dam on Sunday, "
     "independent outlet Vlast.kz reported.", "independent outlet Vlast.kz"),
    ("Pro-government fighters killed more than 300 people, most of them Druze civilians, in villages of "
     "Sweida between 6 and 10 July, the Syrian Observatory said.", "the Syrian Observatory"),
    # a paragraph's closing line break is no content after the verb
    ("Police in Osh detained 12 activists on Sunday, independent outlet Kloop reported.\n", "independent outlet Kloop"),
])
def test_a_closing_speaker_is_the_claimant(coder, text, claimant):
    (event,) = [e for e in coder.code(text, published=PUBLISHED) if e.event_type in ("ASSAULT", "COERCE")]
    assert event.attribution.certainty == "reported"
    assert event.attribution.claimant == claimant


@pytest.mark.parametrize("text, found", [
    ("ADF militants killed 40 people in an attack, the local coordinator said on Monday.", "said"),
    ("Troops shelled the village on Monday, the army said it had retaliated.", None),  # content of its own
    ("Troops shelled the village after the army said so.", None),  # no comma before the speaker
])
def test_closing_reporter_reads_only_a_closing_clause(coder, text, found):
    from dotterel.closing_reporter import closing_reporter

    doc = coder.nlp(text)
    (head,) = [t for t in doc if t.text in ("killed", "shelled")]
    verb = closing_reporter(head, coder.lang)
    assert (verb.text if verb is not None else None) == found
