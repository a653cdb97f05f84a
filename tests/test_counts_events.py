"""Counts on coded events (issue 16, item 4): one event per place, subgroups of a total, sums apart.

Sentences are written for these tests; the session ``coder`` codes them.
"""

from __future__ import annotations

import pytest

from dotterel.dedup import link_mentions
from dotterel.pipeline.config import PipelineConfig
from dotterel.records import Count, Span

from factories import ALMATY, KAZAKHSTAN, POLICE_KZ, PROTESTERS, mention

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


PUB = "2024-05-01"


def _figures(events, event_type):
    return [(e.location.span.text if e.location and e.location.span else None,
             [(c.kind, c.best, c.subgroup) for c in e.counts])
            for e in events if e.event_type == event_type]


def test_one_event_per_place_with_its_own_figure(coder):
    events = coder.code("Riot police detained 312 people in Minsk and 57 in Gomel on Sunday.", published=PUB)
    arrests = _figures(events, "COERCE")
    assert arrests == [("Minsk", [("arrested", 312, None)]), ("Gomel", [("arrested", 57, None)])]
    ids = [e.event_id for e in events if e.event_type == "COERCE"]
    assert len(set(ids)) == 2


def test_three_places_and_a_clause_between_figure_and_place(coder):
    events = coder.code("Nine people were killed in Aleppo, four in Idlib and two in Hama.", published=PUB)
    assert [(p, f[0][1]) for p, f in _figures(events, "ASSAULT")] == [("Aleppo", 9), ("Idlib", 4), ("Hama", 2)]


def test_one_place_stays_one_event(coder):
    events = coder.code("Riot police detained 312 people in Minsk on Sunday.", published=PUB)
    assert len([e for e in events if e.event_type == "COERCE"]) == 1


def test_a_part_of_a_reported_total_is_a_subgroup_not_a_new_event(coder):
    text = ("Police said 2,100 people had been arrested in the crackdown on Saturday. "
            "More than 90 children were arrested.")
    events = [e for e in coder.code(text, published=PUB) if e.event_type == "COERCE"]
    assert len(events) == 1
    assert [(c.best, c.low, c.subgroup) for c in events[0].counts] == [(2100, None, None), (None, 90, "child")]


def test_a_larger_group_is_not_a_part(coder):
    text = "Forty people were arrested in the capital on Friday. More than 130 children were arrested."
    events = [e for e in coder.code(text, published=PUB) if e.event_type == "COERCE"]
    assert len(events) == 2 and all(c.subgroup is None for e in events for c in e.counts)


def test_left_injured_makes_the_injured_the_recipients_not_the_actor(coder):
    (event,) = coder.code("The clashes left more than two dozen people injured.", published=PUB)
    assert event.event_type == "ASSAULT" and event.actor is None
    assert event.recipient is None or event.recipient.span.text == "people"
    assert [(c.kind, c.low) for c in event.counts] == [("injured", 24)]


def test_count_convention_is_a_pipeline_option(tmp_path):
    assert PipelineConfig().count_convention == "acled"
    toml = tmp_path / "p.toml"
    toml.write_text('count_convention = "ccc"\n', encoding="utf-8")
    ccc = PipelineConfig.load(toml)
    assert ccc.count_convention == "ccc"
    assert ccc.config_hash() != PipelineConfig().config_hash()
    assert PipelineConfig.load(None, count_convention="countlove").count_convention == "countlove"
    with pytest.raises(Exception, match="count_convention"):
        PipelineConfig.load(None, count_convention="guess")


def test_count_convention_reaches_the_coded_counts(coder, coder_for):
    ccc = coder_for(coder.config.with_overrides(count_convention="ccc"))
    text = "Hundreds of people were arrested in Dhaka on Friday."
    (default,) = [c for e in coder.code(text, published=PUB) for c in e.counts]
    (other,) = [c for e in ccc.code(text, published=PUB) for c in e.counts]
    assert (default.convention, default.estimate, default.low) == ("acled", 100, 200)
    assert (other.convention, other.estimate, other.low) == ("ccc", 200, 200)


def test_conservative_figure_of_a_vague_report_follows_its_convention():
    vague = Count(kind="killed", low=24, approximate=True, vague="dozens", convention="acled", estimate=12,
                  span=Span(start=0, end=4, text="They"))
    (linked,) = link_mentions([mention("a", counts=(vague,))])
    assert linked.conservative_value("killed") == 12
    assert linked.counts[0].convention == "acled"


def test_a_nationwide_toll_is_never_merged_into_one_incident():
    toll = Count(kind="killed", best=40, aggregate="across the country", span=Span(start=0, end=4, text="They"))
    one = Count(kind="killed", best=3, span=Span(start=0, end=4, text="They"))
    kw = dict(event_type="ASSAULT", mode=None, actor=POLICE_KZ, recipient=PROTESTERS, date="2024-03-04")
    nationwide = mention("a", counts=(toll,), location=KAZAKHSTAN, **kw)
    shooting = mention("b", counts=(one,), location=ALMATY, **kw)
    assert len(link_mentions([nationwide, shooting])) == 2
    again = mention("c", counts=(one,), location=KAZAKHSTAN, **kw)
    assert len(link_mentions([shooting, again])) == 1  # without the sum the two link as before
