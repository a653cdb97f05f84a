"""A paragraph that opens on its own place ("In London, police ...") is read by itself, not by the paragraph before.

Sentences written for these tests (issue 16, reviewers' family 3). A
capital or a city of a million people abroad moves to a namesake of the
regions the document names only with support in its own scene paragraph:
the regions and local bodies ("the Ontario government") of an earlier
paragraph do not move "In London, police arrested ..." to London, Ontario,
with or without the comma after the name.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")

ONTARIO = ("Protesters in Toronto, Ottawa and Hamilton rallied against the Ontario government on Saturday. "
           "Organisers said more rallies were planned across Ontario.\n\n")


def _places(coder, text: str, name: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return [(p.name, p.country) for p in coded.places if p.span is not None and p.span.text == name]


@pytest.mark.parametrize("text, name, expected", [
    (ONTARIO + "In London, police arrested 12 climate activists who blocked a bridge on Sunday.",
     "London", ("London", "GBR")),
    (ONTARIO + "In Paris police arrested 30 people during a march against pension reform.", "Paris", ("Paris", "FRA")),
    # another paragraph's "Paris police" (a namesake of Paris, Ontario) is no local body of this scene
    (ONTARIO + "In London, police arrested 12 climate activists on Sunday.\n\nIn Paris police arrested 30 people.",
     "London", ("London", "GBR")),
    # the scene's own paragraph names the region's towns: the namesake stays
    (ONTARIO + "In London, police in Kitchener and Windsor and the Ontario Provincial Police arrested 12 people.",
     "London", ("London", "CAN")),
    # one paragraph: the local body is the scene's own
    ("Toronto and Ottawa police said Ontario rallies were calm. In London police arrested 12 people.",
     "London", ("London", "CAN")),
])
def test_a_scene_paragraph_is_read_by_itself(coder, text, name, expected):
    assert _places(coder, text, name) == [expected]
