"""A name two people share, chosen by the event's date (issue 16).

The Phoenix build used to drop a person's name another Phoenix record also had.
It now keeps it on both and declares it ambiguous ``by_date``: the event's date
chooses the one who held an office then; the lookup abstains when the date does
not decide (no date, no holder, two holders coded differently, an uncertain
term). A file of our own here, and the packaged Phoenix names.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dotterel.actors.kb import KnowledgeBase

_TWO_GOVERNORS = {
    "format": "dotterel-actors",
    "version": 1,
    "people": [
        {"id": "ana-ruiz-1", "name": "Ana Ruiz", "country": "MEX",
         "terms": [{"office": "Governor of Sonora", "sector": "GOV", "start": "1997-09-13", "end": "2003-09-13"}]},
        {"id": "ana-ruiz-2", "name": "Ana Ruiz", "country": "CHL",
         "terms": [{"office": "Minister of Labour", "sector": "GOV", "start": "2014-03-11", "end": "2018-03-11"}]},
        {"id": "ana-ruiz-3", "name": "Ana Ruiz", "country": "ESP", "sector": "BUS", "sector_after": "BUS",
         "terms": [{"office": "Mayor of Ourense", "sector": "GOV", "start": "2015", "end": "2016"}]},
    ],
    "ambiguous": [{"kind": "person", "name": "Ana Ruiz", "candidates": ["ana-ruiz-1", "ana-ruiz-2", "ana-ruiz-3"],
                   "by_date": True}],
}


@pytest.fixture(scope="module")
def ruiz_kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "ruiz.json"
    path.write_text(json.dumps(_TWO_GOVERNORS), encoding="utf-8")
    return KnowledgeBase.load(extra=[path], phoenix=False)


def test_the_date_chooses_the_one_in_office(ruiz_kb):
    kb = ruiz_kb
    m = kb.person("Ana Ruiz", on=dt.date(2001, 5, 2))
    assert (m.entry.id, m.country, m.sector) == ("ana-ruiz-1", "MEX", "GOV")
    assert "shared by 3" in m.reason and "only this one held an office then" in m.reason
    assert kb.person("Mrs Ana Ruiz", on=dt.date(2014, 6, 1)).entry.id == "ana-ruiz-2"


@pytest.mark.parametrize("on", [
    None,                  # no date: nothing chooses
    dt.date(2010, 1, 1),   # nobody in office
    dt.date(2015, 6, 1),   # Chile's minister, and the Ourense term known only to the year: uncertain
])
def test_the_lookup_abstains_when_the_date_does_not_decide(ruiz_kb, on):
    kb = ruiz_kb
    assert kb.person("Ana Ruiz", on=on) is None


def test_a_name_declared_ambiguous_without_by_date_still_abstains(tmp_path):
    data = json.loads(json.dumps(_TWO_GOVERNORS))
    data["ambiguous"][0]["by_date"] = False
    path = tmp_path / "ruiz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    kb = KnowledgeBase.load(extra=[path], phoenix=False)
    assert kb.person("Ana Ruiz", on=dt.date(2001, 5, 2)) is None


@pytest.mark.parametrize("name, on, country, sector", [
    ("Salva Kiir", dt.date(2008, 1, 1), "SDN", "GOV"),            # a Sudanese office from 2005
    ("George Papandreou", dt.date(2010, 5, 1), "GRC", "GOV"),     # prime minister 2009-2011
    ("George Papandreou", dt.date(2003, 3, 1), "IGO", "IGO"),     # the EU post Phoenix lists in 2003
    ("Kofi Atta Annan", dt.date(2003, 1, 1), "IGO", "IGO"),       # one person listed twice: both code alike
])
def test_packaged_phoenix_names_two_records_share(kb, name, on, country, sector):
    m = kb.person(name, on=on)
    assert m is not None and (m.country, m.sector) == (country, sector), m


def test_a_packaged_shared_name_abstains_out_of_office(kb):
    assert kb.person("George Papandreou", on=dt.date(2016, 1, 1)) is None
    assert any(a.by_date and a.name == "Salva Kiir" for a in kb.ambiguities)


def test_a_coded_event_takes_the_date_s_holder(coder):
    events = coder.code("George Papandreou condemned the attack on the parliament in Athens.", published="2010-05-06")
    ev = next(e for e in events if e.trigger.text == "condemned")
    assert ev.actor is not None and (ev.actor.country, ev.actor.sector) == ("GRC", "GOV"), ev.actor
