"""Tests for dotterel.dedup: linking mentions of one event within and across documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from pydantic import ValidationError

from dotterel.dedup import LinkedEvent, MentionRef, link_mentions
from dotterel.records import Actor, Document

from factories import (
    ALMATY,
    GUNMEN,
    KADUNA,
    KADUNA_STATE,
    KAZAKHSTAN,
    LAGOS,
    NIGERIA,
    POLICE_KZ,
    PROTESTERS,
    STUDENTS,
    ZHANAOZEN,
    count,
    day,
    mention,
    pub_bound,
)


def protest(doc_id, place, iso, *, source="Outlet A", n=0, actor=PROTESTERS):
    return mention(doc_id, n, event_type="PROTEST", mode="demo", actor=actor, recipient=None, location=place,
                   date=day(iso), published=iso, source=source)


# ------------------------------------------------------------ the cases
def test_two_outlets_one_abduction_is_one_event():
    a = mention("a", counts=(count("abducted", 12),), source="Daily Trust", certainty="reported", claimant="police")
    b = mention("b", counts=(count("abducted", 15),), source="Punch", certainty="reported", claimant="residents")
    [ev] = link_mentions([a, b])
    assert [m.mention_id for m in ev.mentions] == ["a#0", "b#0"]
    assert ev.sources == ["Daily Trust", "Punch"]
    assert [(c.source, c.claimant, c.figure) for c in ev.counts] == [
        ("Daily Trust", "police", 12), ("Punch", "residents", 15)]
    assert ev.conservative_value("abducted") == 12
    [cons] = ev.conservative
    assert (cons.kind, cons.value, cons.mention_id, cons.source, cons.reports) == (
        "abducted", 12, "a#0", "Daily Trust", 2)
    assert (ev.event_type, ev.mode, ev.cameo, ev.sub_event_type) == (
        "ASSAULT", "abduct", "181", "Abduction/forced disappearance")
    assert ev.location == KADUNA and ev.actor == GUNMEN
    assert (ev.earliest, ev.latest, ev.dates_consistent, ev.credible) == ("2024-03-04", "2024-03-04", True, True)


def test_coded_reports_of_one_abduction_link(coder):
    """Real coder output: two outlets word the same abduction differently."""
    docs = [
        Document(doc_id="a", text="Gunmen abducted 12 students from a school in Kaduna on Monday, police said.",
                 published="2024-03-05", source="Daily Trust"),
        Document(doc_id="b", text="Armed men kidnapped 15 pupils from a school in Kaduna on Monday, according to "
                                  "residents.", published="2024-03-05", source="Punch"),
    ]
    refs = [MentionRef.of(e, d) for d in docs for e in coder.code(d.text, published=d.published, doc_id=d.doc_id)]
    assert len(refs) == 2
    [ev] = link_mentions(refs)
    assert ev.sources == ["Daily Trust", "Punch"]
    assert sorted(c.figure for c in ev.counts) == [12, 15]
    assert ev.conservative_value("abducted") == 12
    assert ev.location.name == "Kaduna" and ev.earliest == "2024-03-04"


def test_coded_protests_in_two_cities_on_one_day_stay_two(coder):
    docs = [Document(doc_id=c, text=f"Hundreds of protesters rallied in {c} on Tuesday.", published="2022-01-05",
                     source="Wire") for c in ("Almaty", "Zhanaozen")]
    refs = [MentionRef.of(e, d) for d in docs for e in coder.code(d.text, published=d.published, doc_id=d.doc_id)]
    events = link_mentions(refs)
    assert sorted(e.location.name for e in events) == ["Almaty", "Zhanaozen"]


def test_two_protests_same_day_different_cities_are_two_events():
    events = link_mentions([protest("p1", ALMATY, "2022-01-04"), protest("p2", ZHANAOZEN, "2022-01-04")])
    assert len(events) == 2
    assert sorted(e.location.name for e in events) == ["Almaty", "Zhanaozen"]


def test_same_city_different_weeks_are_two_events():
    events = link_mentions([protest("p1", ALMATY, "2022-01-04"), protest("p2", ALMATY, "2022-01-12")])
    assert [e.earliest for e in events] == ["2022-01-04", "2022-01-12"]


def test_same_city_next_day_links_within_window_but_not_with_zero_window():
    pair = [protest("p1", ALMATY, "2022-01-04"), protest("p2", ALMATY, "2022-01-05", source="Outlet B")]
    [ev] = link_mentions(pair, window_days=1)
    assert not ev.dates_consistent and (ev.earliest, ev.latest) == ("2022-01-04", "2022-01-05")
    assert len(link_mentions(pair, window_days=0)) == 2


def test_denied_claim_never_gives_the_conservative_figure():
    credible = mention("a", counts=(count("killed", 10),), source="Reuters")
    denied = mention("b", counts=(count("killed", 2),), source="State TV", certainty="denied", claimant="police")
    [ev] = link_mentions([credible, denied])
    assert ev.conservative_value("killed") == 10
    assert [(c.figure, c.credible, c.certainty) for c in ev.counts] == [(10, True, "asserted"), (2, False, "denied")]


def test_only_non_credible_counts_give_no_conservative_figure():
    [ev] = link_mentions([mention("a", counts=(count("killed", 4),), certainty="hypothetical")])
    assert ev.conservative == [] and ev.conservative_value("killed") is None and not ev.credible


def test_subgroup_and_upper_bound_only_counts_are_not_whole_figures():
    m = mention("a", counts=(count("killed", 20), count("killed", 3, subgroup="security_forces"),
                             count("killed", None, high=50)))
    [ev] = link_mentions([m])
    assert ev.conservative_value("killed") == 20
    assert [c.figure for c in ev.counts] == [20, 3, None]


def test_range_count_gives_its_low_bound():
    [ev] = link_mentions([mention("a", counts=(count("participants", None, low=200, high=900),)),
                          mention("b", counts=(count("participants", 1000),), source="Outlet B")])
    assert ev.conservative_value("participants") == 200


def test_gdelt_style_many_reports_of_one_kidnapping_over_two_days_are_one_event():
    """Dozens of reports, two publication days, varied detail: one abduction."""
    refs = []
    for i in range(24):
        published = "2024-03-04" if i < 10 else "2024-03-05"
        place = (KADUNA, KADUNA, KADUNA_STATE, NIGERIA)[i % 4]
        date = pub_bound(published) if i % 3 == 0 else day("2024-03-04")
        actor = GUNMEN if i % 5 else None
        refs.append(mention(f"d{i:02d}", location=place, date=date, actor=actor, published=published,
                            source=f"Outlet {i % 12}", counts=(count("abducted", 280 + i),),
                            certainty="reported" if i % 2 else "asserted"))
    [ev] = link_mentions(refs)
    assert len(ev.mentions) == 24 and len(ev.sources) == 12
    assert ev.conservative_value("abducted") == 280
    assert ev.location == KADUNA
    assert (ev.earliest, ev.latest) == ("2024-03-04", "2024-03-04")


# ------------------------------------------------------------ the parts of the rule
def test_different_modes_do_not_link_but_unknown_mode_does():
    demo = protest("p1", ALMATY, "2022-01-04")
    riot = mention("p2", event_type="PROTEST", mode="riot", actor=PROTESTERS, recipient=None, location=ALMATY,
                   date=day("2022-01-04"))
    bare = mention("p3", event_type="PROTEST", mode=None, actor=PROTESTERS, recipient=None, location=ALMATY,
                   date=day("2022-01-04"))
    assert len(link_mentions([demo, riot])) == 2
    [ev] = link_mentions([demo, bare])
    assert ev.mode == "demo" and ev.cameo == "141"


def test_different_event_types_do_not_link():
    a = mention("a")
    b = mention("b", event_type="COERCE", mode="arrest")
    assert len(link_mentions([a, b])) == 2


def test_vague_place_joins_the_one_city_it_contains():
    city = protest("p1", ALMATY, "2022-01-04")
    country = protest("p2", KAZAKHSTAN, "2022-01-04", source="Outlet B")
    [ev] = link_mentions([country, city])
    assert ev.location == ALMATY and ev.sources == ["Outlet A", "Outlet B"]


def test_vague_place_never_chains_two_cities():
    """A country-level report fits both cities: ambiguous, so it stays apart and the cities stay two."""
    events = link_mentions([protest("p1", ALMATY, "2022-01-04"), protest("p2", ZHANAOZEN, "2022-01-04"),
                            protest("p3", KAZAKHSTAN, "2022-01-04")])
    assert sorted((e.location.name, len(e.mentions)) for e in events) == [
        ("Almaty", 1), ("Kazakhstan", 1), ("Zhanaozen", 1)]


def test_region_contains_only_its_own_cities():
    in_region = mention("a", location=KADUNA)
    region = mention("b", location=KADUNA_STATE, source="Outlet B")
    elsewhere = mention("c", location=LAGOS, source="Outlet C")
    events = link_mentions([in_region, region, elsewhere])
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    big = next(e for e in events if len(e.mentions) == 2)
    assert big.location == KADUNA


def test_different_actors_conflict():
    a = mention("a", actor=GUNMEN)
    b = mention("b", actor=Actor(span=None, name="soldiers", country="NGA", sector="MIL", kind="group"))
    assert len(link_mentions([a, b])) == 2


def test_country_only_actor_is_compatible_with_an_actor_of_that_country():
    state = Actor(span=None, name="Kazakhstan", country="KAZ", kind="country")
    a = mention("a", event_type="COERCE", mode="arrest", actor=POLICE_KZ, recipient=PROTESTERS, location=ALMATY)
    b = mention("b", event_type="COERCE", mode="arrest", actor=state, recipient=None, location=ALMATY)
    [ev] = link_mentions([a, b])
    assert ev.actor == POLICE_KZ


def test_wikidata_ids_decide_identity():
    x = Actor(span=None, name="Ahmed Musa", kind="person", wikidata="Q1")
    y = Actor(span=None, name="Ahmed Musa", kind="person", wikidata="Q2")
    a = mention("a", actor=GUNMEN, recipient=x)
    b = mention("b", actor=GUNMEN, recipient=y)
    assert len(link_mentions([a, b])) == 2


def test_unknown_actors_need_the_same_local_place_and_overlapping_dates():
    a = mention("a", actor=None, recipient=None, location=KADUNA)
    b = mention("b", actor=None, recipient=None, location=KADUNA, source="Outlet B")
    assert len(link_mentions([a, b])) == 1
    c = mention("c", actor=None, recipient=None, location=KADUNA_STATE)
    d = mention("d", actor=None, recipient=None, location=KADUNA_STATE, source="Outlet B")
    assert len(link_mentions([c, d])) == 2


def test_unknown_place_links_across_documents_only_on_the_same_actor():
    named = Actor(span=None, name="Father Joseph Ade", country="NGA", sector="REL", kind="person")
    a = mention("a", recipient=named, location=KADUNA)
    b = mention("b", recipient=named, location=None, source="Outlet B")
    c = mention("c", recipient=STUDENTS, location=None, source="Outlet C")
    events = link_mentions([a, b, c])
    assert sorted(len(e.mentions) for e in events) == [1, 2]


def test_undated_mentions_link_only_within_their_document():
    a = mention("a", n=0, date=None, published=None)
    a2 = mention("a", n=1, published=None)
    b = mention("b", date=None, published=None, source="Outlet B")
    events = link_mentions([a, a2, b])
    assert sorted(tuple(m.mention_id for m in e.mentions) for e in events) == [("a#0", "a#1"), ("b#0",)]


def test_publication_bound_is_read_as_recent():
    old = mention("a", date=day("2024-01-10"))
    undated = mention("b", date=pub_bound("2024-03-05"), source="Outlet B")
    assert len(link_mentions([old, undated])) == 2
    recent = mention("c", date=day("2024-03-04"))
    [ev] = link_mentions([recent, undated])
    assert ev.date == day("2024-03-04") and (ev.earliest, ev.latest) == ("2024-03-04", "2024-03-04")


def test_credible_mentions_choose_the_fields():
    denied = mention("a", location=KADUNA, certainty="denied", source="Outlet A")
    asserted = mention("b", location=KADUNA_STATE, source="Outlet B")
    [ev] = link_mentions([denied, asserted])
    assert ev.location == KADUNA_STATE and ev.credible


def test_duplicate_mention_is_kept_once_and_ids_are_content_hashes():
    a = mention("a")
    [ev] = link_mentions([a, a])
    assert len(ev.mentions) == 1
    assert ev.event_id.startswith("ev:") and len(ev.event_id) == 19
    [again] = link_mentions([mention("a")])
    assert again.event_id == ev.event_id


def test_mention_must_match_its_document():
    m = mention("a")
    with pytest.raises(ValidationError):
        MentionRef(event=m.event, doc_id="other")
    with pytest.raises(ValidationError):
        MentionRef(event=m.event, doc_id="a", published="5 March 2024")


def test_bad_window_is_refused():
    with pytest.raises(ValueError, match="window_days"):
        link_mentions([], window_days=-1)


def test_linked_event_round_trips_through_json():
    [ev] = link_mentions([mention("a", counts=(count("abducted", 12),)), mention("b", source="Outlet B")])
    assert LinkedEvent.model_validate_json(ev.model_dump_json()) == ev


# ------------------------------------------------------------ input order does not matter
def _mixed_corpus() -> list[MentionRef]:
    refs = [protest("p1", ALMATY, "2022-01-04"), protest("p2", ZHANAOZEN, "2022-01-04"),
            protest("p3", KAZAKHSTAN, "2022-01-04"), protest("p4", ALMATY, "2022-01-05", source="Outlet B"),
            protest("p5", ALMATY, "2022-01-12"), protest("p6", KAZAKHSTAN, "2022-01-12", source="Outlet C")]
    for i in range(8):
        refs.append(mention(f"k{i}", location=(KADUNA, KADUNA_STATE, NIGERIA, LAGOS)[i % 4],
                            date=pub_bound("2024-03-05") if i % 3 == 0 else day("2024-03-04"),
                            actor=GUNMEN if i % 2 else None, source=f"Outlet {i % 3}",
                            counts=(count("abducted", 10 + i),), certainty="reported"))
    refs.append(mention("k0", n=1, date=None, published=None))
    return refs


MIXED = _mixed_corpus()


@settings(max_examples=examples(60), deadline=None)
@given(st.permutations(MIXED))
def test_shuffled_input_gives_identical_output(shuffled):
    assert link_mentions(shuffled) == link_mentions(MIXED)


def test_every_mention_lands_in_exactly_one_event():
    events = link_mentions(MIXED)
    ids = [m.mention_id for e in events for m in e.mentions]
    assert sorted(ids) == sorted(m.mention_id for m in MIXED)
    assert len({e.event_id for e in events}) == len(events)


def test_checked_in_schema_is_current():
    import json
    from importlib import resources

    from dotterel.dedup import linked_event_json_schema

    stored = json.loads(resources.files("dotterel").joinpath("schema/linked_event.schema.json").read_text("utf-8"))
    assert stored == json.loads(json.dumps(linked_event_json_schema())), (
        "src/dotterel/schema/linked_event.schema.json is stale: regenerate with "
        "`python -m dotterel.dedup > src/dotterel/schema/linked_event.schema.json`")


def test_within_a_document_the_rule_is_as_strict():
    """Two undated concessions in one article with no actor or place stay two events."""
    lifted = mention("wiki", 0, event_type="CONCEDE", mode=None, actor=None, recipient=None, location=None,
                     date=None, published=None)
    resigned = mention("wiki", 1, event_type="CONCEDE", mode=None, actor=None, recipient=None, location=None,
                       date=None, published=None)
    assert len(link_mentions([lifted, resigned])) == 2
    police = mention("wiki", 2, event_type="COERCE", mode="arrest", actor=POLICE_KZ, recipient=None,
                     location=ALMATY, date=None, published=None)
    police_again = mention("wiki", 3, event_type="COERCE", mode="arrest", actor=POLICE_KZ, recipient=None,
                           location=None, date=None, published=None)
    [ev] = link_mentions([police, police_again])
    assert ev.location == ALMATY and (ev.earliest, ev.latest) == (None, None)


def test_a_figure_with_its_own_claimant_in_an_asserted_report_is_reported():
    # "The riots ... 227 were killed, according to officials": the author vouches for the riot, the
    # officials for the toll; the figure stays credible and names them.
    from factories import count, mention

    from dotterel.dedup import link_mentions

    ref = mention("a", counts=(count("killed", 227).model_copy(update={"claimant": "KAZ official"}),
                               count("injured", 40)))
    (linked,) = link_mentions([ref])
    by_kind = {c.kind: c for c in linked.counts}
    assert (by_kind["killed"].claimant, by_kind["killed"].certainty, by_kind["killed"].credible) == (
        "KAZ official", "reported", True)
    assert (by_kind["injured"].claimant, by_kind["injured"].certainty) == ("author", "asserted")


def test_a_part_gives_the_figure_only_when_no_report_gives_the_whole():
    # "Gunmen attacked a military post, killing 12 soldiers": the only killed count is labelled security_forces;
    # at least 12 died, so the ACLED fatalities and the events table must not be left empty
    [ev] = link_mentions([mention("a", counts=(count("killed", 12, subgroup="security_forces"),))])
    assert ev.conservative_value("killed") == 12
    # a whole count from another report wins over a part, whatever their order of size
    [ev] = link_mentions([mention("a", counts=(count("killed", 12, subgroup="security_forces"),)),
                          mention("b", counts=(count("killed", 30),), source="Outlet B")])
    assert ev.conservative_value("killed") == 30
    # parts only, from two reports: the lowest, as for whole counts
    [ev] = link_mentions([mention("a", counts=(count("killed", 12, subgroup="security_forces"),)),
                          mention("b", counts=(count("killed", 9, subgroup="security_forces"),), source="Outlet B")])
    assert ev.conservative_value("killed") == 9
