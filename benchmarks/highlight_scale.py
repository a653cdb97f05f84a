"""How highlighting time grows with the number of spans (run by hand, not by pytest).

    python benchmarks/highlight_scale.py [--sizes 250,1000,4000]

Builds an article of N copies of one 49-character sentence with five evidence
spans each (trigger, actor, count, location, date: 5N spans, up to 196,000
characters at N = 4000, about the server's 200,000-character limit) and times
:func:`dotterel.server.highlight.highlight` on it. For each size it also times
the baseline: escaping the same text with ``markupsafe.escape`` in pieces of
the same boundaries (a pass linear in the text and the spans), and prints the
ratio highlight/baseline. A ratio that stays flat as N grows means the sweep is
linear; it grew with N (about 1.3 s at N = 1000, 21 s at N = 4000) when every
span was tested at every boundary.
"""

from __future__ import annotations

import argparse
import time

from markupsafe import escape

from dotterel.server.highlight import HighlightSpan, highlight

SENTENCE = "Police detained 27 people in Tbilisi on Tuesday. "
FIELDS = ((7, 15, "trigger"), (0, 6, "actor"), (16, 18, "count"), (29, 36, "location"), (40, 47, "date"))


def _article(n: int) -> tuple[str, list[HighlightSpan]]:
    spans = [
        HighlightSpan(start=i * len(SENTENCE) + s, end=i * len(SENTENCE) + e, field=f, event_id=f"e{i}")
        for i in range(n)
        for s, e, f in FIELDS
    ]
    return SENTENCE * n, spans


def _baseline(text: str, spans: list[HighlightSpan]) -> str:
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    return "".join(str(escape(text[a:b])) for a, b in zip(bounds, bounds[1:]))


def _best_of(repeat: int, func, *args) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func(*args)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Print, per size, the spans, the seconds of the baseline and of highlight, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,1000,4000", help="comma-separated numbers of sentences")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs per size")
    args = parser.parse_args()
    print(f"{'sentences':>9} {'spans':>6} {'baseline s':>10} {'highlight s':>11} {'ratio':>6}")
    for n in (int(x) for x in args.sizes.split(",")):
        text, spans = _article(n)
        base = _best_of(args.repeat, _baseline, text, spans)
        took = _best_of(args.repeat, highlight, text, spans)
        print(f"{n:>9} {len(spans):>6} {base:>10.3f} {took:>11.3f} {took / base:>6.1f}")


if __name__ == "__main__":
    main()
