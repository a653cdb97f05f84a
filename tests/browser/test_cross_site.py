"""A page on another site cannot code or store through the server (issue 14, item 5), in headless chromium.

A second, hostile web server on another port (another origin) serves a page
whose form posts to the dotterel server's ``/code`` with "store" ticked and
submits itself, as a cross-site request forgery does. The hostile page even
carries a valid form token (read by the test, which no real attacker can do),
so only the browser's ``Origin`` header and the server's check stand in the
way. The same article then sent from the server's own page is stored: the
refusal is about the origin, not the article.
"""

from __future__ import annotations

import html
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from .pages import require_selenium

require_selenium()

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from dotterel.ingest import content_doc_id

from .pages import open_page, submit_code_form

pytestmark = pytest.mark.browser

ARTICLE = "Riot police fired tear gas at striking miners in Zhezkazgan on 3 March 2023, a union leader said."


def _hostile_page(target: str, token: str) -> bytes:
    return f"""<!doctype html><html><head><title>Win a prize</title></head><body>
<form id="attack" method="post" action="{html.escape(target)}/code" enctype="multipart/form-data">
<input type="hidden" name="text" value="{html.escape(ARTICLE)}">
<input type="hidden" name="store" value="1">
<input type="hidden" name="form_token" value="{html.escape(token)}">
</form>
<script>document.getElementById('attack').submit();</script>
</body></html>""".encode("utf-8")


@pytest.fixture
def hostile_site(live_server):
    """An HTTP server on another port of this machine (another origin) serving the forging page."""
    page = httpx.get(f"{live_server.url}/", timeout=60).text
    token = re.search(r'name="form_token" value="([^"]+)"', page).group(1)
    body = _hostile_page(live_server.url, token)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the name http.server calls
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, name="hostile-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/prize.html"
    finally:
        server.shutdown()
        server.server_close()


def test_a_cross_site_form_post_with_store_checked_is_refused(driver, live_server, hostile_site):
    stored_page = f"{live_server.url}/documents/{content_doc_id(ARTICLE)}"
    assert httpx.get(stored_page, timeout=60).status_code == 404

    driver.get(hostile_site)
    WebDriverWait(driver, 120).until(lambda d: d.current_url.startswith(live_server.url))
    body = driver.find_element(By.TAG_NAME, "body").text
    # The refused post is logged as a failed load; drain the log so the next test's console check
    # (the driver is shared by the session) sees only its own page.
    assert any("403" in entry["message"] for entry in driver.get_log("browser"))
    assert "refused a POST from another site" in body
    assert "Origin 'http://127.0.0.1:" in body
    assert httpx.get(stored_page, timeout=60).status_code == 404  # nothing was stored

    # The same article from the server's own page is coded and stored.
    submit_code_form(driver, live_server, ARTICLE, store=True)
    assert driver.find_element(By.ID, "stored-link").get_attribute("href").endswith(stored_page[len(live_server.url):])
    assert httpx.get(stored_page, timeout=60).status_code == 200
    open_page(driver, stored_page)
