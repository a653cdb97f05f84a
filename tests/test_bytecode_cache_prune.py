"""The suite's bytecode cache forgets folders that are gone (a season of CI clones filled the disk)."""

from __future__ import annotations

import conftest


def test_mirrors_of_removed_folders_are_deleted_and_live_ones_kept(tmp_path):
    cache = tmp_path / "cache"
    live = tmp_path / "checkout" / "src" / "pkg"
    live.mkdir(parents=True)
    gone = tmp_path / "old-clone" / ".venv" / "lib"
    for source in (live, gone):
        mirror = cache / source.relative_to("/")
        mirror.mkdir(parents=True)
        (mirror / "mod.cpython-311.pyc").write_bytes(b"\0" * 64)
    # a removed subfolder of a live checkout goes as well; the live folder's own cache stays
    (cache / (tmp_path / "checkout" / "build").relative_to("/")).mkdir(parents=True)

    removed = conftest._prune_removed_folders(cache)

    assert removed == 2
    assert (cache / live.relative_to("/") / "mod.cpython-311.pyc").is_file()
    assert not (cache / (tmp_path / "old-clone").relative_to("/")).exists()
    assert not (cache / (tmp_path / "checkout" / "build").relative_to("/")).exists()


def test_a_missing_cache_folder_prunes_nothing(tmp_path):
    assert conftest._prune_removed_folders(tmp_path / "absent") == 0
