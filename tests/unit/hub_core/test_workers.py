"""hub_core.workers: shares in order, the worker count of HUB_OUTPUT, values sent back from a forked
worker with the shared objects restored as the parent's own, a worker without a value reported."""

import os

import pytest

from hub_core import workers


@pytest.mark.parametrize(("items", "count", "expected"), [
    ([1, 2, 3, 4, 5, 6], 2, [[1, 2, 3], [4, 5, 6]]),
    ([1, 2, 3, 4, 5], 2, [[1, 2, 3], [4, 5]]),
    ([1, 2, 3, 4, 5], 3, [[1, 2], [3, 4], [5]]),
    ([1, 2], 3, [[1], [2], []]),
    ([], 2, [[], []]),
    ([1, 2, 3], 1, [[1, 2, 3]]),
])
def test_shares_are_consecutive_and_nearly_equal(items, count, expected):
    assert workers.shares(items, count) == expected


@pytest.mark.parametrize(("settings", "expected"), [
    ({}, len(os.sched_getaffinity(0))),
    ({"HUB_OUTPUT": {"workers": 0}}, len(os.sched_getaffinity(0))),
    ({"HUB_OUTPUT": {"workers": 1}}, 1),
    ({"HUB_OUTPUT": {"workers": 3}}, 3),
    ({"HUB_OUTPUT": {"workers": -1}}, 1),
    ({"HUB_OUTPUT": {"workers": True}}, 1),
    ({"HUB_OUTPUT": {"workers": "2"}}, 1),
])
def test_worker_count(settings, expected):
    assert workers.worker_count(settings) == expected


def test_a_worker_sends_back_its_value_with_the_shared_objects_restored():
    settings = {"SITEURL": "https://exemple.qc.ca"}
    shared = {"settings": settings}
    worker = workers.start(lambda: {"pid": os.getpid(), "held": [settings, settings], "big": "x" * 300_000}, shared)
    value = workers.finish(worker, shared)
    assert value["pid"] != os.getpid()
    assert value["held"][0] is settings and value["held"][1] is settings
    assert len(value["big"]) == 300_000  # more than a pipe holds: read while the worker writes


@pytest.mark.parametrize("work", [
    lambda: 1 / 0,  # raised
    lambda: (lambda: None),  # does not pickle
    lambda: os.kill(os.getpid(), 9),  # killed
], ids=["raises", "unpicklable", "killed"])
def test_a_worker_without_a_value_is_reported(work):
    worker = workers.start(work, {})
    with pytest.raises(workers.WorkerFailed):
        workers.finish(worker, {})


def test_stopped_workers_are_reaped():
    worker = workers.start(lambda: __import__("time").sleep(60), {})
    workers.stop([worker])
    with pytest.raises(ChildProcessError):
        os.waitpid(worker.pid, os.WNOHANG)
