"""Load test of the coding endpoint: N concurrent POST /api/v1/code requests to a real server on localhost.

Run by hand (not collected by pytest), after `pip install -e '.[test,bench]'`:

    python benchmarks/load.py [--requests 200] [--json benchmarks/results/load.json]

The server is `dotterel serve --port PORT` started in a subprocess on a free
localhost port (``--via uvicorn`` runs ``uvicorn --factory
dotterel.server:create_app`` instead); the script waits for
``/api/v1/health``, sends one warm-up request, then fires all N requests at
once from one ``httpx.AsyncClient`` (up to ``--concurrency`` in flight,
default N). The texts are a mix of short and long articles, used in turn:
the examples in ``examples/`` (a few hundred characters) and, when
``../shared`` is present, the 31 texts of ``../shared/corpus/news.jsonl``
(1-2 thousand characters, with their publication dates) and the seed article
(about 10 thousand). Texts that give no event in-process are left out of the
mix, so that "every response is 200 with its events" can be checked.

The server codes one text at a time (its coder is guarded by a lock), so
with all N requests sent at once the latency of a request is mostly its
wait in the queue: the p50 is about half the burst's wall time. The
throughput (requests/s) is the figure that measures the server.

Every response must be HTTP 200 with as many events as the same text gives
in-process; anything else counts as an error. Reported: requests per second
over the whole burst, latency percentiles (p50, p90, p95, p99, max) from
sending a request to reading its whole response, errors, and the peak
resident set size (RSS) of the server process (and any children), sampled
every 50 ms with psutil, next to its RSS when idle after start-up, and the
CPU time the server and this client used during the burst. A side task
checks ``GET /api/v1/health`` every 0.25 s during the burst and reports how
long the server took to answer it.

Baseline, measured in the same run on the same N texts in the same order:
coding them one after another in a fresh process with a
:class:`~dotterel.coder.Coder` (the server codes one text at a time too, the
coder being guarded by a lock), after one warm-up text, once before and once
after the burst (the mean is the baseline; both are reported, since the
machine may be shared). The ratio of the HTTP burst's wall time to the
baseline's is the cost of serving over HTTP (JSON, validation, the event
loop and thread pool, sockets, and the client competing with the server for
the same cores) on top of coding. A third figure separates the application
from the sockets and the second process: the same requests sent one after
another to ``create_app(coder=...)`` in one process through httpx's ASGI
transport. Each of these runs in a fresh process with one warm-up text, as
the server does, so that none is helped by caches another warmed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RESULTS = REPO / "benchmarks" / "results"


@dataclass(frozen=True)
class Text:
    """One article of the mix: its name, text and publication date (``YYYY-MM-DD`` or None)."""

    name: str
    text: str
    published: str | None


@dataclass
class Outcome:
    """One HTTP request: latency in seconds, HTTP status (0 for a transport error), events, error text."""

    index: int
    latency: float
    status: int
    events: int | None
    error: str | None = None


@dataclass
class Report:
    """What one load-test run measured (written to JSON with ``--json``)."""

    requests: int
    concurrency: int
    via: str
    texts: dict
    wall_seconds: float
    requests_per_second: float
    latency_ms: dict
    health_during_burst_ms: dict
    errors: int
    error_samples: list[str]
    baseline_seconds: float
    baseline_before_after_seconds: list[float]
    baseline_texts_per_second: float
    overhead_ratio: float
    in_process_app_seconds: float
    in_process_app_ratio: float
    in_process_app_errors: int
    server_cpu_seconds: float
    client_cpu_seconds: float
    server_rss_idle_mb: float
    server_rss_peak_mb: float
    server_startup_seconds: float
    machine: dict = field(default_factory=dict)


def load_texts() -> list[Text]:
    """The mix: examples/*.txt, then ../shared/corpus/news.jsonl and the seed article when present."""
    texts = [Text(p.stem, p.read_text(encoding="utf-8"), None) for p in sorted((REPO / "examples").glob("*.txt"))]
    news = SHARED / "corpus" / "news.jsonl"
    if news.is_file():
        for line in news.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(Text(record["id"], record["text"], record.get("published")))
    seed = SHARED / "corpus" / "seed_kazakhstan_2022.txt"
    if seed.is_file():
        texts.append(Text(seed.stem, seed.read_text(encoding="utf-8"), "2022-02-01"))
    return texts


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, by linear interpolation between closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


class PeakRSS:
    """Samples the RSS of one process and its descendants in a thread; ``peak`` and ``last`` in bytes."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        import psutil

        self._psutil = psutil
        self._proc = psutil.Process(pid)
        self._interval = interval
        self._stop = threading.Event()
        self.peak = 0
        self.last = 0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> int:
        """The summed RSS now, in bytes (0 once the process has ended)."""
        total = 0
        try:
            procs = [self._proc, *self._proc.children(recursive=True)]
        except self._psutil.Error:
            return 0
        for proc in procs:
            try:
                total += proc.memory_info().rss
            except self._psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.last = self.sample()
            self.peak = max(self.peak, self.last)
            self._stop.wait(self._interval)

    def start(self) -> None:
        """Start sampling."""
        self._thread.start()

    def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join()


def cpu_seconds(pid: int, *, children: bool = True) -> float:
    """User + system CPU time of a process (and its descendants unless ``children=False``) so far, in seconds."""
    import psutil

    proc = psutil.Process(pid)
    total = 0.0
    for p in [proc, *(proc.children(recursive=True) if children else [])]:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            pass
    return total


def free_port() -> int:
    """A localhost TCP port that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(via: str, port: int, log) -> subprocess.Popen:
    """Start the server in a subprocess (``via`` is ``serve`` or ``uvicorn``), its output to ``log``."""
    if via == "serve":
        cmd = [sys.executable, "-c", "import sys; from dotterel.cli import main; sys.exit(main(sys.argv[1:]))",
               "serve", "--host", "127.0.0.1", "--port", str(port)]
    else:
        cmd = [sys.executable, "-m", "uvicorn", "--factory", "dotterel.server:create_app",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=REPO)


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 300) -> None:
    """Poll ``/api/v1/health`` until it answers 200; raise RuntimeError if the server dies or times out."""
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with status {proc.returncode} before answering")
        try:
            if httpx.get(f"{url}/api/v1/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the server did not answer {url}/api/v1/health within {timeout:.0f} s")


def body(text: Text) -> dict:
    """The JSON body of POST /api/v1/code for one text."""
    return {"text": text.text, "published": text.published, "source": "load test"}


async def burst(url: str, plan: list[Text], expected: list[int],
                concurrency: int) -> tuple[float, list[Outcome], list[float]]:
    """Send every request of ``plan`` at once (at most ``concurrency`` in flight).

    Meanwhile, GET /api/v1/health every 0.25 s on a connection of its own, to
    see whether the server still answers other requests during the burst.

    Returns
    -------
    tuple[float, list[Outcome], list[float]]
        Wall time (s), one outcome per request, and the health-check latencies (s).
    """
    import httpx

    done = asyncio.Event()
    health: list[float] = []

    async def watch_health() -> None:
        async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(3600)) as side:
            while not done.is_set():
                start = time.perf_counter()
                response = await side.get("/api/v1/health")
                if response.status_code == 200:
                    health.append(time.perf_counter() - start)
                try:
                    await asyncio.wait_for(done.wait(), timeout=0.25)
                except asyncio.TimeoutError:
                    pass

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    gate = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=httpx.Timeout(3600)) as client:

        async def one(i: int, text: Text) -> Outcome:
            async with gate:
                start = time.perf_counter()
                try:
                    response = await client.post("/api/v1/code", json=body(text))
                    payload = response.content
                except httpx.HTTPError as exc:
                    return Outcome(i, time.perf_counter() - start, 0, None, f"{type(exc).__name__}: {exc}")
                latency = time.perf_counter() - start
            if response.status_code != 200:
                return Outcome(i, latency, response.status_code, None, payload[:200].decode("utf-8", "replace"))
            events = len(json.loads(payload)["events"])
            error = None if events == expected[i] else f"{text.name}: {events} events, {expected[i]} in-process"
            return Outcome(i, latency, 200, events, error)

        watcher = asyncio.create_task(watch_health())
        start = time.perf_counter()
        outcomes = await asyncio.gather(*(one(i, t) for i, t in enumerate(plan)))
        wall = time.perf_counter() - start
        done.set()
        await watcher
        return wall, list(outcomes), health


def measure(mode: str, plan: list[Text]) -> dict:
    """In a fresh process: load a coder, warm it up on ``plan[0]``, then code ``plan`` one text after another.

    ``mode`` ``coder`` calls ``Coder.code``; ``app`` sends POST /api/v1/code to
    ``create_app(coder=...)`` through httpx's ASGI transport (no socket, no
    second process). Returns ``{"seconds": float, "events": [int per request,
    -1 for a response that was not 200]}``.
    """
    from dotterel.coder import Coder

    coder = Coder()  # as the server makes its own: Coder() without extra knowledge-base files
    if mode == "coder":
        coder.code(plan[0].text, published=plan[0].published)
        counts = []
        start = time.perf_counter()
        for text in plan:
            counts.append(len(coder.code(text.text, published=text.published)))
        return {"seconds": time.perf_counter() - start, "events": counts}

    import httpx

    from dotterel.server import create_app

    async def sequential() -> dict:
        app = create_app(coder=coder)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://in-process", timeout=3600) as client:
                await client.post("/api/v1/code", json=body(plan[0]))
                counts = []
                start = time.perf_counter()
                for text in plan:
                    response = await client.post("/api/v1/code", json=body(text))
                    counts.append(len(response.json()["events"]) if response.status_code == 200 else -1)
                return {"seconds": time.perf_counter() - start, "events": counts}

    return asyncio.run(sequential())


def in_fresh_process(mode: str, plan: list[Text]) -> tuple[float, list[int]]:
    """Run :func:`measure` in a new Python process (so no cache is warmer than the server's); seconds, events."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump([asdict(t) for t in plan], fh)
    try:
        done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure", mode, fh.name],
                              capture_output=True, text=True, cwd=REPO)
    finally:
        os.unlink(fh.name)
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} measurement failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["seconds"], result["events"]


def run(n: int, concurrency: int, via: str) -> Report:
    """Measure the baseline, the app in-process, the HTTP burst against a fresh server, the baseline again.

    Each measurement runs in a fresh process with one warm-up text, so that
    none has caches warmed by the others.
    """
    import httpx

    from dotterel.coder import Coder

    texts = load_texts()
    # Which texts give events (coded once, untimed, here): only those go into the mix.
    probe = Coder()
    gives = {t.name: len(probe.code(t.text, published=t.published)) for t in texts}
    del probe
    used = [t for t in texts if gives[t.name] > 0]
    if not used:
        raise SystemExit("no text gives an event; nothing to load-test")
    plan = [used[i % len(used)] for i in range(n)]
    expected = [gives[t.name] for t in plan]
    before, counts = in_fresh_process("coder", plan)
    if counts != expected:
        raise RuntimeError("the baseline coder gave other event counts than the probe")
    asgi_seconds, asgi_counts = in_fresh_process("app", plan)
    asgi_bad = sum(1 for got, want in zip(asgi_counts, expected) if got != want)

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile("w+") as log:
        started = time.perf_counter()
        proc = start_server(via, port, log)
        rss = PeakRSS(proc.pid)
        rss.start()
        try:
            try:
                wait_healthy(url, proc)
                startup = time.perf_counter() - started
                warm = httpx.post(f"{url}/api/v1/code", json=body(plan[0]), timeout=600)
                if warm.status_code != 200:
                    raise RuntimeError(f"warm-up request: HTTP {warm.status_code}: {warm.text[:300]}")
                idle = rss.sample()
                server_cpu, client_cpu = cpu_seconds(proc.pid), cpu_seconds(os.getpid(), children=False)
                wall, outcomes, health = asyncio.run(burst(url, plan, expected, concurrency))
                server_cpu = cpu_seconds(proc.pid) - server_cpu
                client_cpu = cpu_seconds(os.getpid(), children=False) - client_cpu
            except Exception:
                log.seek(0)
                sys.stderr.write(log.read()[-4000:])
                raise
        finally:
            rss.stop()
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    # again after the burst: the machine may be shared, and its load may have changed
    after, again = in_fresh_process("coder", plan)
    if again != expected:
        raise RuntimeError("the baseline coder gave other event counts on its second run")
    base_seconds = (before + after) / 2

    latencies = [o.latency for o in outcomes]
    failed = [o for o in outcomes if o.error is not None]
    lengths = [len(t.text) for t in used]
    return Report(
        requests=n,
        concurrency=concurrency,
        via=via,
        texts={
            "distinct": len(used),
            "left_out_without_events": sorted(name for name, k in gives.items() if k == 0),
            "chars_min": min(lengths),
            "chars_median": int(statistics.median(lengths)),
            "chars_max": max(lengths),
            "chars_sent": sum(len(t.text) for t in plan),
            "events_expected": sum(expected),
            "sources": ["examples/*.txt"] + (["../shared/corpus/news.jsonl", "../shared/corpus/seed_kazakhstan_2022.txt"]
                                             if (SHARED / "corpus").is_dir() else []),
        },
        wall_seconds=round(wall, 3),
        requests_per_second=round(n / wall, 2),
        latency_ms={name: round(1000 * value, 1) for name, value in (
            ("p50", percentile(latencies, 50)), ("p90", percentile(latencies, 90)),
            ("p95", percentile(latencies, 95)), ("p99", percentile(latencies, 99)), ("max", max(latencies)))},
        health_during_burst_ms={"checks": len(health), **({
            "p50": round(1000 * percentile(health, 50), 1), "max": round(1000 * max(health), 1)} if health else {})},
        errors=len(failed),
        error_samples=[f"request {o.index}: HTTP {o.status}: {o.error}" for o in failed[:5]],
        baseline_seconds=round(base_seconds, 3),
        baseline_before_after_seconds=[round(before, 3), round(after, 3)],
        baseline_texts_per_second=round(n / base_seconds, 2),
        overhead_ratio=round(wall / base_seconds, 3),
        in_process_app_seconds=round(asgi_seconds, 3),
        in_process_app_ratio=round(asgi_seconds / base_seconds, 3),
        in_process_app_errors=asgi_bad,
        server_cpu_seconds=round(server_cpu, 2),
        client_cpu_seconds=round(client_cpu, 2),
        server_rss_idle_mb=round(idle / 2**20, 1),
        server_rss_peak_mb=round(rss.peak / 2**20, 1),
        server_startup_seconds=round(startup, 2),
        machine={"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                 # the machine may be shared: its 1-minute load average when the run ended
                 "load_average_1min_end": round(os.getloadavg()[0], 2)},
    )


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the load test, print the report; exit status 1 when any request failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", "-n", type=int, default=200, help="how many requests (default 200)")
    parser.add_argument("--concurrency", type=int, default=None, help="most requests in flight (default: all)")
    parser.add_argument("--via", choices=("serve", "uvicorn"), default="serve",
                        help="start `dotterel serve` (default) or uvicorn with create_app")
    parser.add_argument("--json", metavar="FILE", type=Path, default=None,
                        help=f"also write the report as JSON (e.g. {RESULTS.relative_to(REPO)}/load.json)")
    parser.add_argument("--measure", nargs=2, metavar=("MODE", "PLAN"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:  # a fresh measuring process started by in_fresh_process
        mode, plan_file = args.measure
        plan = [Text(**t) for t in json.loads(Path(plan_file).read_text(encoding="utf-8"))]
        print(json.dumps(measure(mode, plan)))
        return 0
    if args.requests < 1:
        parser.error("--requests must be at least 1")
    report = run(args.requests, args.concurrency or args.requests, args.via)
    lat = report.latency_ms
    print(f"POST /api/v1/code x {report.requests} at once ({report.concurrency} in flight at most), "
          f"{report.texts['distinct']} texts of {report.texts['chars_min']}-{report.texts['chars_max']} characters "
          f"(median {report.texts['chars_median']}), server via {report.via}")
    print(f"  {report.requests_per_second} requests/s; {report.wall_seconds} s in all; errors: {report.errors}")
    print(f"  latency ms: p50 {lat['p50']}  p90 {lat['p90']}  p95 {lat['p95']}  p99 {lat['p99']}  max {lat['max']}")
    hc = report.health_during_burst_ms
    print(f"  GET /api/v1/health during the burst: {hc['checks']} answered"
          + (f", latency ms p50 {hc['p50']}  max {hc['max']}" if hc["checks"] else ""))
    b0, b1 = report.baseline_before_after_seconds
    print(f"  baseline, the same {report.requests} texts coded in-process one after another: "
          f"{report.baseline_seconds} s (mean of {b0} s before and {b1} s after the burst; "
          f"{report.baseline_texts_per_second} texts/s); HTTP burst / baseline time ratio {report.overhead_ratio}")
    print(f"  the app in-process through httpx's ASGI transport, one request after another: "
          f"{report.in_process_app_seconds} s, ratio {report.in_process_app_ratio}; "
          f"errors: {report.in_process_app_errors}")
    print(f"  CPU time during the burst: server {report.server_cpu_seconds} s, this client "
          f"{report.client_cpu_seconds} s ({os.cpu_count()} CPUs)")
    print(f"  server RSS: {report.server_rss_idle_mb} MB idle after start-up ({report.server_startup_seconds} s), "
          f"peak {report.server_rss_peak_mb} MB; load average at the end {report.machine['load_average_1min_end']}")
    for sample in report.error_samples:
        print(f"  error: {sample}")
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        command = " ".join(["python", "benchmarks/load.py", *(sys.argv[1:] if argv is None else argv)])
        args.json.write_text(json.dumps({"command": command, **asdict(report)}, indent=1) + "\n", encoding="utf-8")
        print(f"  written to {args.json}")
    return 1 if report.errors or report.in_process_app_errors else 0


if __name__ == "__main__":
    sys.exit(main())
