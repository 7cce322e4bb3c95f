"""The report of `hub import`, per source, in French and English."""

import pytest

from hub_import.fetch import FetchError
from hub_import.report import lines
from hub_import.run import Outcome


@pytest.mark.parametrize(("outcome", "french", "english"), [
    (Outcome("bas-saint-laurent-2-0", new=3, updated=2, cancelled=1),
     ["bas-saint-laurent-2-0 : 3 nouveaux, 2 mis à jour, 1 annulé, 0 erreur"],
     ["bas-saint-laurent-2-0: 3 new, 2 updated, 1 cancelled, 0 errors"]),
    (Outcome("yulbiz", new=1, cancelled=2, missing=1, errors=[("uid-9", "no_start")]),
     ["yulbiz : 1 nouveau, 0 mis à jour, 2 annulés, 1 erreur, 1 disparu de la source", "  uid-9 : événement sans date de début (DTSTART)"],
     ["yulbiz: 1 new, 0 updated, 2 cancelled, 1 error, 1 gone from the source", "  uid-9: event without a start (DTSTART)"]),
    (Outcome("swaff", failure=FetchError("timeout", seconds=20.0)),
     ["swaff : échec, rien n'a été écrit : délai dépassé (20 s)"], ["swaff: failed, nothing was written: timed out (20 s)"]),
    (Outcome("swaff", failure=FetchError("http_status", status=404)),
     ["swaff : échec, rien n'a été écrit : le serveur a répondu 404"], ["swaff: failed, nothing was written: the server answered 404"]),
    (Outcome("focus-20", failure=FetchError("not_a_calendar", detail="x")),
     ["focus-20 : échec, rien n'a été écrit : ce n'est pas un calendrier iCalendar (x)"],
     ["focus-20: failed, nothing was written: not an iCalendar calendar (x)"]),
    (Outcome("focus-20", failure=FetchError("too_big", limit=5000000)),
     ["focus-20 : échec, rien n'a été écrit : calendrier trop gros (plus de 5000000 octets)"],
     ["focus-20: failed, nothing was written: calendar too big (over 5000000 bytes)"]),
])
def test_report_lines(outcome, french, english):
    assert lines(outcome, "fr") == french
    assert lines(outcome, "en") == english
