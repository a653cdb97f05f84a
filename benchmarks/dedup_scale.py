"""How de-duplication time grows with corpus size (run by hand, not by pytest).

    python benchmarks/dedup_scale.py [--sizes 1000,10000,50000] [--seed 7] [--reference 10000]

(after ``pip install -e '.[test,bench]'``: the mix and the old linker live in ``tests/``).

The mentions are ``tests/dedup_mix.py``'s realistic mix (issue 15): 55% with
no place, 20% with only a month or year date, seven type/mode pairs, twelve
countries (four of them busier), cities, points, regions and whole countries,
31 actors per country drawn Zipf-like, "true" events reported by 1-6
outlets, all within one year, so that a larger corpus is a denser one. For
each size it prints, in CPU time (``time.process_time``):

* the baseline: validating the same mentions again (``MentionRef.model_validate``
  on their dumps), a pass that is linear in the number of mentions;
* ``link_mentions`` on the same mentions, in µs per mention and as a ratio
  to the baseline; a ratio that stays flat as the corpus grows means linking
  scales linearly;
* with ``--reference N``, for sizes up to N, the linker as it was before the
  candidate index (kept in ``tests/test_dedup_scale.py`` as the oracle), and
  whether both give the same events.
"""

from __future__ import annotations

import argparse
import gc
import json
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))

from dedup_mix import realistic_mix  # noqa: E402
from test_dedup_scale import reference_link  # noqa: E402

from dotterel.dedup import MentionRef, link_mentions  # noqa: E402


def _cpu(fn) -> tuple[float, object]:
    gc.collect()
    t0 = time.process_time()
    out = fn()
    return time.process_time() - t0, out


def _dump(events) -> str:
    return json.dumps([e.model_dump(mode="json") for e in events], sort_keys=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reference", type=int, default=0, help="also time the old linker up to this many mentions")
    args = ap.parse_args()
    print(f"{'mentions':>9} {'events':>7} {'baseline s':>11} {'link s':>8} {'µs/mention':>11} "
          f"{'link/baseline':>14} {'old µs/mention':>15} {'same':>5}")
    for n in (int(x) for x in args.sizes.split(",")):
        refs = realistic_mix(n, seed=args.seed)
        dumps = [r.model_dump() for r in refs]
        base, _ = _cpu(lambda: [MentionRef.model_validate(d) for d in dumps])
        link, events = _cpu(lambda: link_mentions(refs))
        old, same = "", ""
        if n <= args.reference:
            t_old, old_events = _cpu(lambda: reference_link(refs))
            old, same = f"{t_old / n * 1e6:.0f}", str(_dump(old_events) == _dump(events))
        print(f"{n:>9} {len(events):>7} {base:>11.3f} {link:>8.3f} {link / n * 1e6:>11.0f} "
              f"{link / base:>14.2f} {old:>15} {same:>5}", flush=True)


if __name__ == "__main__":
    main()
