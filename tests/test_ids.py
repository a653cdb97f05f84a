"""One id space: an id that `dotterel code` prints finds its event in the store, `dotterel events --id` and the API."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

from dotterel.cli import main
from dotterel.records import Document
from dotterel.store import EventStore

REPO = Path(__file__).resolve().parents[1]


def test_store_finds_a_linked_event_by_its_id_or_a_mention_id(tmp_path):
    from factories import count, mention

    refs = [mention("a", counts=(count("abducted", 287),)), mention("b", counts=(count("abducted", 280),))]
    with EventStore(tmp_path / "ids.duckdb") as store:
        for ref in refs:
            store.write_document(Document(doc_id=ref.doc_id, text="They struck here."), [ref.event])
        (linked,) = store.linked_events()
        assert linked.event_id not in {"a#0", "b#0"}  # two mentions, one event with its own id
        assert store.linked_event(linked.event_id) == linked
        assert store.linked_event("a#0") == linked and store.linked_event("b#0") == linked
        assert store.linked_event("c#0") is None


@pytest.fixture(scope="module")
def coded(tmp_path_factory, coder):
    """`dotterel code --db` on the example article: the store and the ids it printed."""
    folder = tmp_path_factory.mktemp("ids")
    db, out = folder / "events.duckdb", folder / "events.jsonl"
    argv = ["code", str(REPO / "examples" / "tbilisi_2024.txt"), "--published", "2024-05-01",
            "--db", str(db), "--format", "jsonl", "-o", str(out)]
    assert main(argv, coder=coder) == 0
    ids = [json.loads(line)["event_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) >= 3
    return db, ids


def test_events_command_finds_the_event_of_every_printed_id(coded, capsys):
    db, ids = coded
    linked_ids = set()
    for mention_id in ids:
        assert main(["events", "--db", str(db), "--id", mention_id, "--format", "jsonl"]) == 0
        (line,) = capsys.readouterr().out.splitlines()
        event = json.loads(line)
        assert mention_id in [m["event"]["event_id"] for m in event["mentions"]]
        linked_ids.add(event["event_id"])
    for linked_id in linked_ids:  # and the linked event's own id finds it too
        assert main(["events", "--db", str(db), "--id", linked_id, "--format", "table"]) == 0
        assert linked_id in capsys.readouterr().out
    assert main(["events", "--db", str(db), "--id", "ev:0000000000000000"]) == 2
    assert "no event or mention with id 'ev:0000000000000000'" in capsys.readouterr().err
    assert main(["events", "--db", str(db), "--id", ids[0], "--country", "GEO"]) == 2
    assert "--id selects one event; leave out country or --id" in capsys.readouterr().err


def test_api_finds_the_event_of_every_printed_id(coded):
    from starlette.exceptions import StarletteDeprecationWarning

    from dotterel.server import ServerSettings, create_app

    db, ids = coded
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

        with TestClient(create_app(ServerSettings(db=str(db), allow_store=False), coder=object()),
                        base_url="http://127.0.0.1") as client:
            for mention_id in ids:
                r = client.get(f"/api/v1/events/{mention_id}")
                assert r.status_code == 200, (mention_id, r.text[:200])
                detail = r.json()
                assert mention_id in [v["mention"]["event"]["event_id"] for v in detail["mentions"]]
                again = client.get(f"/api/v1/events/{detail['event']['event_id']}")
                assert again.status_code == 200 and again.json() == detail
                page = client.get(f"/events/{mention_id}")
                assert page.status_code == 200 and f'id="m-{mention_id}"' in page.text
            assert client.get("/api/v1/events/ev:0000000000000000").status_code == 404
