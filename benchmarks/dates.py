"""Date resolution cost: ``DateResolver.resolve`` per phrase, against parsing the same phrases with dateparser.

Run by hand (not collected by pytest; it used to be a wall-clock assertion in
``tests/test_dates.py``, which a busy machine could fail):

    python benchmarks/dates.py [--repeat N]

The phrases are the kinds news uses ("on Tuesday", "last July", "1 January
this year", bare years and months, vague words). The baseline is
``dateparser.parse`` on the same phrases with the same relative base, in the
same run, so the figure is a ratio, not a time that depends on the machine.
Prints microseconds per phrase for both and their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

PHRASES = ["1 January this year", "on Tuesday", "At the beginning of May", "last July", "overnight",
           "2019", "5 January 2022", "may", "days", "yesterday"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=100, help="times each phrase is resolved (default 100)")
    args = parser.parse_args()

    import dateparser

    from dotterel.dates import DateResolver
    from dotterel.lang import LanguageProfile

    phrases = PHRASES * args.repeat
    base = dt.datetime(2022, 2, 1)
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    t0 = time.process_time()
    for p in phrases:
        dateparser.parse(p, languages=["en"], settings=settings)
    bare = time.process_time() - t0
    resolver = DateResolver(base.date(), lang=LanguageProfile.load("en"))
    t0 = time.process_time()
    for p in phrases:
        resolver.resolve(p)
    ours = time.process_time() - t0
    n = len(phrases)
    print(f"dateparser.parse: {bare / n * 1e6:.0f} us/phrase; DateResolver.resolve: {ours / n * 1e6:.0f} us/phrase; "
          f"ratio {ours / bare:.2f} ({n} phrases)")


if __name__ == "__main__":
    main()
