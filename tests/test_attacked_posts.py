"""A post of the forces is a target: "Gunmen attacked a military post near Mopti" gave no event.

The verb rule for "attack" leaves out a bare "post" (football's far post, a blog post); a post that
a security word names (military, police, army, border, security, guard, observation) is a rule of
its own. Sentences are our own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Gunmen attacked a military post near Mopti.",
    "Insurgents attacked two police posts in Borno on Friday.",
    "Militants attacked a border post on the Afghan frontier overnight.",
])
def test_a_post_of_the_forces_attacked_is_an_assault(coder, text):
    assert [e.event_type for e in coder.code(text, published="2024-11-20")] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The striker attacked the far post.",
    "Critics attacked his post on social media.",
])
def test_a_bare_post_is_still_no_target(coder, text):
    assert coder.code(text, published="2024-11-20") == []


@pytest.mark.parametrize("text", [
    "Hackers attacked a police post on Facebook.",
    "He attacked a military post on social media, calling it propaganda.",
    "Critics attacked an army post on Twitter about the parade.",
    "The editor attacked a police post in his blog.",
])
def test_a_post_of_the_forces_online_is_no_target(coder, text):
    # the parser hangs "on Facebook" on the verb or on "post": the rule's not_preps read both
    assert [e for e in coder.code(text, published="2024-11-20") if e.event_type == "ASSAULT"] == []


def test_a_post_attacked_in_a_place_is_still_an_assault(coder):
    assert [e.event_type for e in coder.code("Gunmen attacked a police post in Zamfara on Monday.",
                                              published="2024-11-20")] == ["ASSAULT"]
