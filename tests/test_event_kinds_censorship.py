"""Suspending, banning, blocking or closing a news outlet is censorship, on sentences written for the test.

PLOVER manual (2021), COERCE mode ``censor``: "censors or blocks publications or information". The act is
coded when a state body (government, authorities, junta, regulator, ministry, court, a country) suspends,
bans, blocks, closes or shuts down an outlet, its broadcasts or licence, or access to it
(``lang/en/triggers.json``, lists ``news_media``, ``news_media_names``, ``news_media_access``, ``censors``).
Suspended talks stay a SANCTION, a suspended match is no event, and an outlet or a company that stops its
own programmes censors nothing.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _kinds(coder, text):
    return [(e.event_type, e.mode, e.trigger.text) for e in coder.code(text, published=PUBLISHED)]


@pytest.mark.parametrize("text,trigger,actor", [
    ("Authorities suspended the BBC's broadcasts on Monday.", "suspended", "Authorities"),
    ("The junta banned Radio France Internationale last week.", "banned", "junta"),
    # the actor stage does not yet know a regulator as an actor: the act is still coded
    ("The telecoms regulator blocked access to X (Twitter) on Friday.", "blocked", None),
    ("Pakistan blocked access to social media on Friday.", "blocked", "Pakistan"),
    ("The ministry revoked the licence of the main opposition newspaper.", "revoked", "ministry"),
    ("The military government suspended two private television stations.", "suspended", "government"),
    ("The government shut down the independent television station on Tuesday.", "shut", "government"),
    ("The junta suspended the broadcasts of France 24 and RFI.", "suspended", "junta"),
    ("Police closed the radio station that had aired the opposition's appeal.", "closed", "Police"),
])
def test_a_state_silencing_an_outlet_is_censorship(coder, text, trigger, actor):
    events = coder.code(text, published=PUBLISHED)
    assert [(e.event_type, e.mode, e.trigger.text) for e in events] == [("COERCE", "censor", trigger)]
    if actor is not None:
        assert events[0].actor is not None and events[0].actor.span.text.endswith(actor)


@pytest.mark.parametrize("text,expected", [
    # other objects of the same verbs keep their own senses
    ("The government suspended the talks with the rebels.", [("SANCTION", "withdraw", "suspended")]),
    ("The government banned the opposition party.", [("COERCE", "ban", "banned")]),
    ("The court banned the sale of alcohol.", [("COERCE", "restrict", "banned")]),
    # no state body: an outlet's or a company's own decision
    ("The station suspended its programmes because of a power cut.", []),
    ("The company closed two radio stations to cut costs.", []),
    ("The league suspended the broadcaster's rights deal.", []),
    # a match is no outlet
    ("Officials suspended the match at half-time.", []),
    # a station, programme, channel or broadcast is an outlet's only when the phrase names the media
    ("Police closed the railway station after a bomb threat.", []),
    ("The council closed the bus station for refurbishment.", []),
    ("The authorities shut down the power station for maintenance.", []),
    ("The government suspended the cash transfer programme in March.", []),
    ("Kenya suspended the vaccination program after reports of side effects.", []),
    ("Officials suspended the broadcast of the match because of heavy rain.", []),
])
def test_what_is_not_censorship(coder, text, expected):
    assert _kinds(coder, text) == expected
