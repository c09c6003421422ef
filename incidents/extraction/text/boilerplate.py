"""What is not the article: rules that recognise boilerplate lines and junk sentences.

Each rule looks at one line (a paragraph in most news text) and is written for the
kinds of page furniture news sites share, not for one site: footers, appeals,
cookie and ad-blocker notices, link lists, bylines and bios, photo credits, teasers
of other articles, and text a language model left behind.
"""

from __future__ import annotations

import re

# Appeals, notices and footers: recognised anywhere in a line, whatever its length,
# because each phrase is one no news sentence about an attack would use.
_FURNITURE = re.compile(
    r"^\s*(?:copyright\b|©|\(c\)\s)|all rights reserved|"
    r"cookie (?:policy|policies|settings|consent|preferences)|privacy (?:and cookie )?polic|"
    r"\bwe use cookies\b|\bad[- ]?blockers?\b|become a (?:patron|member|subscriber|supporter)|"
    r"join our community|support (?:our|independent|quality) (?:journalism|reporting|work)|"
    r"\bmake a donation\b|\bdonate (?:now|today|to us)\b|subscribe (?:to|for|now|today)\b|"
    r"sign up (?:for|to) (?:our|the)\b|to suggest a correction|press ctrl\s*\+\s*enter|"
    r"suggestions or corrections|when referencing our materials|written permission|"
    r"(?:work|reporting) of .{1,60} is supported by|special discount|"
    r"get quality journalism|stay informed with|know what moves the world|"
    r"(?:via|/)\s*getty images|\b(?:photo|image|picture|credit|video)s?\s*:\s|"
    r"\(\s*(?:photo|image|credit)\b|image caption|image source",
    re.IGNORECASE,
)

# Short lines that are only navigation or widget labels.
_LABEL = re.compile(
    r"^\s*(?:read (?:also|more)|see also|related(?: (?:posts?|articles?|stories|news|content))?|"
    r"more (?:from|on|stories|news)\b.*|you (?:may|might) also like|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|latest(?: news)?|news feed|top stories|trending|"
    r"show more|load more|see more|advertisement|sponsored|article image|avatar|"
    r"share(?: this(?: article| story)?)?|follow us.*|comments?|listen(?: to this article)?|"
    r"\d+\s*min(?:ute)?s?\s+read|\(\s*updated:[^)]*\)|updated:?|newsletter)\s*:?\s*$",
    re.IGNORECASE,
)

# Site navigation, search boxes and share buttons: a line made only of such labels
# ("Jump to content", "Type to search", "Share on Facebook | X | Email").
_NAVIGATION_LABEL = (
    r"(?:(?:jump|skip|go) to (?:the )?(?:main )?(?:content|navigation|search|article)"
    r"|type (?:here )?to search|search(?: for)?|main menu|menu|toggle (?:navigation|menu)"
    r"|open (?:navigation|menu)|close(?: menu)?|navigation|home(?:page)?|log ?in|sign in"
    r"|my account|share(?: (?:on|via|to|this))?|facebook|twitter|x|whatsapp|telegram|linkedin"
    r"|reddit|pinterest|e-?mail|print|copy (?:link|url)|link copied|open in app|listen|watch)"
)
_NAVIGATION = re.compile(
    rf"^\s*{_NAVIGATION_LABEL}(?:\s*[|•·,/:>»-]?\s*{_NAVIGATION_LABEL})*\s*[|•·:>»]?\s*$",
    re.IGNORECASE,
)

# Labels after which the article is over: what follows is other stories or furniture.
_END_OF_ARTICLE = re.compile(
    r"^\s*(?:read (?:also|more)|related(?: (?:posts?|articles?|stories|news|content))?|"
    r"more (?:from|on|stories|news)\b.*|you (?:may|might) also like|recommended(?: for you)?|"
    r"most (?:read|popular|viewed)|latest news|news feed|top stories)\s*:?\s*$",
    re.IGNORECASE,
)

_INLINE_LINK_LIST = re.compile(
    r"^\s*(?:read (?:also|more)|see also|related)\s*:\s*\S.{0,200}$", re.I
)
_NEWSLETTER = re.compile(r"\bnewsletter\b", re.IGNORECASE)
_JOB_TITLE = re.compile(
    r"^\s*(?:[A-Z][a-z]+\s+){0,3}(?:editor|reporter|correspondent|writer|journalist|columnist|"
    r"contributor|producer)s?\s*$",
    re.IGNORECASE,
)
_PERSON_NAME_LINE = re.compile(r"^\s*(?:By\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*$")
_AUTHOR_BIO = re.compile(
    r"^\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)?\s*"
    r"(?:[\w-]+\s+){0,4}(?:editor|reporter|correspondent|journalist|writer|columnist|"
    r"contributor|producer)\b"
)
# A teaser of another article: its text is cut off mid-word with an ellipsis.
_TRUNCATED = re.compile(r"[A-Za-z]\s?(?:…|\.\.\.)\s*$")
_AI_JUNK = re.compile(
    r"(?:I'?m |I am )?sorry,? (?:but )?I(?:'m| am) (?:an AI|not able|unable)|"
    r"\bas an AI(?: language model)?\b|\bI am an AI\b|"
    r"\bI (?:cannot|can't|am unable to|am not able to) "
    r"(?:provide|fulfil|fulfill|assist|comply|generate)|"
    r"\b(?:AI|large) language model\b|\bknowledge cut-?off\b|\bregenerate response\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?…][\"”’)]*\s+")
_TERMINAL = re.compile(r"[.!?:;\"”’)…]\s*$")


def furniture_reason(line: str) -> str | None:
    """Why a line is page furniture rather than article text, or None if it is text."""
    if _LABEL.match(line) or _NAVIGATION.match(line):
        return "label"
    if _FURNITURE.search(line):
        return "boilerplate"
    if _INLINE_LINK_LIST.match(line) and not _TERMINAL.search(line):
        return "link list"
    if _NEWSLETTER.search(line) and len(line) < 160:
        return "newsletter"
    if _JOB_TITLE.match(line) or _AUTHOR_BIO.match(line):
        return "author bio"
    return None


def ends_article(line: str) -> bool:
    return bool(_END_OF_ARTICLE.match(line))


def is_teaser(line: str) -> bool:
    return bool(_TRUNCATED.search(line))


def is_headline_like(line: str) -> bool:
    """A short line without closing punctuation: a headline, a name, a label."""
    return len(line) < 250 and not _TERMINAL.search(line)


def is_person_name_line(line: str) -> bool:
    return bool(_PERSON_NAME_LINE.match(line)) and len(line) < 60


def junk_sentence_start(line: str) -> int | None:
    """Where machine-generated junk begins in a line (the start of its sentence), if any.

    Everything from there to the end of the line goes: such text is an appended
    apology or disclaimer, never followed by more of the article in the same paragraph.
    """
    match = _AI_JUNK.search(line)
    if match is None:
        return None
    start = 0
    for boundary in _SENTENCE_END.finditer(line, 0, match.start()):
        start = boundary.end()
    return start
