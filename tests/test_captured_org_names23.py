"""A person's name the small model's NER types an organisation, captured: a person taken (issue 12).

Sentences are our own, written for these tests. The small English model types some people's names ORG
("Tomasz Wrona was captured by soldiers"); the arrest rule of "capture" took @PERSON, @NAME and @NORP only, so
the capture went uncoded. ``@ORGNAME`` reads such a passive subject as a person's name (ACLED codebook 2023:
Arrests by state forces, Abduction/forced disappearance by others; PLOVER COERCE arrest) unless a word of a body,
a building or a place stands in it ("Radio Mogadishu", "the Central Bank") or the gazetteer or the knowledge base
knows the name (a town the NER types ORG: ground taken, never a person arrested).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _kinds(coder, text, trigger):
    return [(e.event_type, e.mode) for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger]


@pytest.mark.parametrize("text", [
    "Tomasz Wrona was captured by soldiers on Monday.",
    "Ayman Fadl was captured by police in March in Lagos.",
    "Ayman Fadl was captured after a gunfight near the border.",
])
def test_a_person_s_name_typed_an_organisation_captured_is_a_person_taken(coder, text):
    assert _kinds(coder, text, "captured") == [("COERCE", "arrest")]


@pytest.mark.parametrize("text", [
    "Radio Mogadishu was captured by al-Shabaab fighters on Monday.",
    "The Central Bank was captured by rebels on Monday.",
    "Bakhmut was captured by Wagner fighters on Saturday.",
])
def test_a_body_s_or_a_place_s_name_captured_is_no_person_taken(coder, text):
    assert ("COERCE", "arrest") not in _kinds(coder, text, "captured")


@pytest.mark.parametrize("text", [
    "Juventus was captured by a late goal in Turin on Sunday.",
    "Napoli was captured by a late header in the derby on Saturday.",
])
def test_a_name_captured_by_a_thing_is_no_person_taken(coder, text):
    """Review rev23c: a by-agent that is no people and no name (a goal, a wave) takes no person."""
    assert ("COERCE", "arrest") not in _kinds(coder, text, "captured")
