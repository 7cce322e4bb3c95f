"""The weekly digest's email files (hub_digest) in Chromium at 600 px, the width email apps give
a message: nothing sticks out to the right, so no reader has to scroll sideways."""

import pytest

EMAIL_WIDTH = 600
# Every element's right edge, and the document's scroll width, against the window's.
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const over = [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > width + 0.5)
    .map(e => e.tagName.toLowerCase() + ': ' + (e.textContent || '').trim().slice(0, 60));
  return {width, scroll: document.documentElement.scrollWidth, over};
}"""


def email_files(output):
    return sorted(
        "/" + p.relative_to(output).as_posix()
        for pattern in ("infolettre/*/courriel.html", "en/newsletter/*/email.html")
        for p in output.glob(pattern)
    )


def test_the_demo_site_has_digest_emails_in_both_languages(server):
    files = email_files(server.output)
    assert any(f.startswith("/infolettre/") for f in files) and any(f.startswith("/en/newsletter/") for f in files)


@pytest.mark.parametrize("width", [EMAIL_WIDTH, 360])
def test_no_email_overflows_horizontally(width, server, open_page):
    page = open_page("/infolettre/", width=width, javascript=True)
    problems = []
    for address in email_files(server.output):
        response = page.goto(server.url + address)
        assert response is not None and response.status == 200, address
        found = page.evaluate(OVERFLOW)
        if found["scroll"] > found["width"] or found["over"]:
            problems.append(f"{address}: scroll width {found['scroll']} > {found['width']}: {found['over'][:3]}")
    assert problems == [], "\n".join(problems)
