"""A year that opens a sentence dates the undated past-tense sentences after it in its paragraph (issue 16).

"In 1968, Soviet tanks rolled into Prague. Hundreds of thousands protested.":
the protest was in 1968, background to the news (certainty ``historical``), not
an undated event up to publication. The year holds while the paragraph names
no other date (``events.date_context.paragraph_year``); a day named without a
year in that paragraph is read in it ("on 4 June"). A year inside a clause ("the
group, founded in 2010, ...") sets no frame, a present-perfect sentence reaches
up to publication, and a new paragraph starts afresh. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-01-15"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text,trigger,year", [
    ("In 1968, Soviet tanks rolled into Prague and crushed the reform movement. Hundreds of thousands of people "
     "protested in the streets.", "protested", "1968"),
    ("In 1968, Soviet troops invaded Czechoslovakia. Hundreds of thousands of people protested in the streets. "
     "Police arrested dozens of students.", "arrested", "1968"),
    ("Back in 2019, soldiers shot dead 30 protesters in Khartoum. Police arrested hundreds of activists.", "arrested",
     "2019"),
    ("In 2011, protesters filled Tahrir Square. Police had killed hundreds of them.", "killed", "2011"),
])
def test_an_undated_past_sentence_takes_the_paragraphs_year(coder, text, trigger, year):
    [ev] = [e for e in _coded(coder, text).events if e.trigger.text == trigger]
    assert (ev.date.value, ev.date.time_precision, ev.date.source) == (year, "year", "context")
    assert ev.date.earliest == f"{year}-01-01" and ev.date.latest == f"{year}-12-31"
    assert year in ev.date.reason
    assert ev.attribution.certainty == "historical"


def test_a_day_without_a_year_is_read_in_the_paragraphs_year(coder):
    coded = _coded(coder, "In 1989, students occupied Tiananmen Square. Troops opened fire on them on 4 June.")
    [ev] = [e for e in coded.events if e.trigger.text == "opened"]
    assert (ev.date.value, ev.date.time_precision) == ("1989-06-04", "day")
    assert ev.attribution.certainty == "historical"


@pytest.mark.parametrize("text,trigger", [
    # a year inside a clause, not opening its sentence
    ("The movement, founded in 2010, held rallies across the country. Police arrested its leaders.", "arrested"),
    # the present perfect reaches up to publication
    ("In 2011, protesters gathered in Tahrir Square. Police have arrested dozens since then.", "arrested"),
    # another paragraph
    ("In 1989, soldiers fired on protesters in Beijing.\n\nPolice arrested 12 activists in Hong Kong.", "arrested"),
    # a year ahead frames plans
    ("In 2030, the capital will move to the coast. Police arrested 12 activists in Jakarta.", "arrested"),
    # "by" tells a state reached up to the year, not when what follows happened
    ("By 2015, the group had 5,000 members. Police arrested its leader.", "arrested"),
    # a sentence told in the present (perfect) between the year and the event brings the story back to now
    ("In 2020, the ruling party won a landslide. Since then, police have arrested hundreds of critics. "
     "Protesters blocked roads in the capital.", "blocked"),
    ("In 2011, the uprising toppled the president. Now protesters have returned. They blocked roads in the capital.",
     "blocked"),
    ("In 1968, Soviet tanks rolled into Prague. Historians say the crackdown was brutal. Police arrested 20 students.",
     "arrested"),
])
def test_no_year_where_the_paragraph_sets_none(coder, text, trigger):
    [ev] = [e for e in _coded(coder, text).events if e.trigger.text == trigger]
    assert ev.date.source == "publication" and ev.date.latest == PUB
    assert ev.attribution.certainty != "historical"


def test_a_later_date_ends_the_frame(coder):
    coded = _coded(coder, "In 1989, soldiers fired on protesters in Beijing. Today, activists marched in Hong Kong. "
                          "Police arrested three of them.")
    [ev] = [e for e in coded.events if e.trigger.text == "arrested"]
    assert ev.date.value != "1989" and ev.attribution.certainty != "historical"


def test_the_year_a_sentence_names_is_its_own(coder):
    coded = _coded(coder, "In 1968, Soviet troops invaded Czechoslovakia. In 2024, police arrested 12 protesters.")
    [ev] = [e for e in coded.events if e.trigger.text == "arrested"]
    assert ev.date.value == "2024" and ev.date.source == "text"


def test_a_participle_and_a_noun_take_the_year_of_the_verb_they_hang_on(coder):
    # "killing three" and "a march" are told in the tense of "fired": the same year, not publication
    coded = _coded(coder, "In 2019, the army ousted the president. Soldiers fired on a march in Khartoum, killing three.")
    dated = {e.trigger.text: e.date for e in coded.events}
    assert dated["fired"].value == "2019" and dated["march"].value == "2019"
    assert not [e for e in coded.events if e.date.source == "publication"]
