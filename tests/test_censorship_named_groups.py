"""A named group banned by a state is no outlet: censorship needs the outlet's words (radio, TV, BBC ...).

The censorship rules take a named object (@ORG, @PROPER) only when it holds a word of the outlet names list;
a name the small model types a place or organisation skipped that check ("banned the Students Islamic
Movement" came out COERCE censor). PLOVER manual: censor "censors or blocks publications or information".
Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text", [
    "The government banned the Students Islamic Movement of India in 2001.",
    "The junta banned the Muslim Brotherhood on Monday.",
    "Authorities suspended the National Democratic Alliance on Tuesday.",
])
def test_a_banned_group_is_no_censorship(coder, text):
    assert all(e.mode != "censor" for e in coder.code(text, published="2024-06-10"))


@pytest.mark.parametrize("text", [
    "The government banned Radio France Internationale on Monday.",
    "Authorities suspended the BBC on Monday.",
])
def test_a_banned_outlet_is_censorship(coder, text):
    assert any(e.mode == "censor" for e in coder.code(text, published="2024-06-10"))
