"""Browser tests: the real app under uvicorn on localhost, driven by Debian's chromium through selenium.

The server is :func:`dotterel.server.create_app` with the session's loaded
coder and a fresh DuckDB store, run by uvicorn in a background thread on a
free port. The browser is ``/usr/bin/chromium`` driven by
``/usr/bin/chromedriver`` (Debian's ``chromium`` and ``chromium-driver``
packages, installed by ``.ci/run``); Selenium Manager is never used, so
nothing is downloaded. Without them the tests skip with the reason, except
when the environment variable ``CI`` is ``true``: there a missing browser is
a failure, so CI cannot pass by skipping them.

Each test can save a full-page screenshot of every page it visits to
``screenshots/<test-name>[-<page>].png`` (the folder is ignored by git).
"""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from .pages import CSP_RECORDER, SCREENSHOTS, LiveServer, browser_unavailable, save_full_page

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WINDOW = (1400, 1000)

_NOT_A_MARK = {"and", "or", "not", "True", "False", "None"}


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Leave the browser test modules unimported when ``-m`` deselects every browser test.

    Each module imports selenium at its top (~0.5 s of CPU in all), which the quick suite
    (``-m "not slow and not browser"``) would pay only to deselect every test. A module whose
    ``pytestmark`` line names ``pytest.mark.browser`` (every test of it carries the mark) is left out when the
    expression is false for ``browser`` with any truth of the other names it mentions; any other module or
    expression is collected as usual.
    """
    import itertools

    from _pytest.mark.expression import Expression

    expr = config.getoption("markexpr")
    if not expr or not (collection_path.name.startswith("test_") and collection_path.suffix == ".py"):
        return None
    if not re.search(r"^pytestmark = .*\bpytest\.mark\.browser\b", collection_path.read_text(encoding="utf-8"),
                     flags=re.M):
        return None
    names = sorted({n for n in re.findall(r"[\w:+\-.\[\]\\/]+", expr) if n not in _NOT_A_MARK} - {"browser"})
    if len(names) > 8:
        return None
    compiled = Expression.compile(expr)
    for truths in itertools.product((False, True), repeat=len(names)):
        marks = {"browser", *(n for n, on in zip(names, truths, strict=True) if on)}
        if compiled.evaluate(lambda name, /, **_kwargs: name in marks):
            return None
    return True


def _free_socket() -> socket.socket:
    """A listening-ready socket bound to a free localhost port (no race between choosing and binding)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@pytest.fixture(scope="session")
def live_server(coder, tmp_path_factory) -> Iterator[LiveServer]:
    """The dotterel app under uvicorn in a background thread, with a fresh event store.

    uvicorn installs no signal handlers outside the main thread, so the test
    process keeps its own; the server is stopped with ``should_exit`` at the
    end of the session.
    """
    import uvicorn

    from dotterel.server import ServerSettings, create_app
    from dotterel.store import EventStore

    db = tmp_path_factory.mktemp("browser-store") / "events.duckdb"
    EventStore(db).close()
    app = create_app(ServerSettings(db=str(db)), coder=coder)
    sock = _free_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="dotterel-live-server", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        if not thread.is_alive():
            pytest.fail("the dotterel server thread ended during start-up (see the log above)")
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            server.should_exit = True
            pytest.fail(f"the dotterel server at {url} did not answer /api/v1/health within 60 s")
        time.sleep(0.1)
    try:
        yield LiveServer(url=url, db=db)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


@pytest.fixture(scope="session")
def driver():
    """Headless chromium (Debian's) through chromedriver, 1400x1000, console log kept, CSP violations recorded."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not (path.is_file() and os.access(path, os.X_OK)):
            browser_unavailable(f"{path} not found (Debian package {package})")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        browser_unavailable("selenium is not installed (pip install -e '.[browser]')")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    options.add_argument("--headless=new")
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--disable-gpu")
    options.add_argument(f"--window-size={WINDOW[0]},{WINDOW[1]}")
    options.add_argument("--lang=en-GB")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: Selenium Manager (which downloads drivers) is never run.
    service = Service(executable_path=str(CHROMEDRIVER))
    try:
        drv = webdriver.Chrome(service=service, options=options)
    except Exception as exc:  # the driver or the browser would not start
        browser_unavailable(f"chromium could not be started ({type(exc).__name__}: {str(exc).splitlines()[0]})")
    drv.set_page_load_timeout(120)
    drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": CSP_RECORDER})
    try:
        yield drv
    finally:
        drv.quit()


@pytest.fixture
def screenshot(request, driver) -> Callable[..., Path]:
    """``screenshot(page=None)`` saves the current page to ``screenshots/<test-name>[-<page>].png``."""

    def take(page: str | None = None) -> Path:
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name).strip("_")
        if page:
            name = f"{name}-{re.sub(r'[^A-Za-z0-9_.-]+', '_', page)}"
        return save_full_page(driver, SCREENSHOTS / f"{name}.png")

    return take


