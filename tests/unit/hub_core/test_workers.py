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


def take_all(tickets, end, slow=0.0):
    """The numbers below `end` these tickets hand out in this process, in order."""
    taken = []
    while (number := tickets.take()) < end:
        taken.append(number)
        __import__("time").sleep(slow)
    return taken


@pytest.mark.parametrize("count", [2, 3])
def test_shared_tickets_hand_out_each_number_once_among_processes(count):
    tickets = workers.tickets()
    assert tickets.counter is not None  # this machine has shared memory: the shared counter is tested
    started = [workers.start(lambda: take_all(tickets.share(share, count), 200), {}) for share in range(1, count)]
    own = take_all(tickets.share(0, count), 200)
    taken = [own] + [workers.finish(worker, {}) for worker in started]
    assert sorted(n for numbers in taken for n in numbers) == list(range(200))
    assert all(numbers == sorted(numbers) for numbers in taken)


def test_a_slow_process_takes_fewer_tickets():
    tickets = workers.tickets()
    slow = workers.start(lambda: take_all(tickets, 40, slow=0.05), {})
    own = take_all(tickets, 40)
    assert len(workers.finish(slow, {})) < len(own)  # fixed shares would have given 20 each


@pytest.mark.parametrize(("share", "count", "expected"), [
    (0, 1, [0, 1, 2, 3, 4, 5, 6]),
    (0, 2, [0, 2, 4, 6]),
    (1, 2, [1, 3, 5]),
    (2, 3, [2, 5]),
    (4, 5, [4]),
    (0, 10, [0]),
])
def test_fixed_tickets_are_one_share_of_the_numbers(share, count, expected):
    assert take_all(workers.Tickets(None).share(share, count), 7) == expected
