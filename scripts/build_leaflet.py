"""Vendor the map library of the dataset page into ``src/dotterel/server/static/vendor/``.

Source
------
Two npm packages, fetched with the ordinary npm client (``npm pack``, which
checks each tarball against the registry's sha512 ``integrity``):

- ``leaflet@1.9.4`` (BSD-2-Clause, Volodymyr Agafonkin, CloudMade and
  contributors): ``dist/leaflet.js``, ``dist/leaflet.css``, ``dist/images/*``
  and ``LICENSE``;
- ``leaflet.markercluster@1.5.3`` (MIT, Dave Leaver): ``dist/leaflet.markercluster.js``,
  ``dist/MarkerCluster.css``, ``dist/MarkerCluster.Default.css`` and
  ``MIT-LICENCE.txt``.

Run it from the repository's root (it needs ``npm`` and the npm registry;
the server never does: the files are served from ``/static/vendor/``)::

    python scripts/build_leaflet.py

It writes ``vendor/VENDOR.json``: for each package its name, version,
licence, the tarball's npm ``integrity`` (sha512) and ``shasum`` (sha1), and
the SHA-256 of every file copied, so that a test can check the vendored
files are the ones recorded. The tarballs' integrity values are pinned below:
a different tarball stops the script.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dotterel" / "server" / "static" / "vendor"

PACKAGES = {
    "leaflet": {
        "version": "1.9.4",
        "licence": "BSD-2-Clause",
        "integrity": "sha512-nxS1ynzJOmOlHp+iL3FyWqK89GtNL8U8rvlMOsQdTTssxZwCXh8N2NB3GDQOL+YR3XnWyZAxwQixURb+FA74PA==",
        "files": {
            "dist/leaflet.js": "leaflet.js",
            "dist/leaflet.css": "leaflet.css",
            "dist/images/layers.png": "images/layers.png",
            "dist/images/layers-2x.png": "images/layers-2x.png",
            "dist/images/marker-icon.png": "images/marker-icon.png",
            "dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
            "dist/images/marker-shadow.png": "images/marker-shadow.png",
            "LICENSE": "LICENSE",
        },
    },
    "leaflet.markercluster": {
        "version": "1.5.3",
        "licence": "MIT",
        "integrity": "sha512-vPTw/Bndq7eQHjLBVlWpnGeLa3t+3zGiuM7fJwCkiMFq+nmRuG3RI3f7f4N4TDX7T4NpbAXpR2+NTRSEGfCSeA==",
        "files": {
            "dist/leaflet.markercluster.js": "leaflet.markercluster.js",
            "dist/MarkerCluster.css": "MarkerCluster.css",
            "dist/MarkerCluster.Default.css": "MarkerCluster.Default.css",
            "MIT-LICENCE.txt": "MIT-LICENCE.txt",
        },
    },
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (default: the package's static/vendor)")
    args = parser.parse_args(argv)
    if shutil.which("npm") is None:
        print("build_leaflet: npm not found; install Node.js and npm", file=sys.stderr)
        return 2
    record: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        specs = [f"{name}@{spec['version']}" for name, spec in PACKAGES.items()]
        packed = json.loads(subprocess.run(["npm", "pack", "--json", *specs], cwd=tmp, check=True,
                                           capture_output=True, text=True).stdout)
        for info in packed:
            spec = PACKAGES[info["name"]]
            if info["integrity"] != spec["integrity"]:
                print(f"build_leaflet: {info['name']}@{info['version']}: integrity {info['integrity']} is not the "
                      f"pinned {spec['integrity']}; check the release before changing the pin", file=sys.stderr)
                return 1
            target = args.out / info["name"]
            if target.exists():
                shutil.rmtree(target)
            files = {}
            with tarfile.open(Path(tmp) / info["filename"]) as tar:
                for member, dest in spec["files"].items():
                    data = tar.extractfile(f"package/{member}")
                    if data is None:
                        raise FileNotFoundError(f"{info['filename']}: package/{member}")
                    path = target / dest
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(data.read())
                    files[dest] = _sha256(path)
            record[info["name"]] = {"version": info["version"], "licence": spec["licence"],
                                    "integrity": info["integrity"], "shasum": info["shasum"], "sha256": files}
    (args.out / "VENDOR.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    names = ", ".join(f"{name}@{entry['version']}" for name, entry in record.items())
    print(f"build_leaflet: wrote {names} to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
