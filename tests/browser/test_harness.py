"""The browser-test harness itself: a missing browser skips, except under CI=true where it fails."""

from __future__ import annotations

import pytest

from .pages import browser_unavailable


def test_missing_browser_fails_when_ci_is_true(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true, so the browser tests must run"):
        browser_unavailable("/usr/bin/chromium not found (Debian package chromium)")


@pytest.mark.parametrize("ci", [None, "false", "1"])
def test_missing_browser_skips_otherwise(monkeypatch, ci):
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(pytest.skip.Exception, match="chromium not found .*browser tests skipped"):
        browser_unavailable("/usr/bin/chromium not found (Debian package chromium)")
