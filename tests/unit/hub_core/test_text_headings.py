"""has_heading: the editor's heading is found whatever its accents, case and leading article."""

import pytest

from hub_core.text import has_heading

BODY = "<p>Intro</p>\n<h2 id=\"litineraire\">L’itinéraire</h2>\n<p>Bruxelles, puis Lyon.</p>"


@pytest.mark.parametrize(("html", "text", "found"), [
    (BODY, "Itinéraire", True),
    (BODY, "itineraire", True),
    ("<h3>The itinerary</h3>", "Itinerary", True),
    ("<h2>L'itinéraire du voyage</h2>", "Itinéraire", False),
    ("<p>L’itinéraire</p>", "Itinéraire", False),  # a paragraph is not a heading
    ("", "Itinéraire", False),
    (BODY, "Programme", False),
])
def test_has_heading(html, text, found):
    assert has_heading(html, text) is found
