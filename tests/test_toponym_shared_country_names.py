"""A name two countries share, read by the document's other places ("Congo").

Sentences written for these tests. Newswire writes "Congo" alone for the
Democratic Republic of the Congo (AP Stylebook, Reuters Handbook) and
"Republic of Congo" or "Congo Republic" for its neighbour, while ISO 3166
gives the short name "Congo" to the Republic: bare "Congo" is DR Congo unless
the document's places lie only in the Republic (Brazzaville, Pointe-Noire).
A country named in full is never re-read, and a name only one country goes by
is no shared name.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _places(coder, text: str, name: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return [p for p in coded.places if p.span is not None and p.span.text == name]


def test_the_gazetteer_keeps_congo_as_a_shared_name(gazetteer):
    assert gazetteer.shared_country("Congo") == ("COD", "COG")
    assert gazetteer.shared_country("the Congo") == ("COD", "COG")
    assert gazetteer.shared_country("Kenya") == ()
    assert gazetteer.shared_country("Republic of the Congo") == ()


@pytest.mark.parametrize("text", [
    "Fighting between M23 rebels and the army displaced thousands in eastern Congo on Tuesday. "
    "Residents of Goma said shelling continued.",
    "Students protested in Congo on Monday against rising fees, local media reported.",
    "Militiamen killed 12 villagers in Congo's Ituri province overnight, a local official in Bunia said.",
    "Opposition leaders in Congo called for a general strike after the vote in Kinshasa was delayed.",
])
def test_congo_alone_is_dr_congo(coder, text):
    found = _places(coder, text, "Congo")
    assert found and all((p.country, p.feature_code) == ("COD", "PCLI") for p in found)


@pytest.mark.parametrize("text", [
    "Police fired tear gas at opposition supporters in Congo on Monday, witnesses in Brazzaville said.",
    "Dockworkers in Pointe-Noire went on strike on Friday, the largest stoppage in Congo this year, "
    "union leaders in Brazzaville said.",
])
def test_congo_in_a_story_about_the_republic_is_the_republic(coder, text):
    found = _places(coder, text, "Congo")
    assert found and all((p.country, p.feature_code) == ("COG", "PCLI") for p in found)
    assert "lie in COG" in found[0].reason


@pytest.mark.parametrize("text, name, country", [
    # named in full: never re-read, whatever else the story names
    ("Troops from the Republic of Congo crossed into Kinshasa on Monday, officials said.",
     "Republic of Congo", "COG"),
    ("The Democratic Republic of Congo closed its border with Brazzaville on Monday.",
     "Democratic Republic of Congo", "COD"),
    # places of both countries: nothing to choose by, the usual reading stays
    ("Refugees fled Congo for Brazzaville and Kinshasa on Monday, the UN said.", "Congo", "COD"),
])
def test_no_rereading_without_one_sided_evidence(coder, text, name, country):
    found = _places(coder, text, name)
    assert found and all(p.country == country for p in found)


@pytest.mark.parametrize("text, country", [
    # the NER's "Congo" inside the gazetteer's longer name: that name says which Congo (review of places12)
    ("Police fired tear gas at protesters in Congo-Brazzaville on Monday.", "COG"),
    ("Students marched through Congo-Brazzaville on Friday, demanding unpaid grants.", "COG"),
    ("Rebels attacked three villages in Congo-Kinshasa on Sunday.", "COD"),
])
def test_a_longer_name_holding_congo_says_which(coder, text, country):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert {p.country for p in coded.places if p.country in ("COD", "COG")} == {country}
