"""Language-processing fixtures: the pipelines load once per test session."""

from __future__ import annotations

import pytest

from coding.nlp import pipelines
from coding.nlp.pipelines import LanguagePipeline


@pytest.fixture(scope="session")
def finnish() -> LanguagePipeline:
    pipeline = pipelines.get_pipeline("fi")
    assert not pipeline.degraded, pipeline.message
    return pipeline


@pytest.fixture(scope="session")
def english() -> LanguagePipeline:
    return pipelines.get_pipeline("en")
