"""Language intelligence without Qt: pipelines, the processing cache, lemma search."""
