"""What the browser tests do with a page: open it, fill and submit the form, click, screenshot, read the CSP log.

Helpers for ``tests/browser``; the fixtures (live server, driver) are in
``conftest.py``.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "screenshots"
MAX_SHOT_HEIGHT = 20_000
"""Tallest full-page screenshot, in CSS pixels (a very long page is cut there)."""

# Every violation of the page's Content-Security-Policy is recorded in
# window.__cspViolations. Injected through the DevTools protocol, this script
# runs before the page's own and is not itself subject to the page's CSP.
CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push({directive: e.violatedDirective, blocked: e.blockedURI,
                               source: e.sourceFile, line: e.lineNumber, sample: e.sample});
});
"""



def require_selenium() -> None:
    """At the top of a browser test module: skip the module without selenium (the ``browser`` extra), fail under CI."""
    import importlib.util

    if importlib.util.find_spec("selenium") is None:
        reason = "selenium is not installed (pip install -e '.[browser]')"
        if os.environ.get("CI") == "true":
            raise RuntimeError(f"{reason}; CI=true, so the browser tests must run")
        pytest.skip(f"{reason}: browser tests skipped", allow_module_level=True)


def browser_unavailable(reason: str) -> None:
    """Skip the test for a missing browser, or fail it when ``CI=true``.

    Parameters
    ----------
    reason : str
        What is missing.

    Raises
    ------
    pytest.skip.Exception, pytest.fail.Exception
    """
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI=true, so the browser tests must run (.ci/run installs chromium and chromium-driver)")
    pytest.skip(f"{reason}: browser tests skipped (apt-get install chromium chromium-driver)")


@dataclass
class LiveServer:
    """A running dotterel server.

    Attributes
    ----------
    url : str
        Base URL, ``http://127.0.0.1:PORT`` (no trailing slash).
    db : pathlib.Path
        Its DuckDB event store.
    """

    url: str
    db: Path

    def api(self) -> httpx.Client:
        """An HTTP client for this server (JSON API and downloads); close it after use."""
        return httpx.Client(base_url=self.url, timeout=120)



def wait_loaded(driver, timeout: float = 120) -> None:
    """Wait until the current document has finished loading (images included, so onerror has fired)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: d.execute_script("return document.readyState") == "complete")


def open_page(driver, url: str) -> None:
    """Navigate to ``url`` and wait for the load to finish, and for the download notes to be filled in.

    ``downloads.js`` fetches what each download leaves out and writes it into the notes after the load; the
    page's layout shifts when it does, so a click aimed before then may land beside its target.
    """
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    wait_loaded(driver)
    WebDriverWait(driver, 60).until(lambda d: all(
        n.get_attribute("data-checked") for n in d.find_elements(By.CSS_SELECTOR, "#downloads li.download[data-left-out-url]")))


def save_full_page(driver, path: Path) -> Path:
    """Save a PNG of the whole page (beyond the window), at most :data:`MAX_SHOT_HEIGHT` CSS pixels tall.

    Parameters
    ----------
    driver : selenium.webdriver.Chrome
    path : pathlib.Path
        Where to write the PNG (parent folders are made).

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics.get("cssContentSize") or metrics["contentSize"]
    width = max(int(size["width"]), 1)
    height = min(max(int(size["height"]), 1), MAX_SHOT_HEIGHT)
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {"format": "png", "captureBeyondViewport": True,
         "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}},
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def csp_violations(driver) -> list[dict]:
    """The Content-Security-Policy violations recorded on the current page (see :data:`CSP_RECORDER`)."""
    return driver.execute_script("return window.__cspViolations || []")


def console_errors(driver) -> list[dict]:
    """The browser console entries since the last call that are errors or mention the Content Security Policy."""
    return [e for e in driver.get_log("browser")
            if e.get("level") == "SEVERE" or "Content Security Policy" in e.get("message", "")]


def submit_code_form(driver, server: LiveServer, text: str, *, published: str | None = None,
                     fields: dict[str, str] | None = None, store: bool = False, upload: Path | None = None) -> None:
    """Open the code-an-article form, fill it and submit it with a real click; wait for the result page.

    Parameters
    ----------
    driver : selenium.webdriver.Chrome
    server : LiveServer
    text : str
        The article, set through JavaScript (typing a long article key by key
        takes minutes).
    published : str | None
        ``YYYY-MM-DD`` for the date input.
    fields : dict[str, str] | None
        Other text inputs by id (``source``, ``title``), typed in.
    store : bool
        Tick the form's "add to the dataset" box (``#store``).
    upload : pathlib.Path | None
        A file to choose in the form's file input (``#file``): the browser
        reads it and sends its bytes, as when a user picks it.
    """
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    open_page(driver, f"{server.url}/")
    form = driver.find_element(By.ID, "code-form")
    textarea = driver.find_element(By.ID, "text")
    driver.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", textarea, text)
    if upload is not None:
        driver.find_element(By.ID, "file").send_keys(str(upload.resolve()))
    if published is not None:
        date = driver.find_element(By.ID, "published")
        driver.execute_script(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", date, published)
        assert date.get_attribute("value") == published
    for field_id, value in (fields or {}).items():
        element = driver.find_element(By.ID, field_id)
        element.clear()
        element.send_keys(value)
    if store:
        box = driver.find_element(By.ID, "store")
        if not box.is_selected():
            click(driver, box)
        assert box.is_selected()
    click(driver, driver.find_element(By.ID, "code-submit"))
    WebDriverWait(driver, 180).until(lambda d: left_the_document(form))
    wait_loaded(driver, 180)
    WebDriverWait(driver, 10).until(EC.presence_of_element_located((By.ID, "article")))


def left_the_document(element) -> bool:
    """Whether ``element`` no longer belongs to the page, after a navigation.

    Selenium's ``staleness_of`` knows only ``StaleElementReferenceException``;
    during the navigation Chrome may instead answer "Node with given id does
    not belong to the document" as an unknown error (seen with Chrome 150 on a
    loaded machine), which means the same and must not fail the wait.
    """
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise
    return False


def click(driver, element) -> None:
    """A real click on ``element`` after scrolling it to the middle of the window."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element)
    element.click()


def event_ids(element) -> list[str]:
    """The event ids in an element's ``data-event`` (space separated)."""
    return (element.get_attribute("data-event") or "").split()


# Every highlighted segment of a container, in document order, with its
# offsets in the container's textContent (Unicode code points, 0-based,
# end-exclusive), so that the segments of one split span can be joined again.
_SEGMENTS_JS = """
const root = arguments[0];
const out = [];
let offset = 0;
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const length = Array.from(node.data).length;
  const mark = node.parentElement.closest('mark');
  if (mark && root.contains(mark)) {
    out.push({field: mark.getAttribute('data-field') || '', events: mark.getAttribute('data-event') || '',
              cls: mark.getAttribute('class') || '', start: offset, end: offset + length, text: node.data});
  }
  offset += length;
}
return out;
"""


@dataclass
class Highlight:
    """One highlighted span as the page shows it (its segments joined).

    Attributes
    ----------
    event_id, field : str
        The event and the field (``trigger``, ``actor``, ...) it marks.
    start, end : int
        Offsets in the container's text (0-based, end-exclusive code points).
    text : str
        The highlighted words.
    classes : set[str]
        The CSS classes of its marks.
    """

    event_id: str
    field: str
    start: int
    end: int
    text: str
    classes: set[str]


def highlights(driver, container) -> list[Highlight]:
    """The highlighted spans in ``container``: one per event and field, contiguous segments joined.

    A segment (one ``<mark>``) can carry several events and fields
    (``data-event`` and ``data-field`` space separated); it counts for each.
    """
    segments = driver.execute_script(_SEGMENTS_JS, container)
    open_spans: dict[tuple[str, str], Highlight] = {}
    done: list[Highlight] = []
    for seg in segments:
        classes = set(seg["cls"].split())
        for event_id in seg["events"].split():
            for field in seg["field"].split():
                key = (event_id, field)
                current = open_spans.get(key)
                if current is not None and current.end == seg["start"]:
                    current.end = seg["end"]
                    current.text += seg["text"]
                    current.classes |= classes
                    continue
                if current is not None:
                    done.append(current)
                open_spans[key] = Highlight(event_id, field, seg["start"], seg["end"], seg["text"], set(classes))
    return sorted([*done, *open_spans.values()], key=lambda h: (h.start, h.event_id, h.field))


def text_of(driver, element) -> str:
    """``textContent`` of an element (hidden parts included), whitespace collapsed."""
    return " ".join((driver.execute_script("return arguments[0].textContent", element) or "").split())


_MARKER_JS = """
const m = arguments[0];
m.scrollIntoView({block: 'center', inline: 'center'});
const svg = m.ownerSVGElement;
const r = m.getBoundingClientRect();
const s = svg.getBoundingClientRect();
const x = r.left + r.width / 2, y = r.top + r.height / 2;
const toUser = svg.getScreenCTM().inverse();
const p = new DOMPoint(x, y).matrixTransform(toUser);
const vb = svg.viewBox.baseVal;
const style = getComputedStyle(m);
const iso3 = m.getAttribute('data-country');
let inCountry = null;
const country = iso3 ? svg.querySelector('path.country[data-iso3="' + iso3 + '"]') : null;
if (country) {
  const q = new DOMPoint(x, y).matrixTransform(country.getScreenCTM().inverse());
  inCountry = country.isPointInFill(q);
}
const top = document.elementFromPoint(x, y);
return {
  width: r.width, height: r.height,
  inViewBox: !!vb && vb.width > 0 && p.x >= vb.x && p.x <= vb.x + vb.width && p.y >= vb.y && p.y <= vb.y + vb.height,
  inSvgBox: x >= s.left && x <= s.right && y >= s.top && y <= s.bottom,
  shown: style.display !== 'none' && style.visibility !== 'hidden' && parseFloat(style.opacity) > 0,
  hasCountryPath: !!country, inCountry: inCountry,
  topmost: !!top && !!top.closest('circle.marker, a') && (top.closest('svg') === svg),
};
"""


def marker_geometry(driver, marker) -> dict:
    """Where a map marker is drawn, after scrolling it into view.

    Returns
    -------
    dict
        ``width``/``height`` (CSS px), ``inViewBox`` (its centre inside the
        SVG's viewBox), ``inSvgBox`` (inside the SVG's box on screen),
        ``shown`` (not display:none, hidden or transparent),
        ``hasCountryPath`` and ``inCountry`` (its centre inside the fill of
        the ``path.country`` whose ``data-iso3`` is its ``data-country``),
        ``topmost`` (no other element than a marker covers its centre).
    """
    return driver.execute_script(_MARKER_JS, marker)


def rect_size(driver, element) -> tuple[float, float]:
    """Width and height of an element on screen (CSS px)."""
    r = driver.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", element)
    return float(r[0]), float(r[1])
