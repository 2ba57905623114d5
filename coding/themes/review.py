"""The review queue's steps that need computing before they are stored.

Storing a run or another cut of it, merging (new keywords for the union) and
splitting (re-cluster one theme into two, from the lemmas stored with its units,
so no language pipeline is needed) compute here and write through
``project.themes``; each function is one domain action, undoable when the
window wraps it in ``session.apply``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from coding.retrieval import RetrievalFilter
from coding.themes.cluster import build_tree
from coding.themes.engine import ThemeModel
from coding.themes.label import KEYWORDS, QUOTES, c_tf_idf, representatives
from coding.themes.represent import Settings, lsa
from workbench.domain.themes import CandidateTheme, NewTheme, NewUnit, ThemeRun
from workbench.errors import ValidationError
from workbench.i18n import _

if TYPE_CHECKING:
    from workbench.project import Project


def filters_record(flt: RetrievalFilter | None) -> dict[str, Any]:
    """The unit filter as JSON-ready data, to store with a run."""
    if flt is None:
        return {}
    record = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in asdict(flt).items()}
    record["case_attributes"] = {k: sorted(v) for k, v in flt.case_attributes.items()}
    return {k: v for k, v in record.items() if v not in ((), [], {}, "")}


def label_of(keywords: Sequence[str]) -> str:
    return ", ".join(keywords[:3]) or _("(no keywords)")


def new_themes(model: ThemeModel, k: int) -> list[NewTheme]:
    return [
        NewTheme(label_of(t.keywords), t.keywords, t.members, t.quotes) for t in model.themes(k)
    ]


def store_model(
    project: Project,
    model: ThemeModel,
    k: int,
    unit_kind: str,
    flt: RetrievalFilter | None = None,
) -> ThemeRun:
    """Save a clustering cut at ``k`` as a new run (on the project's thread)."""
    units = [
        NewUnit(u.document_id, u.start, u.end, u.segment_id, " ".join(terms), " ".join(keys))
        for u, terms, keys in zip(model.units, model.terms, model.keyterms, strict=True)
    ]
    return project.themes.create_run(
        unit_kind, filters_record(flt), model.parameters(k), units, new_themes(model, k)
    )


def recut(project: Project, run_id: int, model: ThemeModel, k: int) -> None:
    """Replace the run's themes by the cut at ``k`` of the same clustering."""
    project.themes.recut(run_id, new_themes(model, k), {"k": k})


def _classes(project: Project, run_id: int, skip: set[int]) -> list[list[str]]:
    """The keyword lemmas of each theme of the run except ``skip`` (for c-TF-IDF)."""
    out = []
    for theme in project.themes.candidates(run_id):
        if theme.id not in skip:
            out.append([w for u in project.themes.units(theme.id) for w in u.keyterms.split()])
    return out


def merge(project: Project, theme_ids: Sequence[int], label: str | None = None) -> CandidateTheme:
    """Merge themes into the first, with keywords recomputed for the union."""
    themes = project.themes
    ids = list(dict.fromkeys(theme_ids))
    if len(ids) < 2:
        raise ValidationError(_("Choose at least two themes to merge."))
    run_id = themes.get(ids[0]).run_id
    union = [w for t in ids for u in themes.units(t) for w in u.keyterms.split()]
    keywords = c_tf_idf([union, *_classes(project, run_id, set(ids))], KEYWORDS)[0]
    return themes.merge(ids, label=label, keywords=keywords)


def split(project: Project, theme_id: int) -> list[CandidateTheme]:
    """Re-cluster one theme into two (Ward on the LSA of its units' lemmas)."""
    themes = project.themes
    theme = themes.get(theme_id)
    units = themes.units(theme_id)
    if len(units) < 2:
        raise ValidationError(_("A theme with fewer than two units cannot be split."))
    units.sort(key=lambda u: u.id)
    matrix = lsa([u.lemmas.split() for u in units], Settings())
    labels = build_tree(matrix, "ward").cut(2)
    if labels.max() < 1:  # identical units: halve them in order
        labels[len(units) // 2 :] = 1
    halves = [[i for i in range(len(units)) if labels[i] == h] for h in (0, 1)]
    terms = [[w for i in half for w in units[i].keyterms.split()] for half in halves]
    keywords = c_tf_idf([*terms, *_classes(project, theme.run_id, {theme_id})], KEYWORDS)
    parts = [
        NewTheme(
            label_of(keywords[h]),
            tuple(keywords[h]),
            tuple(units[i].id for i in halves[h]),
            tuple(units[i].id for i in representatives(matrix, labels, h, QUOTES)),
        )
        for h in (0, 1)
    ]
    return themes.split(theme_id, parts)
