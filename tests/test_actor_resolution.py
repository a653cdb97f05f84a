"""Actor resolution on real parses: persons by date, metonymy, role nouns, pronouns, origins."""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.actors.resolve import ActorResolver, DocumentActors, main_country
from dotterel.annotate import normalise
from dotterel.records import Span

PUBLISHED = "2024-05-01"  # the date of every coder.code call below


@pytest.fixture(scope="module")
def parse(coder):
    def _parse(text):
        omap = normalise(text)
        return coder.nlp(omap.normalised), omap

    return _parse


def _resolve(coder, parse, text, word, *, on=None, home=None, context=None):
    doc, omap = parse(text)
    tok = next(t for t in doc if t.text == word)
    resolver = ActorResolver(coder.kb, lang=coder.lang)
    ctx = context or DocumentActors(home)
    return resolver.resolve(tok, to_span=omap.span, context=ctx, paragraph=0, on=on), ctx


def test_person_office_depends_on_date(coder, parse):
    text = "Nazarbayev addressed the nation."
    before, _ = _resolve(coder, parse, text, "Nazarbayev", on=dt.date(2015, 1, 1))
    after, _ = _resolve(coder, parse, text, "Nazarbayev", on=dt.date(2022, 6, 1))
    assert (before.country, before.sector) == ("KAZ", "GOV")
    assert (after.country, after.sector) == ("KAZ", "ELI")
    assert after.name == "Nursultan Nazarbayev" and after.kind == "person"


def test_capital_is_its_government(coder, parse):
    actor, _ = _resolve(coder, parse, "Washington imposed new sanctions on Moscow.", "Washington")
    assert (actor.name, actor.country, actor.sector, actor.kind) == ("United States government", "USA", "GOV", "country")
    assert actor.span == Span(start=0, end=10, text="Washington")


def test_role_noun_takes_demonym_country(coder, parse):
    actor, _ = _resolve(coder, parse, "Georgian riot police used tear gas.", "police", home="RUS")
    assert (actor.country, actor.sector) == ("GEO", "COP")
    assert actor.span.text == "Georgian riot police"


def test_role_noun_falls_back_to_document_country(coder, parse):
    actor, _ = _resolve(coder, parse, "Protesters blocked the road.", "Protesters", home="KAZ")
    assert (actor.country, actor.sector) == ("KAZ", "CVL")
    assert "document's main country" in actor.reason


def test_named_origin_is_never_replaced(coder, parse):
    actor, _ = _resolve(coder, parse, "Students at Columbia University held a vigil.", "Students", home="BLR")
    assert actor.sector == "CVL" and actor.country is None


def test_apposition_name_wins_over_title(coder, parse):
    actor, _ = _resolve(coder, parse, "The Russian President, Vladimir Putin, warned the West.", "President",
                        on=dt.date(2022, 1, 10))
    assert actor.name == "Vladimir Putin" and (actor.country, actor.sector) == ("RUS", "GOV")


def test_pronoun_goes_to_last_person_of_paragraph(coder, parse):
    first, ctx = _resolve(coder, parse, "Tokayev spoke.", "Tokayev", on=dt.date(2022, 1, 11))
    ctx.remember(0, first)
    he, _ = _resolve(coder, parse, "He blamed the oligarchs.", "He", context=ctx)
    assert he.name == "Kassym-Jomart Tokayev" and he.span.text == "He"
    assert he.reason.startswith("pronoun")


def test_unknown_phrase_abstains(coder, parse):
    actor, _ = _resolve(coder, parse, "These thuggish elements seized the airport.", "elements", home="KAZ")
    assert actor is None


def test_main_country_ignores_member_lists(coder, parse):
    doc, _ = parse(
        "Tokayev asked the CSTO, whose members include Russia, Belarus, Armenia and Kyrgyzstan, for help. "
        "Peacekeepers landed in Kazakhstan."
    )
    assert main_country(doc, coder.kb) == "KAZ"


def test_the_president_is_the_last_president_of_the_paragraph(coder, parse):
    on = dt.date(2022, 1, 11)
    first, ctx = _resolve(coder, parse, "Tokayev spoke.", "Tokayev", on=on)
    ctx.remember(0, first)
    ref, _ = _resolve(coder, parse, "The president blamed the oligarchs.", "president", on=on, context=ctx)
    assert (ref.name, ref.kind, ref.country, ref.sector) == ("Kassym-Jomart Tokayev", "person", "KAZ", "GOV")
    assert ref.span.text == "president" and "last person in the paragraph" in ref.reason


def test_short_reference_needs_a_matching_office_and_country(coder, parse):
    on = dt.date(2022, 1, 11)
    first, ctx = _resolve(coder, parse, "Putin spoke.", "Putin", on=on, home="KAZ")
    ctx.remember(0, first)
    # Putin is no prime minister in 2022, and not the Kazakh president
    pm, _ = _resolve(coder, parse, "The prime minister resigned.", "minister", on=on, context=ctx)
    assert pm.kind == "group" and pm.name != "Vladimir Putin"
    kz, _ = _resolve(coder, parse, "The Kazakh president resigned.", "president", on=on, context=ctx)
    assert kz.kind == "group" and kz.country == "KAZ"
    # a former president is no reference to the sitting one
    former, _ = _resolve(coder, parse, "The former president resigned.", "president", on=on, context=ctx)
    assert former.sector == "ELI" and former.kind == "group"


@pytest.mark.parametrize("text,name,country", [
    ("Russian forces shelled Kharkiv on Monday.", "RUS army", "RUS"),
    ("Ethiopian forces attacked the town of Kobo.", "ETH army", "ETH"),
])
def test_a_countrys_forces_are_its_military(coder, text, name, country):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"]
    assert (ev.actor.name, ev.actor.country, ev.actor.sector) == (name, country, "MIL")


@pytest.mark.parametrize("text", [
    "The forces attacked the town of Kobo.",
    "Forces loyal to the warlord attacked the town of Kobo.",
])
def test_forces_with_no_country_name_no_one(coder, text):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"]
    assert ev.actor is None


@pytest.mark.parametrize("text, word, want", [
    ("Kenya's parliament demanded the resignation of the police chief.", "parliament", ("KEN", "LEG", "role")),
    ("Ethiopia's army shelled the town.", "army", ("ETH", "MIL", "role")),
    # the owner is a person: the role takes that person's country, not the person's name
    ("Tokayev's government banned protests.", "government", ("KAZ", "GOV", "role")),
])
def test_a_countrys_or_persons_role_noun_is_the_role_with_the_owners_country(coder, parse, text, word, want):
    actor, _ = _resolve(coder, parse, text, word, on=dt.date(2023, 1, 1), home="USA")
    assert (actor.country, actor.sector, actor.how) == want
    assert actor.span.text.endswith(word)


def test_a_possessed_noun_that_names_no_actor_falls_back_to_its_owner(coder, parse):
    actor, _ = _resolve(coder, parse, "Russia's delegation walked out.", "delegation", home="USA")
    assert actor is not None and actor.country == "RUS"
    # a pronoun owner is never the fallback ("their detention" is not them)
    actor, _ = _resolve(coder, parse, "They condemned their detention.", "detention", home="USA")
    assert actor is None


@pytest.mark.parametrize("text, word, want", [
    ("In Canada, a few hundred students held a vigil on Monday.", "students", "CAN"),
    ("Meanwhile in Nairobi a small group of teachers staged a sit-in.", "teachers", "KEN"),
    ("Farmers marched in Lisbon on Friday.", "Farmers", "PRT"),
])
def test_a_role_noun_takes_the_one_country_its_clause_places_it_in(coder, parse, text, word, want):
    actor, _ = _resolve(coder, parse, text, word, home="FRA")
    assert actor.country == want and "its clause" in actor.reason


def test_a_clause_naming_two_countries_gives_the_role_none_of_them(coder, parse):
    actor, _ = _resolve(coder, parse, "Farmers marched in Lisbon and in Madrid on Friday.", "Farmers", home="FRA")
    assert actor.country in ("FRA", None) and "its clause" not in actor.reason
