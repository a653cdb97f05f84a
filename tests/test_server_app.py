"""The application shell: offline API docs, the request-size limit, errors without stack traces."""

from __future__ import annotations

import re
import warnings

import pytest

from dotterel.server import ServerSettings, create_app

warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402


@pytest.fixture()
def client():
    app = create_app(ServerSettings(max_body_bytes=1000), load_coder=False)
    with TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1") as c:
        yield c


def test_swagger_page_loads_only_local_assets(client):
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    urls = re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", page.text)
    assert urls, "the docs page names its assets"
    assert not [u for u in urls if u.startswith(("http:", "https:", "//"))]
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "favicon.png"):
        assert f"/api/v1/docs-assets/{asset}" in urls
        response = client.get(f"/api/v1/docs-assets/{asset}")
        assert response.status_code == 200 and len(response.content) > 1000


def test_body_over_the_limit_is_refused_before_reading(client):
    response = client.post("/api/v1/health", content=b"x" * 1001)
    assert response.status_code == 413
    assert response.json() == {"detail": "request body over 1000 bytes; send a shorter text or split it"}


def test_unknown_api_path_is_a_json_404(client):
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.json() == {"detail": "Not Found"}


def test_a_burst_of_coding_requests_leaves_the_other_endpoints_answering(monkeypatch):
    """Waiting coding requests must not hold the thread pool (40 threads) blocked on the coder."""
    import asyncio
    import threading

    import httpx

    from dotterel.server import service

    release = threading.Event()
    running = []

    def blocked_code_text(state, req):
        running.append(req.text)
        release.wait(30)
        raise service.NotFoundError("released")  # any quick answer will do once released

    monkeypatch.setattr(service, "code_text", blocked_code_text)
    app = create_app(ServerSettings(), load_coder=False)

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1", timeout=60) as client:
            burst = [asyncio.create_task(client.post("/api/v1/code", json={"text": f"text {i}"})) for i in range(60)]
            await asyncio.sleep(0.5)
            try:
                health = await asyncio.wait_for(client.get("/api/v1/health"), 5)
                events = await asyncio.wait_for(client.get("/api/v1/events"), 5)  # a thread-pool endpoint
                coding_at_once = len(running)
            finally:
                release.set()
            answers = await asyncio.gather(*burst)
            return health, events, coding_at_once, answers

    health, events, coding_at_once, answers = asyncio.run(scenario())
    assert health.status_code == 200 and health.json()["status"] == "ok"
    assert events.status_code == 503  # no dataset open: answered, not stuck behind the burst
    assert coding_at_once == 1  # one coding call at a time
    assert [a.status_code for a in answers] == [404] * 60
