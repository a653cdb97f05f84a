"""Nothing from another site (issue 14, item 5): Host allow-list, Origin check, form token, coding budget."""

from __future__ import annotations

import asyncio
import re
import threading

import httpx
import pytest

from dotterel.server import ServerSettings, create_app
from dotterel.server.guard import allowed_host_names, host_name
from conftest import copy_store

TEXT = "Police fired tear gas at protesters in Almaty on 5 January 2022."


def request(app, method: str, url: str, *, base: str = "http://127.0.0.1:8000", **kwargs) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=base) as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(go())


@pytest.fixture
def store_app(empty_store, coder):
    db = empty_store
    app = create_app(ServerSettings(db=str(db)), coder=coder)
    yield app, db
    app.state.dotterel.close()


@pytest.fixture(scope="module")
def refusing_app(_empty_store_template, tmp_path_factory, coder):
    """One storing app for the tests of refused posts: each asserts the store is still empty after its post,
    so a post that got through fails the test that sent it (a store of its own per test cost ~60 ms)."""
    db = copy_store(_empty_store_template, tmp_path_factory.mktemp("refusing") / "store.duckdb")
    app = create_app(ServerSettings(db=str(db)), coder=coder)
    yield app, db
    app.state.dotterel.close()


def stored_documents(app) -> int:
    with app.state.dotterel.store() as store:
        return len(store.documents())


def token(app) -> str:
    page = request(app, "GET", "/")
    return re.search(r'name="form_token" value="([^"]+)"', page.text).group(1)


# -- Host ----------------------------------------------------------------------------------------


def test_host_name_parsing():
    assert host_name("LocalHost:8000") == "localhost"
    assert host_name("[::1]:8000") == "::1"
    assert host_name("127.0.0.1") == "127.0.0.1"
    assert allowed_host_names(["Events.Example.org:443"]) >= {"events.example.org", "localhost", "127.0.0.1", "::1"}


@pytest.mark.parametrize("base", ["http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"])
def test_loopback_names_are_served(base):
    app = create_app(ServerSettings(), load_coder=False)
    assert request(app, "GET", "/api/v1/health", base=base).status_code == 200


def test_a_foreign_host_is_refused_as_dns_rebinding_would_send_it():
    app = create_app(ServerSettings(), load_coder=False)
    api = request(app, "GET", "/api/v1/health", base="http://evil.example:8000")
    assert api.status_code == 400
    assert api.json()["detail"].startswith("this server does not answer to the host name 'evil.example'")
    assert "--allowed-host evil.example" in api.json()["detail"]
    page = request(app, "GET", "/", base="http://evil.example:8000")
    assert page.status_code == 400 and "evil.example" in page.text and "<form" not in page.text


def test_allowed_host_opens_the_server_to_that_name_only():
    app = create_app(ServerSettings(allowed_hosts=["events.example.org"]), load_coder=False)
    assert request(app, "GET", "/api/v1/health", base="http://events.example.org").status_code == 200
    assert request(app, "GET", "/api/v1/health", base="http://other.example.org").status_code == 400


# -- Origin / Referer on state-changing requests --------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": "http://127.0.0.1:9999"},  # another port is another origin
        {"Referer": "http://evil.example/attack.html"},
        {"Sec-Fetch-Site": "cross-site"},
    ],
)
def test_cross_site_api_store_is_refused_and_nothing_is_stored(refusing_app, headers):
    app, _ = refusing_app
    before = stored_documents(app)
    r = request(app, "POST", "/api/v1/code", json={"text": TEXT, "store": True}, headers=headers)
    assert r.status_code == 403
    assert r.json()["detail"].startswith("refused a POST from another site")
    assert stored_documents(app) == before == 0


def test_cross_site_form_post_with_store_checked_is_refused(refusing_app):
    app, _ = refusing_app
    fields = {"text": TEXT, "store": "1", "form_token": token(app)}
    r = request(app, "POST", "/code", data=fields, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "another site" in r.text
    assert stored_documents(app) == 0


def test_same_origin_and_non_browser_posts_pass(store_app):
    app, _ = store_app
    same = request(app, "POST", "/api/v1/code", json={"text": TEXT, "store": True},
                   headers={"Origin": "http://127.0.0.1:8000", "Sec-Fetch-Site": "same-origin"})
    assert same.status_code == 200 and same.json()["stored"] is True
    curl = request(app, "POST", "/api/v1/code", json={"text": TEXT + " Again.", "store": True})
    assert curl.status_code == 200
    assert stored_documents(app) == 2


# -- the code form's token -------------------------------------------------------------------------


def test_code_form_carries_a_token_and_a_post_without_it_is_refused(store_app):
    app, _ = store_app
    page = request(app, "GET", "/")
    assert page.headers["referrer-policy"] == "same-origin"  # so the browser sends the real Origin
    value = token(app)
    assert len(value) >= 40
    missing = request(app, "POST", "/code", data={"text": TEXT, "store": "1"})
    wrong = request(app, "POST", "/code", data={"text": TEXT, "store": "1", "form_token": value[:-2] + "xx"})
    assert missing.status_code == wrong.status_code == 403
    assert "token is missing or out of date" in missing.text
    assert stored_documents(app) == 0
    good = request(app, "POST", "/code", data={"text": TEXT, "store": "1", "form_token": value},
                   headers={"Origin": "http://127.0.0.1:8000"})
    assert good.status_code == 200 and stored_documents(app) == 1


def test_each_application_draws_its_own_token(coder):
    one = create_app(ServerSettings(), coder=coder)
    two = create_app(ServerSettings(), coder=coder)
    assert token(one) != token(two)


# -- bounded coding memory ------------------------------------------------------------------------------


def test_text_over_the_coding_budget_waits_its_turn_or_gets_503(monkeypatch):
    from dotterel.server import service

    release = threading.Event()
    started = threading.Event()

    def blocked(state, req):
        started.set()
        release.wait(30)
        raise service.NotFoundError("released")

    monkeypatch.setattr(service, "code_text", blocked)
    app = create_app(ServerSettings(max_coding_chars=1000, max_text_chars=900), load_coder=False)

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=60) as client:
            first = asyncio.create_task(client.post("/api/v1/code", json={"text": "a" * 800}))
            while not started.is_set():
                await asyncio.sleep(0.01)
            over = await client.post("/api/v1/code", json={"text": "b" * 300})
            small = asyncio.create_task(client.post("/api/v1/code", json={"text": "c" * 100}))
            await asyncio.sleep(0.2)
            release.set()
            return await first, over, await small

    first, over, small = asyncio.run(scenario())
    assert over.status_code == 503
    assert over.json()["detail"].startswith("the server is busy coding 800 characters of text")
    assert first.status_code == small.status_code == 404  # admitted, coded (here: the stub's answer)
    assert app.state.dotterel._coding_chars == 0  # released after each request
