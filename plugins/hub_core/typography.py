"""Typography of plain text (titles, subtitles, summaries, the theme's own strings).

Bodies get theirs from Markdown (`hub_frontmatter.typography`, smarty's rules); `typeset` gives
plain text the same look, by the rules of the text's language:

- French (Quebec, as the Office québécois de la langue française recommends): the apostrophe
  `’`; « guillemets » with a non-breaking space inside; a non-breaking space before the colon;
  no space before `;`, `!` and `?` (the Quebec usage, unlike France's thin spaces).
- English: `’` for apostrophes, “double” and ‘single’ curly quotes; spacing left as written.
- Both: `...` becomes `…`.

Addresses (`https://…`, `www.…`, e-mail), `code` between backticks and the `%(name)s` fields of a
translation are left as they are. `typeset` is idempotent: typeset text comes back unchanged.
"""

import re

NBSP = "\u00a0"
# What is never touched: addresses, e-mail, `code`, and %(name)s / %s / %d fields of a message.
PROTECTED = re.compile(
    r"`[^`]*`"
    r"|\b[a-zA-Z][a-zA-Z0-9+.-]*://\S+"
    r"|\bwww\.\S+"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|%(?:\([a-z_]+\))?[sd]"
)
# A kept piece stands in the text as one private-use character while the rules run.
KEEP_BASE = 0xF0000
KEPT = re.compile("[\U000F0000-\U000FFFFF]")
SPACES = "[ \u00a0\u202f\t]"
ELLIPSIS = re.compile(r"(?<!\.)\.\.\.(?!\.)")
# A double quote that opens: at the start, or after a space or an opening bracket or dash.
OPENING_DOUBLE = re.compile(r'(^|[\s(\[{—–-])"')
FRENCH_OPENING = re.compile(r"«" + SPACES + "*")
FRENCH_CLOSING = re.compile(SPACES + "*»")
FRENCH_COLON = re.compile(r"(?<=\S)" + SPACES + r"*:(?=\s|$)")
FRENCH_TIGHT = re.compile(r"(?<=[^\s«])" + SPACES + "+([;!?])")
ENGLISH_APOSTROPHE = re.compile(r"(?<=\w)'|'(?=\d\ds\b)")  # don't, editors', '90s
OPENING_SINGLE = re.compile(r"(^|[\s(\[{—–-])'")


def typeset(text: str, lang: str = "fr") -> str:
    """`text` with the typography of `lang` ("fr", "fr-CA", "en"…); not HTML, plain text."""
    if not text:
        return text
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return chr(KEEP_BASE + len(kept) - 1)

    text = PROTECTED.sub(keep, text)
    text = _english(text) if str(lang).lower().startswith("en") else _french(text)
    return KEPT.sub(lambda match: kept[ord(match.group(0)) - KEEP_BASE], text) if kept else text


def _french(text: str) -> str:
    if not text:
        return text
    text = ELLIPSIS.sub("…", text)
    text = text.replace("'", "’")
    if '"' in text:
        text = OPENING_DOUBLE.sub(lambda match: match.group(1) + "«", text)
        text = text.replace('"', "»")
    text = FRENCH_OPENING.sub("«" + NBSP, text)
    text = FRENCH_CLOSING.sub(NBSP + "»", text)
    text = FRENCH_COLON.sub(NBSP + ":", text)
    return FRENCH_TIGHT.sub(r"\1", text)


def _english(text: str) -> str:
    if not text:
        return text
    text = ELLIPSIS.sub("…", text)
    if '"' in text:
        text = OPENING_DOUBLE.sub(lambda match: match.group(1) + "“", text)
        text = text.replace('"', "”")
    if "'" in text:
        text = ENGLISH_APOSTROPHE.sub("’", text)
        text = OPENING_SINGLE.sub(lambda match: match.group(1) + "‘", text)
        text = text.replace("'", "’")
    return text
