"""ACLED sub-event types by the codebook's decision rules (stage ``acled.v1``), on sentences of several shapes.

Each family is tried on more than one sentence: the weapon decides first; then who acts against whom;
then what the sentence reports of a protest. Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _subs(coder, text):
    return [(e.event_type, e.sub_event_type) for e in coder.code(text, published="2024-05-01")]


@pytest.mark.parametrize("text,sub", [
    ("Government forces shelled the rebel-held town of Idlib on Monday, killing five civilians.",
     "Shelling/artillery/missile attack"),
    ("Rebels fired mortars at an army base outside Goma, wounding three soldiers.", "Shelling/artillery/missile attack"),
    ("An IED exploded near a police convoy in Kandahar, wounding four officers.", "Remote explosive/landmine/IED"),
    ("A roadside bomb killed two soldiers near Gao on Saturday.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a mosque in Peshawar, killing 30 worshippers.", "Suicide bomb"),
    ("A soldier threw a grenade into a crowded market in Goma, killing two traders.", "Grenade"),
])
def test_the_weapon_decides_first(coder, text, sub):
    assert sub in [s for _t, s in _subs(coder, text)]


@pytest.mark.parametrize("text,sub", [
    ("Gunmen stormed a village in Zamfara state on Tuesday and killed 12 villagers, police said.", "Attack"),
    ("Militants killed six farmers near Maiduguri on Sunday.", "Attack"),
    ("Soldiers clashed with Al-Shabaab militants near Kismayo, leaving eight fighters dead.", "Armed clash"),
    ("Unidentified gunmen abducted 20 students from a school in Kaduna.", "Abduction/forced disappearance"),
])
def test_who_acts_against_whom(coder, text, sub):
    assert sub in [s for _t, s in _subs(coder, text)]


@pytest.mark.parametrize("text,sub", [
    ("Thousands of people marched peacefully through Santiago on Sunday.", "Peaceful protest"),
    ("Teachers rallied outside the education ministry in Lima on Monday to demand higher pay.", "Peaceful protest"),
    ("Police fired tear gas to disperse hundreds of protesters in Nairobi on Thursday.", "Protest with intervention"),
    ("Police arrested 40 protesters at a rally in Minsk on Sunday.", "Protest with intervention"),
    ("Security forces opened fire on demonstrators in Khartoum, killing three people.",
     "Excessive force against protesters"),
    ("Protesters threw stones at police and torched cars in Paris.", "Violent demonstration"),
])
def test_what_happened_to_a_protest(coder, text, sub):
    assert _subs(coder, text)[0][1] == sub


def test_arrests_outside_a_protest_are_arrests(coder):
    assert ("COERCE", "Arrests") in _subs(coder, "Police arrested the opposition leader in Minsk on Friday.")
    assert ("COERCE", "Arrests") in _subs(coder, "Security forces detained two journalists in Harare on Monday.")


def test_a_protest_clause_is_read_apart_from_a_riot_clause(coder):
    text = ("The protests began peacefully in Zhanaozen and quickly spread to Almaty, which saw its "
            "demonstrations turn into violent riots.")
    subs = _subs(coder, text)
    assert subs[0] == ("PROTEST", "Peaceful protest")


def test_no_sub_event_type_without_sides_or_weapon(coder):
    """An ASSAULT whose sides and weapon the text does not give gets none: never ACLED "Other" as a default."""
    from dotterel.events.acled import acled_sub_event
    from dotterel.lang import LanguageProfile
    from dotterel.ontology import Ontology
    from dotterel.records import Event, Span

    sent = Span(start=0, end=25, text="There was violence there.")
    ev = Event(event_id="ev:x", doc_id="d", event_type="ASSAULT", quad_class="material conflict", cameo="180",
               trigger=Span(start=10, end=18, text="violence"), sentence=sent, version="0")
    sub, why = acled_sub_event(ev, [ev], Ontology.load(), lang=LanguageProfile.load("en"))
    assert sub is None and "do not settle" in why


@pytest.mark.parametrize("text,sub", [
    ("Government forces recaptured the town of Abu Sakra from rebel fighters on Tuesday.", "Government regains territory"),
    ("Soldiers regained control of two villages near Kidal after clashes with jihadists.", "Government regains territory"),
    ("Rebels seized the town of Bunia-Est on Thursday after a brief battle with the army.",
     "Non-state actor overtakes territory"),
    ("Militants overran an army outpost in Borno and took control of the district.",
     "Non-state actor overtakes territory"),
    ("The government and the rebels signed a ceasefire agreement on Friday.", "Agreement"),
    ("The warring militias agreed to a truce after talks mediated by elders.", "Agreement"),
])
def test_territory_and_agreements(coder, text, sub):
    assert sub in [s for _t, s in _subs(coder, text)]


def test_taking_control_of_an_institution_is_no_territory(coder):
    subs = _subs(coder, "President Tokayev took control of the Security Council on 5 January.")
    assert not [s for _t, s in subs if s and "territory" in s]


def test_a_treaty_is_no_acled_agreement(coder):
    subs = _subs(coder, "The two countries signed a partnership and cooperation agreement in Brussels.")
    assert "Agreement" not in [s for _t, s in subs]


@pytest.mark.parametrize("text,sub", [
    ("Soldiers raped at least five women in a village near Bukavu last week, a rights group said.", "Sexual violence"),
    ("Armed men sexually assaulted two passengers at a checkpoint near Bangui.", "Sexual violence"),
    ("A helicopter dropped a barrel filled with chlorine on the town, killing 7 people.", "Chemical weapon"),
    ("Villagers beat two men to death after accusing them of theft.", "Mob violence"),
])
def test_sexual_violence_chemical_weapons_and_mobs(coder, text, sub):
    assert sub in [s for _t, s in _subs(coder, text)]


def test_a_casualty_tally_is_no_mob_violence(coder):
    subs = _subs(coder, "Casualties: 1,373 injured including children; at least a few journalists wounded.")
    assert "Mob violence" not in [s for _t, s in subs]


# -- weapons named by what is fired, and the result participle (our own sentences) --------------------------


@pytest.mark.parametrize("text,mode,sub", [
    ("Police fired ten rounds in the air to scare away the mob in Surat.", "crowd-control", None),
    ("Soldiers fired live rounds at demonstrators in Khartoum.", "firearms", "Excessive force against protesters"),
    ("The rebels fired rockets at the city of Goma.", "heavy-weapons", "Shelling/artillery/missile attack"),
    ("Militants fired mortar rounds at an army base near Beni.", "heavy-weapons", "Shelling/artillery/missile attack"),
    ("An army helicopter gunship fired rockets at a convoy of bandits near Zurmi.", "heavy-weapons",
     "Air/drone strike"),
    ("Militants fired mortar rounds filled with chlorine at a village near Mosul.", "heavy-weapons",
     "Chemical weapon"),
    ("Russia launched missiles at Kyiv overnight.", "heavy-weapons", "Shelling/artillery/missile attack"),
])
def test_what_is_fired_gives_the_mode_and_the_sub_event(coder, text, mode, sub):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"]
    assert ev.mode == mode
    if sub is not None:
        assert ev.sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Police lobbed tear gas shells to disperse the crowd in Ahmedabad.",
    "Riot police fired tear gas canisters and stun grenades at students in Dhaka.",
])
def test_less_lethal_shells_and_grenades_are_no_explosive_weapon(coder, text):
    events = coder.code(text, published="2024-05-01")
    assert [e for e in events if e.event_type == "ASSAULT"], "the crowd control itself is coded"
    assert not {e.sub_event_type for e in events} & {"Shelling/artillery/missile attack", "Grenade"}


def test_a_result_participle_is_the_toll_of_its_act_not_a_second_event(coder):
    events = [e for e in coder.code("Police opened fire on protesters in Khartoum on Monday, killing three.",
                                    published="2024-05-01") if e.event_type == "ASSAULT"]
    assert len(events) == 1
    assert [(c.kind, c.low or c.best) for c in events[0].counts] == [("killed", 3)]
    assert [t.text for t in events[0].restatements] == ["killing"]


def test_every_actor_carries_its_acled_inter_code(coder):
    """One home of the inter rule (events.acled.actor_inter): the doer of a protest is 6 (5 when rioting)
    whatever its sector, otherwise the sector decides; the ACLED export reads it back."""
    from dotterel.dedup import MentionRef, link_mentions
    from dotterel.export.acled import acled_row
    from dotterel.ontology import Ontology

    events = coder.code("Riot police fired tear gas at students in Dhaka on Monday. Several thousand students "
                        "rallied in Dhaka on Tuesday against the new fees.", published="2024-05-01")
    by_trigger = {e.trigger.text: e for e in events}
    fired, rallied = by_trigger["fired"], by_trigger["rallied"]
    assert (fired.actor.inter, fired.recipient.inter) == (1, 7)
    assert rallied.actor.inter == 6 and rallied.actor.sector == "CVL"
    refs = [MentionRef(event=e, doc_id=e.doc_id, published="2024-05-01") for e in events]
    linked = [le for le in link_mentions(refs) if le.event_type == "ASSAULT"]
    row = acled_row(linked[0], ontology=Ontology.load(), timestamp=0)
    assert (row.inter1, row.inter2, row.interaction) == (1, 7, 17)
