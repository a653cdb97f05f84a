"""Article text is untrusted: markup in it must show as text and never run, in a real browser.

The article carries a ``<script>``, an ``<img onerror>``, a ``javascript:``
link, an ``<svg onload>``, an ``<iframe src=javascript:>``, text that would
close an attribute (``" onmouseover="...``, ``' onfocus='... autofocus='``)
or a surrounding element (``</textarea></mark></title>``) and template
syntax. Each payload would set ``window.__xss``. It is coded through the
form (result page) and stored through the API with more payloads in its
title and source and a ``javascript:`` URL (document page, event pages,
dataset page). On every page, and after clicking every mark and every
event, ``window.__xss`` must be undefined, the payloads must read literally,
no ``javascript:`` URL, inline event handler or inline script may exist in
the DOM, and no Content-Security-Policy violation may be reported.
"""

from __future__ import annotations

import pytest
from .pages import require_selenium

require_selenium()

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By

from .pages import click, console_errors, csp_violations, open_page, submit_code_form, text_of, wait_loaded

pytestmark = pytest.mark.browser

XSS_TEXT = """Protesters clash with police in Almaty <script>window.__xss=1</script>

ALMATY, 5 January 2022 -- Police arrested 40 protesters <img src=x onerror="window.__xss=2"> in Almaty on \
Wednesday, the interior ministry said.

Thousands of people demonstrated in Almaty on 4 January 2022 <a href="javascript:window.__xss=3">click</a> \
against the rise in fuel prices.

Security forces fired tear gas at the crowd in Almaty <svg onload="window.__xss=4">, witnesses told reporters.

A spokesman of the " onmouseover="window.__xss=5" x=" movement said that riot police detained 12 activists \
in Aktobe on 6 January ' onfocus='window.__xss=6' autofocus='.

</textarea></mark></title><script>window.__xss=7</script> {{ 7*7 }} <iframe src="javascript:window.__xss=8"></iframe>
"""
PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=2">',
    '<a href="javascript:window.__xss=3">click</a>',
    '<svg onload="window.__xss=4">',
    '" onmouseover="window.__xss=5" x="',
    "' onfocus='window.__xss=6' autofocus='",
    "</textarea></mark></title><script>window.__xss=7</script> {{ 7*7 }}",
    '<iframe src="javascript:window.__xss=8"></iframe>',
]
DOC_ID = "xss-article"
TITLE = '"><script>window.__xss=9</script><b title=\'x'
SOURCE = '<img src=x onerror="window.__xss=10">'
URL = "javascript:window.__xss=11"
PUBLISHED = "2022-01-07"

# Everything in the DOM that could run script: inline handlers, inline
# scripts, scripts from elsewhere, javascript: (or data:/vbscript:) URLs in
# any URL-bearing attribute, embedded frames and objects.
_DANGERS_JS = """
const found = [];
const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background'];
for (const el of document.querySelectorAll('*')) {
  for (const attr of el.attributes) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) found.push(el.tagName + ' has handler ' + name + '=' + attr.value);
    if (urlAttrs.includes(name)) {
      const v = attr.value.replace(/[\\u0000-\\u0020\\u007f-\\u009f]/g, '').toLowerCase();
      if (v.startsWith('javascript:') || v.startsWith('vbscript:') || v.startsWith('data:text/html'))
        found.push(el.tagName + ' ' + name + '=' + attr.value);
    }
  }
  const tag = el.tagName.toLowerCase();
  if (tag === 'script') {
    const src = el.getAttribute('src');
    if (!src) found.push('inline script: ' + el.textContent.slice(0, 80));
    else if (new URL(src, location.href).origin !== location.origin) found.push('foreign script ' + src);
  }
  if (['iframe', 'object', 'embed', 'frame', 'frameset', 'base'].includes(tag)) found.push('element ' + tag);
  if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') found.push('meta refresh');
}
for (const a of document.querySelectorAll('a[href]')) {
  if (a.protocol === 'javascript:') found.push('javascript: link ' + a.getAttribute('href'));
}
return found;
"""


def _assert_safe(driver, where: str) -> None:
    """Nothing ran and nothing could run on the current page."""
    assert driver.execute_script("return typeof window.__xss") == "undefined", \
        f"{where}: a payload ran (window.__xss = {driver.execute_script('return window.__xss')})"
    assert driver.execute_script(_DANGERS_JS) == [], where
    assert csp_violations(driver) == [], where


def _assert_console_clean(driver, where: str) -> None:
    assert console_errors(driver) == [], where


def _assert_literal(driver, container_id: str, where: str) -> None:
    shown = text_of(driver, driver.find_element(By.ID, container_id))
    for payload in PAYLOADS:
        assert " ".join(payload.split()) in shown, f"{where}: {payload!r} not shown literally"
    assert "49" not in shown


def _click_everything(driver, where: str) -> int:
    """Click every mark and every listed event (re-finding them after any navigation); return the clicks."""
    page = driver.current_url
    clicks = 0
    for selector in ("mark", "#events li.event"):
        total = len(driver.find_elements(By.CSS_SELECTOR, selector))
        for i in range(total):
            if driver.current_url != page:
                open_page(driver, page)
            elements = driver.find_elements(By.CSS_SELECTOR, selector)
            if i >= len(elements):
                break
            try:
                click(driver, elements[i])
            except StaleElementReferenceException:
                continue
            clicks += 1
            wait_loaded(driver)
            _assert_safe(driver, f"{where}, after clicking {selector} #{i} (now {driver.current_url})")
    if driver.current_url != page:
        open_page(driver, page)
    return clicks


@pytest.fixture(scope="module")
def stored_xss(live_server):
    """The XSS article stored through the API, with payloads in its title, source and URL."""
    with live_server.api() as api:
        response = api.post("/api/v1/code", json={
            "text": XSS_TEXT, "published": PUBLISHED, "title": TITLE, "source": SOURCE, "url": URL,
            "doc_id": DOC_ID, "store": True})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["stored"] is True
        assert len(body["events"]) >= 2
        document = api.get(f"/api/v1/documents/{DOC_ID}")
        assert document.status_code == 200, document.text
    linked = sorted(set(document.json()["linked_event_ids"].values()))
    assert linked
    return {"result": body, "linked": linked}


def test_xss_result_page(driver, live_server, screenshot):
    submit_code_form(driver, live_server, XSS_TEXT, published=PUBLISHED, fields={"source": SOURCE, "title": TITLE})
    _assert_safe(driver, "result page")
    _assert_literal(driver, "article", "result page")
    body = text_of(driver, driver.find_element(By.TAG_NAME, "body"))
    assert " ".join(TITLE.split()) in body and SOURCE in body
    marks = driver.find_elements(By.CSS_SELECTOR, "#article mark")
    events = driver.find_elements(By.CSS_SELECTOR, "#events li.event")
    assert marks and len(events) >= 2
    screenshot()
    clicks = _click_everything(driver, "result page")
    assert clicks >= len(marks) + len(events)
    _assert_console_clean(driver, "result page")


def test_xss_document_page(driver, live_server, stored_xss, screenshot):
    driver.get_log("browser")
    open_page(driver, f"{live_server.url}/documents/{DOC_ID}")
    _assert_safe(driver, "document page")
    _assert_literal(driver, "article", "document page")
    body = text_of(driver, driver.find_element(By.TAG_NAME, "body"))
    assert " ".join(TITLE.split()) in body and SOURCE in body
    assert driver.find_elements(By.CSS_SELECTOR, "#article mark")
    screenshot()
    assert _click_everything(driver, "document page") > 0
    _assert_console_clean(driver, "document page")


def test_xss_event_pages(driver, live_server, stored_xss, screenshot):
    driver.get_log("browser")
    for n, event_id in enumerate(stored_xss["linked"]):
        open_page(driver, f"{live_server.url}/events/{event_id}")
        where = f"event page {event_id}"
        _assert_safe(driver, where)
        sections = driver.find_elements(By.CSS_SELECTOR, "section.mention")
        assert sections, where
        assert SOURCE in text_of(driver, driver.find_element(By.TAG_NAME, "body")), where
        if n == 0:
            screenshot()
        _click_everything(driver, where)
        _assert_console_clean(driver, where)


def test_xss_dataset_page(driver, live_server, stored_xss):
    driver.get_log("browser")
    open_page(driver, f"{live_server.url}/events?limit=500")
    _assert_safe(driver, "dataset page")
    ids = {row.get_attribute("data-event") for row in driver.find_elements(By.CSS_SELECTOR, "#events-table tr[data-event]")}
    assert set(stored_xss["linked"]) <= ids
    _assert_console_clean(driver, "dataset page")
