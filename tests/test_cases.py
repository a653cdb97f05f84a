"""Every fault case in ../shared/cases/cases.jsonl becomes a test.

Each test asserts what is certain in the case (type, countries, sectors,
place, date, counts, claimant) and, above all, what must NOT appear. Where
our ontology decides a judgement call differently from the case's words, the
test says so. Cases we cannot meet yet are xfail with the reason (listed in
the closing note of issue 2).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def coded_cases(coder, cases):
    """Every case coded once, in one ``code_documents`` stream: for each, what
    ``coder.code(case["text"], published=case["pub_date"], doc_id=case_id)`` computes."""
    from dotterel.ingest import make_document

    docs = [make_document(c["text"], published=c["pub_date"], doc_id=case_id) for case_id, c in cases.items()]
    return {c.document.doc_id: c.events for c in coder.code_documents(docs)}


def run(coded_cases, cases, case_id):
    case = cases[case_id]
    events = list(coded_cases[case_id])
    for ev in events:
        for span in [ev.trigger, ev.sentence]:
            assert case["text"][span.start : span.end] == span.text
    return events


def types(events):
    return sorted(e.event_type for e in events)


def test_dup_restated_event(coded_cases, cases):
    evs = run(coded_cases, cases, "dup-restated-event")
    assaults = [e for e in evs if e.event_type == "ASSAULT"]
    assert len(assaults) == 1
    [ev] = assaults
    assert ev.mode == "abduct" and ev.cameo == "181"
    assert [c.best for c in ev.counts if c.kind == "abducted"] == [40]
    assert ev.date.value == "2024-04-16"
    assert ev.location is not None and ev.location.country == "NGA"
    assert ev.attribution.claimant != "author"


def test_no_event_descriptive_text(coded_cases, cases):
    assert run(coded_cases, cases, "no-event-descriptive-text") == []


def test_aid_halted_not_aid(coded_cases, cases):
    evs = run(coded_cases, cases, "aid-halted-not-aid")
    assert not [e for e in evs if e.event_type in ("AID", "REJECT")]
    [ev] = evs
    assert (ev.event_type, ev.mode, ev.cameo) == ("SANCTION", "discontinue", "162")
    assert ev.actor.country == "IGO"
    assert ev.location is None
    assert ev.attribution.claimant != "author"


def test_instrument_not_target_georgia(coded_cases, cases):
    evs = run(coded_cases, cases, "instrument-not-target-georgia")
    [ev] = [e for e in evs if e.event_type == "ASSAULT"]
    assert ev.cameo == "175"
    assert (ev.actor.country, ev.actor.sector) == ("GEO", "COP")
    assert ev.recipient is not None and ev.recipient.country == "GEO" and ev.recipient.sector in ("OPP", "CVL")
    assert "cannon" not in ev.recipient.name and "gas" not in ev.recipient.name
    assert ev.location is not None and ev.location.name == "Tbilisi" and ev.location.country == "GEO"
    assert ev.date.value == "2024-11-28"
    assert ev.attribution.claimant_type == "government"
    for e in evs:
        assert e.location is None or e.location.country != "USA"


def test_country_name_to_poi(coded_cases, cases):
    evs = run(coded_cases, cases, "country-name-to-poi")
    protests = [e for e in evs if e.event_type == "PROTEST"]
    assert {(e.location.country, e.location.geo_precision) for e in protests if e.location} == {
        ("FRA", "country"),
        ("USA", "country"),
    }
    for e in evs:
        assert e.location is None or e.location.country != "CAN"
    fra = [e for e in protests if e.location and e.location.country == "FRA"]
    assert fra and fra[0].mode == "obstruct" and fra[0].date.value == "2024-01-22"
    assert fra[0].location.feature_code.startswith("PCL")


def test_unresolved_place_keeps_others(coded_cases, cases):
    evs = run(coded_cases, cases, "unresolved-place-keeps-others")
    assert evs
    places = [p for e in evs for p in e.places]
    assert any(p.geonameid is None and "Khirbat" in p.name for p in places)
    assert any(p.geonameid is not None and p.country == "SYR" for p in places)
    assert all(e.location is None or e.location.country == "SYR" for e in evs)


def test_demonym_and_lookalike_names(coded_cases, cases):
    evs = run(coded_cases, cases, "demonym-and-lookalike-names")
    for e in evs:
        for a in (e.actor, e.recipient):
            assert a is None or a.country != "COL"
        for p in [e.location, *e.places]:
            assert p is None or (p.country != "COL" and not p.name.startswith("European"))
    accuse = [e for e in evs if e.event_type == "ACCUSE"]
    assert accuse
    assert accuse[0].location is None or accuse[0].location.name != "Minsk"
    assert accuse[0].date.value == "2021-05-25"
    # "European" diplomats are not Belarusian: an origin the text names is never replaced
    # by the document's country (EU/European-governments coding is for the knowledge base)
    assert accuse[0].actor is not None and accuse[0].actor.sector == "GOV"
    assert accuse[0].actor.country != "BLR"
    vigil = [e for e in evs if e.event_type == "PROTEST"]
    assert vigil and vigil[0].date.value == "2021-05-26"
    assert vigil[0].location is None or vigil[0].location.country not in ("BLR", "COL")


def test_dateline_georgia_country(coded_cases, cases):
    evs = run(coded_cases, cases, "dateline-georgia-country")
    arrests = [e for e in evs if e.event_type == "COERCE" and e.mode == "arrest"]
    assert len(arrests) == 1
    [ev] = arrests
    assert [c.best for c in ev.counts if c.kind == "arrested"] == [27]
    assert ev.location is not None and ev.location.name == "Tbilisi" and ev.location.country == "GEO"
    assert ev.date.earliest == "2024-04-30" and ev.date.latest == "2024-05-01"
    for e in evs:
        assert e.location is None or e.location.country != "USA"


def test_quote_first_speaker_attribution(coded_cases, cases):
    evs = run(coded_cases, cases, "quote-first-speaker-attribution")
    assert evs
    for ev in evs:
        assert ev.attribution.claimant != "author"
    req = [e for e in evs if e.event_type == "REQUEST"]
    assert req and "Türk" in req[0].attribution.claimant
    assert req[0].actor is not None and req[0].actor.country == "IGO"


def test_month_precision_and_day_month_order(coded_cases, cases):
    evs = run(coded_cases, cases, "month-precision-and-day-month-order")
    bans = [e for e in evs if e.event_type == "COERCE" and e.mode == "restrict"]
    # "At the beginning of May": the month, as the case's gold has it, never a spurious exact day; the bounds are its
    # first dekad (dotterel.date_parts)
    assert bans and (bans[0].date.value, bans[0].date.earliest, bans[0].date.latest, bans[0].date.time_precision) == (
        "2020-05", "2020-05-01", "2020-05-10", "month")
    arrests = sorted((e for e in evs if e.mode == "arrest"), key=lambda e: e.trigger.start)
    assert [e.date.value for e in arrests] == ["2020-06-03", "2020-06-15"][: len(arrests)]
    counts = sorted(c.best for e in arrests for c in e.counts)
    assert counts == [9, 12]
    for e in evs:
        assert e.actor is None or e.actor.country == "RUS"


def test_modal_may_not_a_date(coded_cases, cases):
    evs = run(coded_cases, cases, "modal-may-not-a-date")
    assert not [e for e in evs if e.event_type == "PROTEST"]
    for e in evs:
        assert not (e.date and e.date.value and e.date.value.startswith("2022-05"))
    threats = [e for e in evs if e.event_type == "THREATEN"]
    assert len(threats) == 1
    assert threats[0].date.value == "2022-01-13"
    assert (threats[0].actor.country, threats[0].actor.sector) == ("BLR", "COP")


def test_vague_and_spelled_counts(coded_cases, cases):
    evs = run(coded_cases, cases, "vague-and-spelled-counts")
    counts = {c.kind: c for e in evs for c in e.counts}
    assert counts["arrested"].low == 24 and counts["arrested"].best is None and counts["arrested"].approximate
    assert counts["injured"].low == 200 and counts["injured"].best is None
    assert counts["killed"].best == 23 and not counts["killed"].approximate
    assert counts["killed"].claimant is not None and "ospital" in counts["killed"].claimant
    for e in evs:
        assert e.location is None or e.location.name == "Dhaka"


def test_background_historical_sentence(coded_cases, cases):
    evs = run(coded_cases, cases, "background-historical-sentence")
    protests = [e for e in evs if e.event_type == "PROTEST"]
    assert protests and protests[0].date.value == "2023-07-09"
    assert protests[0].location.name == "Colombo"
    for e in evs:
        if e.date and e.date.value in ("2023-07-09", "2023-07-10"):
            assert "storm" not in e.trigger.text


def test_negated_event(coded_cases, cases):
    evs = run(coded_cases, cases, "negated-event")
    # "did not open fire" is never coded; the opposition's claim that live
    # ammunition was used, which the ministry denies, is no ASSAULT either.
    assert not [e for e in evs if e.event_type == "ASSAULT"]
    protests = [e for e in evs if e.event_type == "PROTEST"]
    assert protests and protests[0].location.name == "Tbilisi"
    assert protests[0].date.value == "2024-12-01"
    [size] = protests[0].counts
    assert size.kind == "participants" and size.low == 3000 and size.best is None


def test_request_and_future_not_done(coded_cases, cases):
    evs = run(coded_cases, cases, "request-and-future-not-done")
    assert not [e for e in evs if e.event_type == "PROTEST"]
    assert not [e for e in evs if e.event_type == "RETREAT"]
    threats = [e for e in evs if e.event_type == "THREATEN"]
    assert threats and threats[0].date.value == "2023-05-23"
    requests = [e for e in evs if e.event_type == "REQUEST"]
    assert requests and requests[0].date.value == "2023-05-23"
    concede = [e for e in evs if e.event_type == "CONCEDE"]
    assert concede and concede[0].attribution.certainty == "future"


def test_cancelled_event_not_held(coded_cases, cases):
    evs = run(coded_cases, cases, "cancelled-event-not-held")
    assert not [e for e in evs if e.event_type == "PROTEST"]
    assert any(e.event_type == "CONCEDE" for e in evs)
    bans = [e for e in evs if e.event_type == "COERCE"]
    assert bans and bans[0].location is not None and bans[0].location.name == "Bishkek"


def test_kz_zhanaozen_protest(coded_cases, cases):
    evs = run(coded_cases, cases, "kz-zhanaozen-protest")
    [ev] = [e for e in evs if e.event_type == "PROTEST"]
    assert ev.location.name == "Zhanaozen" and ev.location.country == "KAZ"
    assert ev.date.value == "2022-01-01"
    assert ev.counts[0].low == 200 and ev.counts[0].approximate


def test_kz_nursultan_person_not_city(coded_cases, cases):
    evs = run(coded_cases, cases, "kz-nursultan-person-not-city")
    for e in evs:
        for p in [e.location, *e.places]:
            assert p is None or p.span is None or p.span.text != "Nursultan"
    concede = [e for e in evs if e.event_type == "CONCEDE"]
    assert concede and concede[0].date.value == "2022-01-05"
    accuse = [e for e in evs if e.event_type == "ACCUSE"]
    assert accuse
    assert accuse[0].recipient is not None and "Nazarbayev" in accuse[0].recipient.name
    assert accuse[0].recipient.sector != "GOV"
    assert accuse[0].date.value != "2022-01-05"


def test_kz_appeal_to_csto(coded_cases, cases):
    evs = run(coded_cases, cases, "kz-appeal-to-csto")
    requests = [e for e in evs if e.event_type == "REQUEST"]
    assert len(requests) == 1
    assert requests[0].recipient.country == "IGO"
    assert requests[0].date.value == "2022-01-05"
    assert not [e for e in evs if e.event_type in ("MOBILIZE", "ASSAULT")]
    aid = [e for e in evs if e.event_type == "AID"]
    assert aid and aid[0].location is not None and aid[0].location.country == "KAZ"


def test_kz_death_toll_counts(coded_cases, cases):
    evs = run(coded_cases, cases, "kz-death-toll-counts")
    assaults = [e for e in evs if e.event_type == "ASSAULT"]
    assert len(assaults) == 1
    killed = [c for c in assaults[0].counts if c.kind == "killed"]
    assert sorted((c.best, c.subgroup) for c in killed) == [(19, "security_forces"), (225, None)]
    assert assaults[0].date.value != "2022-02-01"


def test_kz_blinken_condemns_shoot_to_kill(coded_cases, cases):
    evs = run(coded_cases, cases, "kz-blinken-condemns-shoot-to-kill")
    threat = [e for e in evs if e.event_type in ("THREATEN", "COERCE")]
    assert threat and threat[0].date.value == "2022-01-05"
    accuse = [e for e in evs if e.event_type == "ACCUSE"]
    assert accuse and accuse[0].actor.country == "USA"
    assert accuse[0].recipient is None or accuse[0].recipient.country != "RUS"
    assert accuse[0].date.value != "2022-01-05" and accuse[0].date.value != "2022-02-01"
    assert not [e for e in evs if e.event_type == "ASSAULT"]


def test_metonymy_washington_oklahoma(coded_cases, cases):
    evs = run(coded_cases, cases, "metonymy-washington-oklahoma")
    [sanction] = [e for e in evs if e.event_type == "SANCTION"]
    assert (sanction.actor.country, sanction.actor.sector) == ("USA", "GOV")
    assert (sanction.recipient.country, sanction.recipient.sector) == ("RUS", "GOV")
    assert sanction.location is None
    assert sanction.date.value == "2023-06-09"


def test_person_named_jordan(coded_cases, cases):
    evs = run(coded_cases, cases, "person-named-jordan")
    [ev] = [e for e in evs if e.event_type == "ACCUSE"]
    assert ev.actor.country == "FRA"
    assert ev.date.value == "2023-07-02"
    for e in evs:
        for a in (e.actor, e.recipient):
            assert a is None or a.country != "JOR"


def test_capital_bias_location(coded_cases, cases):
    evs = run(coded_cases, cases, "capital-bias-location")
    assert evs
    for e in evs:
        assert e.location is None or e.location.name != "Lima"
    main = [e for e in evs if e.event_type in ("PROTEST", "ASSAULT")]
    assert main and main[0].location.name == "Arequipa" and main[0].location.country == "PER"
    injured = [c for e in evs for c in e.counts if c.kind == "injured"]
    assert injured and injured[0].best == 14 and injured[0].subgroup == "security_forces"


def test_every_case_has_a_test(cases):
    import sys

    module = sys.modules[__name__]
    for case_id in cases:
        name = "test_" + case_id.replace("-", "_")
        assert hasattr(module, name), f"case {case_id} has no test"
