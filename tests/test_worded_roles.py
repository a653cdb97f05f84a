"""A role of no sector whose body no word names is named as the text words it (issue 16: each field checkable).

The knowledge base's canonical phrase of the "head" role is ``secretary general`` (forms chief, head,
leader, chairman ...): "a village chief" was named "NGA secretary general", an office the text never
names. ``actors.names.worded_role``. Only the words that name the role are kept ("village", "traditional",
"pro-democracy"), never the ones that describe the person ("prominent", "unnamed", "late", "70-year-old",
"Nigerian"); the entry's phrase stays the actor's ``role_key``, which linking reports of one event matches on
(``dotterel.dedup``). Sentences written for this test.
"""

import pytest

from dotterel.dedup import MentionRef, link_mentions
from dotterel.records import Actor, Document

from factories import mention


def _party(coder, text, trigger, slot):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger]
    return getattr(ev, slot)


@pytest.mark.parametrize("text, trigger, slot, name", [
    ("Gunmen killed a village chief in Zamfara.", "killed", "recipient", "NGA village chief"),
    ("Village chief kidnapped by gunmen in Zamfara", "kidnapped", "recipient", "NGA village chief"),
    ("The junta ordered the detention of civilian leaders in Burma.", "detention", "recipient", "MMR civilian leader"),
    ("Soldiers detained a traditional leader in Kaduna.", "detained", "recipient", "NGA traditional leader"),
    ("Gunmen killed a local council chairman in Benue.", "killed", "recipient", "NGA local council chairman"),
])
def test_a_role_with_no_body_is_named_by_its_words(coder, text, trigger, slot, name):
    party = _party(coder, text, trigger, slot)
    words = name.split(" ", 1)[1].rsplit(" ", 1)[0]  # "village", "local council": the words that say which role
    assert party.name == name and party.sector is None and party.role_key == f"secretary general ({words})"


@pytest.mark.parametrize("text, trigger, name", [
    ("Gunmen on Monday killed a prominent village chief in Zamfara.", "killed", "NGA village chief"),
    ("Gunmen abducted an unnamed Nigerian community leader in Kaduna.", "abducted", "NGA community leader"),
    ("Police arrested the ousted community leader in Lagos.", "arrested", "NGA community leader"),
    ("Police arrested the newly appointed local chief in Kano.", "arrested", "NGA local chief"),
    ("Police arrested several senior leaders in Yangon.", "arrested", "MMR leader"),
    ("Gunmen killed a 70-year-old village chief in Zamfara.", "killed", "NGA village chief"),
    ("Soldiers detained a well-known traditional leader in Kaduna.", "detained", "NGA traditional leader"),
    ("Police arrested a self-styled clan leader in Kaduna.", "arrested", "NGA clan leader"),
    ("Police arrested the Zamfara village chief on Monday.", "arrested", "NGA village chief"),
])
def test_words_that_describe_the_person_are_not_the_roles_name(coder, text, trigger, name):
    assert _party(coder, text, trigger, "recipient").name == name


@pytest.mark.parametrize("text, name", [
    ("Police arrested pro-democracy leaders in Yangon.", "MMR pro-democracy leader"),
    ("Police arrested anti-government leaders in Lagos.", "NGA anti-government leader"),
])
def test_a_hyphenated_word_that_names_the_role_stays_whole(coder, text, name):
    assert _party(coder, text, "arrested", "recipient").name == name


def test_a_role_with_a_body_keeps_the_bodys_name(coder):
    party = _party(coder, "Police arrested the leaders of the opposition on Monday.", "arrested", "recipient")
    assert party.name == "opposition leader" and party.sector == "OPP" and party.role_key is None


def test_three_wordings_of_one_killed_chief_link_into_one_event(coder):
    """Three outlets word the victim differently; the role and country they resolve to are one."""
    texts = ["Gunmen shot dead a village chief in Gusau, Zamfara on Sunday.",
             "A prominent village chief was killed by gunmen in Gusau, Zamfara on Sunday.",
             "Gunmen on Sunday killed a village head in Gusau, Zamfara."]
    docs = [Document(doc_id=f"d{i}", text=t, published="2024-05-01", source=f"Outlet {i}") for i, t in enumerate(texts)]
    refs = [MentionRef.of(e, d) for d in docs for e in coder.code(d.text, published=d.published, doc_id=d.doc_id)]
    assert len(refs) == 3 and {r.event.recipient.role_key for r in refs} == {"secretary general (village)"}
    [ev] = link_mentions(refs)
    assert len(ev.mentions) == 3


@pytest.mark.parametrize("other", [
    "Gunmen killed a church leader in Gusau, Zamfara on Sunday.",
    "Gunmen killed a district head in Gusau, Zamfara on Sunday.",
    "Gunmen killed a market head in Gusau, Zamfara on Sunday.",
])
def test_two_roles_worded_apart_are_two_killings(coder, other):
    """rev18a: the entry's phrase covers every head, chief and leader; the words that say which keep two apart."""
    texts = ["Gunmen killed a village head in Gusau, Zamfara on Sunday.", other]
    docs = [Document(doc_id=f"d{i}", text=t, published="2024-05-01", source=f"Outlet {i}") for i, t in enumerate(texts)]
    refs = [MentionRef.of(e, d) for d in docs for e in coder.code(d.text, published=d.published, doc_id=d.doc_id)]
    assert len(refs) == 2 and all(r.event.recipient.role_key.startswith("secretary general (") for r in refs)
    assert len(link_mentions(refs)) == 2


def _chief(name, country="NGA", key="secretary general"):
    return Actor(span=None, name=name, country=country, kind="group", role_key=key, reason="role noun")


@pytest.mark.parametrize("b, linked", [
    (_chief("NGA village head"), 1),              # one role of one country, worded otherwise: the same
    (_chief("NGA village chief", key=None), 2),   # a name alone of another making: only the name decides
    (_chief("NER village chief", country="NER"), 2),  # another country: never the same
])
def test_the_role_key_and_country_decide_identity(b, linked):
    a = mention("a", recipient=_chief("NGA prominent village chief"))
    assert len(link_mentions([a, mention("b", recipient=b)])) == linked


# rev18a: a religious or ethnic group's name says which community the role heads; a country's demonym does not
@pytest.mark.parametrize("text, name", [
    ("Gunmen killed a Muslim leader in Kaduna.", "NGA Muslim leader"),
    ("Gunmen killed a Christian leader in Kaduna.", "NGA Christian leader"),
    ("Gunmen killed a Fulani leader in Kaduna.", "NGA Fulani leader"),
    ("Gunmen killed a Nigerian village chief in Zamfara.", "NGA village chief"),
])
def test_a_group_the_role_heads_is_in_its_name(coder, text, name):
    party = _party(coder, text, "killed", "recipient")
    assert party.name == name and party.role_key == f"secretary general ({name.split(' ', 1)[1].rsplit(' ', 1)[0]})"


def test_leaders_of_two_faiths_are_two_killings(coder):
    texts = ["Gunmen killed a Muslim leader in Kaduna on Sunday.", "Gunmen killed a Christian leader in Kaduna on Sunday."]
    docs = [Document(doc_id=f"d{i}", text=t, published="2024-05-01", source=f"Outlet {i}") for i, t in enumerate(texts)]
    refs = [MentionRef.of(e, d) for d in docs for e in coder.code(d.text, published=d.published, doc_id=d.doc_id)]
    assert len(refs) == 2 and len(link_mentions(refs)) == 2
