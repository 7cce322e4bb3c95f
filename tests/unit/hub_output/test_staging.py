"""hub_output.staging: the lock, the staging folders and the swap that replaces output/."""

import fcntl
import os
import stat
import time

import pytest

from hub_output import staging


def site(folder, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(text, encoding="utf-8")
    (folder / "sub").mkdir(exist_ok=True)
    (folder / "sub" / "page.html").write_text(text + " page", encoding="utf-8")


def test_a_second_lock_on_the_same_output_is_refused_with_the_holders_pid(tmp_path):
    output = tmp_path / "output"
    first = staging.take_lock(output)
    try:
        with pytest.raises(staging.BuildBusy) as busy:
            staging.take_lock(output)
        assert busy.value.pid == str(os.getpid())
    finally:
        staging.release_lock(first)
    staging.release_lock(staging.take_lock(output))  # free again once released


def test_locks_of_two_output_folders_are_independent(tmp_path):
    one, two = staging.take_lock(tmp_path / "a"), staging.take_lock(tmp_path / "b")
    staging.release_lock(one)
    staging.release_lock(two)


@pytest.mark.parametrize("exchange_works", [True, False], ids=["renameat2", "two-renames"])
def test_replace_output_puts_the_new_site_in_place_and_the_old_one_at_the_staging_name(tmp_path, monkeypatch, exchange_works):
    if not exchange_works:
        monkeypatch.setattr(staging, "exchange", lambda first, second: False)
    output, folder = tmp_path / "output", staging.staging_path(tmp_path / "output", 42)
    site(output, "old")
    site(folder, "new")
    staging.replace_output(folder, output)
    assert (output / "index.html").read_text(encoding="utf-8") == "new"
    assert (folder / "index.html").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".output.staging-42", "output"]


def test_the_first_build_renames_its_folder_to_output(tmp_path):
    output, folder = tmp_path / "output", staging.staging_path(tmp_path / "output", 7)
    site(folder, "new")
    staging.replace_output(folder, output)
    assert (output / "sub" / "page.html").is_file() and not folder.exists()


def test_exchange_swaps_two_folders(tmp_path):
    site(tmp_path / "a", "a")
    site(tmp_path / "b", "b")
    if not staging.exchange(tmp_path / "a", tmp_path / "b"):
        pytest.skip("no renameat2(RENAME_EXCHANGE) here")
    assert (tmp_path / "a" / "index.html").read_text(encoding="utf-8") == "b"


def test_stale_staging_lists_only_this_outputs_leftovers(tmp_path):
    names = (".output.staging-1", ".output.staging-22-old", ".other.staging-3", "output", ".output.preview",
             ".output.pagefind-999999999", f".output.pagefind-{os.getpid()}", ".output.trash-5-99",
             ".output.trash-7-1", ".other.trash-6-1")
    for name in names:
        (tmp_path / name).mkdir()
    remover = os.open(tmp_path / ".output.trash-7-1", os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(remover, fcntl.LOCK_EX)  # being removed (flock: each open() its own lock, as another process's)
        found = staging.stale_staging(tmp_path / "output")
    finally:
        os.close(remover)
    assert [p.name for p in found] == [  # not the index under way; trash 5: its remover died
        ".output.pagefind-999999999", ".output.staging-1", ".output.staging-22-old", ".output.trash-5-99"]


def test_remove_later_sets_the_folder_aside_at_once_and_removes_it(tmp_path):
    site(tmp_path / ".output.staging-7", "old")
    staging.remove_later(tmp_path / ".output.staging-7", tmp_path / "output")
    assert not (tmp_path / ".output.staging-7").exists()
    deadline = time.monotonic() + 60
    while list(tmp_path.glob(".output.trash-*")) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert list(tmp_path.iterdir()) == []


def test_link_tree_links_every_file(tmp_path):
    site(tmp_path / "a", "x")
    staging.link_tree(tmp_path / "a", tmp_path / "b")
    staging.link_tree(tmp_path / "missing", tmp_path / "c")
    assert sorted(str(p.relative_to(tmp_path / "b")) for p in (tmp_path / "b").rglob("*") if p.is_file()) == \
        sorted(str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file())
    assert all(p.stat().st_nlink == 2 for p in (tmp_path / "b").rglob("*") if p.is_file())
    assert not (tmp_path / "c").exists()


def test_remove_tree_removes_read_only_folders(tmp_path):
    folder = tmp_path / "old"
    site(folder, "x")
    os.chmod(folder / "sub", stat.S_IRUSR | stat.S_IXUSR)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    staging.remove_tree(folder)
    assert not folder.exists()
    staging.remove_tree(folder)  # absent: nothing to do


def test_a_build_killed_between_the_two_renames_gets_the_old_site_back(tmp_path):
    output = tmp_path / "output"
    site(tmp_path / ".output.staging-5-old", "old")  # output/ was renamed away, the new one not yet in
    site(tmp_path / ".output.staging-5", "half")
    staging.recover(output)
    assert (output / "index.html").read_text(encoding="utf-8") == "old"
    assert [p.name for p in staging.stale_staging(output)] == [".output.staging-5"]


def test_recover_leaves_an_existing_output_alone(tmp_path):
    site(tmp_path / "output", "current")
    site(tmp_path / ".output.staging-5-old", "old")
    staging.recover(tmp_path / "output")
    assert (tmp_path / "output" / "index.html").read_text(encoding="utf-8") == "current"


def test_the_remover_does_not_hold_the_builds_lock(tmp_path, monkeypatch):
    output = tmp_path / "output"
    site(tmp_path / ".output.staging-8", "old")
    slow = staging.remove_tree

    def slow_remove(path):  # the remover is still at work when the next build takes the lock
        time.sleep(3)
        slow(path)

    monkeypatch.setattr(staging, "remove_tree", slow_remove)
    lock = staging.take_lock(output)
    staging.remove_later(tmp_path / ".output.staging-8", output)
    staging.release_lock(lock)
    staging.release_lock(staging.take_lock(output))  # not BuildBusy
