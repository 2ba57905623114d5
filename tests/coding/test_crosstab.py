"""Every matrix kind against hand-computed cells (see conftest.py for the study).

Rows are P, K, H, S (Palvelu, Palvelu / Kassajono, Hinta, Sovellus). Expected
values were worked out on paper from the table in conftest.py, not with the code
under test; the comments say which segments make each number.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coding.crosstab import Crosstab, crosstab
from coding.retrieval import RetrievalFilter
from exports.crosstab_export import export_crosstab
from exports.heatmap import export_heatmap
from exports.matrices import build_matrices
from tests.coding.conftest import Study
from workbench.errors import ValidationError

ROWS = ["Palvelu", "Palvelu / Kassajono", "Hinta", "Sovellus"]


def cells(table: Crosstab) -> dict[str, list[int]]:
    return dict(zip(table.row_labels, table.counts, strict=True))


def totals(table: Crosstab) -> tuple[list[int], list[int], int]:
    return table.row_totals, table.column_totals, table.total


# -- code × document ------------------------------------------------------------------


def test_code_by_document_segments(study: Study) -> None:
    t = crosstab(study.project, columns="documents", count="segments")
    assert list(t.row_labels) == ROWS
    assert list(t.column_keys) == [study.docs[d] for d in ("D1", "D2", "D3", "D4")]
    assert cells(t) == {
        "Palvelu": [1, 1, 1, 0],  # s1 | s6 | s7
        "Palvelu / Kassajono": [2, 0, 1, 0],  # s1 s3 | - | s8
        "Hinta": [1, 1, 2, 0],  # s2 | s5 | s8 s9
        "Sovellus": [1, 1, 0, 1],  # s4 | s5 | - | s10
    }
    # Column totals are distinct segments: s5 (H, S) and s8 (K, H) count once.
    assert totals(t) == ([3, 3, 4, 3], [4, 2, 3, 1], 10)
    s = study.ids
    assert t.ids(study.codes["H"], study.docs["D3"]) == s("s8", "s9")
    assert t.ids(study.codes["K"], study.docs["D1"]) == s("s1", "s3")
    assert t.ids(study.codes["P"], study.docs["D4"]) == ()
    assert t.row_segment_ids(2) == tuple(sorted(s("s2", "s5", "s8", "s9")))
    assert t.column_segment_ids(1) == tuple(sorted(s("s5", "s6")))


def test_code_by_document_documents(study: Study) -> None:
    t = crosstab(study.project, columns="documents", count="documents")
    assert cells(t) == {
        "Palvelu": [1, 1, 1, 0],
        "Palvelu / Kassajono": [1, 0, 1, 0],
        "Hinta": [1, 1, 1, 0],
        "Sovellus": [1, 1, 0, 1],
    }
    assert totals(t) == ([3, 2, 3, 3], [1, 1, 1, 1], 4)
    assert t.ids(study.codes["K"], study.docs["D1"]) == study.ids("s1", "s3")


def test_code_by_document_participants(study: Study) -> None:
    t = crosstab(study.project, columns="documents", count="participants")
    assert cells(t) == {
        "Palvelu": [1, 1, 2, 0],  # Anna (s1) | Cecilia | Anna+Cecilia (s7)
        "Palvelu / Kassajono": [2, 0, 2, 0],  # Anna (s1) + Bertta (s3, her turn) | | A+C
        "Hinta": [1, 1, 2, 0],
        "Sovellus": [1, 1, 0, 0],  # Bertta (s4) | Cecilia | | s10 has no case
    }
    # K: Anna, Bertta, Cecilia; a case in two documents counts once in its row.
    assert totals(t) == ([2, 3, 2, 2], [2, 1, 2, 0], 3)
    assert t.ids(study.codes["S"], study.docs["D4"]) == ()  # no participant, no segment


def test_subcodes_roll_up_into_the_parent_once(study: Study) -> None:
    t = crosstab(study.project, columns="documents", include_subcodes=True)
    # Palvelu now also holds Kassajono's s3 and s8; s1 (both) still counts once.
    assert cells(t)["Palvelu"] == [2, 1, 2, 0]
    assert t.row_totals[0] == 5
    assert t.ids(study.codes["P"], study.docs["D3"]) == study.ids("s7", "s8")
    assert cells(t)["Palvelu / Kassajono"] == [2, 0, 1, 0]
    assert t.column_totals == [4, 2, 3, 1]


# -- code × case and code × attribute value --------------------------------------------


def test_code_by_case_all_modes(study: Study) -> None:
    p = study.project
    # Anna: s1 s2 (her turns), s7 s8 s9 (D3); Bertta: s3 s4; Cecilia: s5 s6, s7 s8 s9.
    t = crosstab(p, columns="cases", count="segments")
    assert list(t.column_labels) == ["Anna", "Bertta", "Cecilia"]
    assert cells(t) == {
        "Palvelu": [2, 0, 2],
        "Palvelu / Kassajono": [2, 1, 1],
        "Hinta": [3, 0, 3],
        "Sovellus": [0, 1, 1],
    }
    # s7, s8, s9 are in two cases' cells but once in their row's total; s10 has no case.
    assert totals(t) == ([3, 3, 4, 2], [5, 2, 5], 9)
    assert t.ids(study.codes["H"], study.cases["Anna"]) == study.ids("s2", "s8", "s9")
    assert t.ids(study.codes["K"], study.cases["Bertta"]) == study.ids("s3")

    t = crosstab(p, columns="cases", count="documents")
    assert cells(t) == {
        "Palvelu": [2, 0, 2],  # D1 D3 | | D2 D3
        "Palvelu / Kassajono": [2, 1, 1],  # D1 D3 | D1 | D3
        "Hinta": [2, 0, 2],
        "Sovellus": [0, 1, 1],
    }
    assert totals(t) == ([3, 2, 3, 2], [2, 1, 2], 3)

    t = crosstab(p, columns="cases", count="participants")
    assert cells(t) == {
        "Palvelu": [1, 0, 1],
        "Palvelu / Kassajono": [1, 1, 1],
        "Hinta": [1, 0, 1],
        "Sovellus": [0, 1, 1],
    }
    assert totals(t) == ([2, 3, 2, 2], [1, 1, 1], 3)


def test_code_by_attribute_value(study: Study) -> None:
    p = study.project
    t = crosstab(p, columns="attribute", attribute="persona", count="segments")
    assert list(t.column_labels) == ["kiireinen", "säästäjä"]  # Anna+Bertta | Cecilia
    assert cells(t) == {
        "Palvelu": [2, 2],  # s1 s7 | s6 s7
        "Palvelu / Kassajono": [3, 1],  # s1 s3 s8 | s8
        "Hinta": [3, 3],  # s2 s8 s9 | s5 s8 s9
        "Sovellus": [1, 1],  # s4 | s5
    }
    assert totals(t) == ([3, 3, 4, 2], [7, 5], 9)
    assert t.ids(study.codes["K"], "kiireinen") == study.ids("s1", "s3", "s8")

    t = crosstab(p, columns="attribute", attribute="persona", count="participants")
    assert cells(t) == {
        "Palvelu": [1, 1],
        "Palvelu / Kassajono": [2, 1],  # Anna and Bertta | Cecilia
        "Hinta": [1, 1],
        "Sovellus": [1, 1],
    }
    assert totals(t) == ([2, 3, 2, 2], [2, 1], 3)

    t = crosstab(p, columns="attribute", attribute="persona", count="documents")
    assert cells(t) == {
        "Palvelu": [2, 2],
        "Palvelu / Kassajono": [2, 1],
        "Hinta": [2, 2],
        "Sovellus": [1, 1],
    }
    assert totals(t) == ([3, 2, 3, 2], [2, 2], 3)

    # Only Anna has a channel: Bertta and Cecilia fall under '(no value)'.
    t = crosstab(p, columns="attribute", attribute="kanava")
    assert list(t.column_keys) == ["verkko", None]
    assert list(t.column_labels) == ["verkko", "(ei arvoa)"]  # a Finnish project
    assert cells(t)["Palvelu"] == [2, 2]  # s1 s7 | s6 s7
    assert cells(t)["Sovellus"] == [0, 2]  # | s4 s5

    with pytest.raises(ValidationError):
        crosstab(p, columns="attribute", attribute="ikä")


# -- code × code co-occurrence ---------------------------------------------------------

# Units: s1 (P K), s5 (H S), s8 (K H) carry two codes; overlapping pairs s1+s2 (P K | H),
# s3+s4 (K | S), s7+s8 (P | K H). s7 and s9 only touch. The pair s7+s8 counts for
# P×K and P×H but not for K×H, which s8 carries alone.


def test_cooccurrence_segments(study: Study) -> None:
    t = crosstab(study.project, columns="codes", count="segments")
    assert list(t.column_labels) == ROWS
    assert cells(t) == {
        "Palvelu": [3, 2, 2, 0],  # diagonal: s1 s6 s7 | {s1}, {s7 s8} | {s1 s2}, {s7 s8}
        "Palvelu / Kassajono": [2, 3, 2, 1],  # | {s8}, {s1 s2} | {s3 s4}
        "Hinta": [2, 2, 4, 1],  # | | | {s5}
        "Sovellus": [0, 1, 1, 3],
    }
    # Totals leave the diagonal out: the distinct units each code co-occurs in.
    assert totals(t) == ([3, 5, 4, 2], [3, 5, 4, 2], 6)
    P, K, H, S = (study.codes[c] for c in "PKHS")
    assert t.ids(P, H) == study.ids("s1", "s2", "s7", "s8")
    assert t.ids(H, P) == t.ids(P, H)
    assert t.ids(K, H) == study.ids("s1", "s2", "s8")
    assert t.ids(K, S) == study.ids("s3", "s4")
    assert t.ids(P, P) == study.ids("s1", "s6", "s7")
    assert t.ids(P, S) == ()
    assert t.peak == 2  # the diagonal does not set the heat scale


def test_cooccurrence_documents_and_participants(study: Study) -> None:
    t = crosstab(study.project, columns="codes", count="documents")
    assert cells(t) == {
        "Palvelu": [3, 2, 2, 0],  # D1 D2 D3 | D1 D3 | D1 D3
        "Palvelu / Kassajono": [2, 2, 2, 1],  # | D1 D3 | D1 D3 | D1
        "Hinta": [2, 2, 3, 1],  # | | D1 D2 D3 | D2
        "Sovellus": [0, 1, 1, 3],  # D1 D2 D4
    }
    assert totals(t) == ([2, 2, 3, 2], [2, 2, 3, 2], 3)

    t = crosstab(study.project, columns="codes", count="participants")
    assert cells(t) == {
        "Palvelu": [2, 2, 2, 0],  # Anna Cecilia
        "Palvelu / Kassajono": [2, 3, 2, 1],  # K×S: Bertta (s3 + s4)
        "Hinta": [2, 2, 2, 1],  # H×S: Cecilia (s5)
        "Sovellus": [0, 1, 1, 2],  # Bertta, Cecilia (s10 has no case)
    }
    assert totals(t) == ([2, 3, 2, 2], [2, 3, 2, 2], 3)


def test_overlap_already_inside_one_segment_is_not_counted_twice(study: Study) -> None:
    p = study.project
    P, H = study.codes["P"], study.codes["H"]
    # A segment coded P and H inside s7 (P): it is one unit of P×H; the pair s7+extra
    # would join P and H again, but extra carries both itself, so the pair adds nothing.
    extra = p.segments.add(study.docs["D3"], 2, 8, code_ids=[P, H]).id
    t = crosstab(p, columns="codes")
    assert t.cell(P, H) == 3  # {s1 s2}, {s7 s8}, {extra}
    assert t.ids(P, H) == (*study.ids("s1", "s2", "s7"), extra, study.seg["s8"])


# -- emotions and stages ---------------------------------------------------------------


def test_code_by_emotion_family_and_emotion(study: Study) -> None:
    p = study.project
    t = crosstab(p, columns="emotions")
    assert list(t.column_keys) == [
        "joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation",
    ]  # fmt: skip
    assert list(t.column_labels[:3]) == ["ilo", "luottamus", "pelko"]  # project is Finnish
    assert cells(t) == {
        "Palvelu": [2, 1, 0, 0, 0, 0, 0, 0],  # s1 s7 | s6
        "Palvelu / Kassajono": [1, 0, 1, 0, 0, 0, 1, 0],  # s1 | s8 | s3
        "Hinta": [0, 0, 1, 0, 1, 0, 1, 0],  # s8 | s5 | s2 (s9 has no emotion)
        "Sovellus": [1, 0, 0, 0, 1, 0, 0, 0],  # s10 | s5 (s4 has none)
    }
    assert totals(t) == ([3, 3, 3, 2], [3, 1, 1, 0, 1, 0, 2, 0], 8)
    assert t.ids(study.codes["P"], "joy") == study.ids("s1", "s7")

    t = crosstab(p, columns="emotions", emotions="emotions", language="en")
    assert len(t.column_keys) == 24
    joy, ecstasy = p.schemes.emotion("joy").id, p.schemes.emotion("joy", 3).id
    assert t.cell(study.codes["P"], joy) == 1 and t.cell(study.codes["P"], ecstasy) == 1
    assert t.column_labels[t.column_keys.index(ecstasy)] == "ecstasy"
    assert t.total == 8


def test_code_by_stage(study: Study) -> None:
    p = study.project
    t = crosstab(p, columns="stages", language="en")
    assert list(t.column_labels) == [
        "Awareness", "Consideration", "Purchase", "Delivery", "Use", "Support", "Loyalty",
    ]  # fmt: skip
    assert cells(t) == {
        "Palvelu": [0, 0, 2, 1, 0, 0, 0],  # s1 s7 | s6
        "Palvelu / Kassajono": [0, 0, 3, 0, 0, 0, 0],  # s1 s3 s8
        "Hinta": [0, 0, 2, 1, 0, 1, 0],  # s2 s8 | s5 | s9
        "Sovellus": [0, 0, 0, 1, 2, 0, 0],  # s5 | s4 s10
    }
    assert totals(t) == ([3, 3, 4, 3], [0, 0, 5, 2, 2, 1, 0], 10)
    purchase = p.schemes.stage("purchase").id
    assert t.ids(study.codes["K"], purchase) == study.ids("s1", "s3", "s8")
    t = crosstab(p, columns="stages", count="participants")
    assert cells(t)["Palvelu / Kassajono"] == [0, 0, 3, 0, 0, 0, 0]  # Anna Bertta Cecilia
    assert cells(t)["Sovellus"] == [0, 0, 0, 1, 1, 0, 0]  # Cecilia | Bertta (s10: nobody)


# -- filters ---------------------------------------------------------------------------


def test_filters_change_the_counts(study: Study) -> None:
    p = study.project
    t = crosstab(p, columns="documents", flt=RetrievalFilter(kinds=frozenset({"survey_answer"})))
    assert list(t.column_keys) == [study.docs["D2"], study.docs["D4"]]
    assert cells(t) == {
        "Palvelu": [1, 0],
        "Palvelu / Kassajono": [0, 0],
        "Hinta": [1, 0],
        "Sovellus": [1, 1],
    }
    assert totals(t) == ([1, 0, 1, 2], [2, 1], 3)

    by_toinen = RetrievalFilter(coder_ids=frozenset({study.toinen}))
    t = crosstab(p, columns="documents", flt=by_toinen)  # s3, s6, s7
    assert cells(t) == {
        "Palvelu": [0, 1, 1, 0],
        "Palvelu / Kassajono": [1, 0, 0, 0],
        "Hinta": [0, 0, 0, 0],
        "Sovellus": [0, 0, 0, 0],
    }
    assert totals(t) == ([2, 1, 0, 0], [1, 1, 1, 0], 3)
    t = crosstab(p, columns="codes", flt=by_toinen)
    assert cells(t)["Palvelu"] == [2, 0, 0, 0]  # s7 alone: s8 (K H) is filtered out

    bertta = RetrievalFilter(speakers=frozenset({"Bertta"}))  # s3, s4
    t = crosstab(p, columns="cases", count="participants", flt=bertta)
    assert cells(t) == {
        "Palvelu": [0, 0, 0],
        "Palvelu / Kassajono": [0, 1, 0],
        "Hinta": [0, 0, 0],
        "Sovellus": [0, 1, 0],
    }

    # Cecilia's segments, counted for her only (not for Anna, who shares D3).
    saver = RetrievalFilter(case_attributes={"persona": frozenset({"säästäjä"})})
    t = crosstab(p, columns="cases", flt=saver)
    assert list(t.column_labels) == ["Cecilia"]
    assert cells(t) == {
        "Palvelu": [2],
        "Palvelu / Kassajono": [1],
        "Hinta": [3],
        "Sovellus": [1],
    }
    t = crosstab(p, columns="attribute", attribute="persona", flt=saver)
    assert list(t.column_labels) == ["säästäjä"] and cells(t)["Hinta"] == [3]

    only_k = RetrievalFilter(code_ids=frozenset({study.codes["K"]}))
    t = crosstab(p, columns="documents", flt=only_k)
    assert list(t.row_labels) == ["Palvelu / Kassajono"]
    assert cells(t) == {"Palvelu / Kassajono": [2, 0, 1, 0]}


def test_trimmed_drops_empty_rows_and_columns(study: Study) -> None:
    t = crosstab(study.project, columns="stages").trimmed()
    assert [len(t.row_keys), len(t.column_keys)] == [4, 4]  # purchase delivery use support
    assert cells(t)["Hinta"] == [2, 1, 0, 1]
    assert t.ids(study.codes["H"], study.project.schemes.stage("support").id) == study.ids("s9")


def test_bad_arguments_are_refused(study: Study) -> None:
    with pytest.raises(ValidationError):
        crosstab(study.project, columns="weather")
    with pytest.raises(ValidationError):
        crosstab(study.project, count="minutes")
    with pytest.raises(ValidationError):
        crosstab(study.project, columns="attribute")


def test_quantitized_matrices_use_the_same_counts(study: Study) -> None:
    docs, cases = build_matrices(study.project)
    first = len(docs.info)
    by_doc = {row[0]: list(row[first:]) for row in docs.rows}
    assert by_doc["Pariharastattelu"] == [1, 2, 1, 1]  # D1 column of the crosstab, transposed
    assert by_doc["Kyselyvastaus 2"] == [0, 0, 0, 1]
    first = len(cases.info)
    # Bertta's row: her own turns only (s3, s4), not all of D1.
    assert {row[0]: list(row[first:]) for row in cases.rows}["Bertta"] == [0, 1, 0, 1]


# -- exports ---------------------------------------------------------------------------


def test_xlsx_reopens_with_the_same_numbers(study: Study, tmp_path: Path) -> None:
    t = crosstab(study.project, columns="cases", language="en")
    path = export_crosstab(t, tmp_path / "matriisi.xlsx", project=study.project)
    book = load_workbook(path)
    assert book.sheetnames == ["Matrix", "Segments"]
    sheet = book["Matrix"]
    assert sheet.freeze_panes == "B2"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Code", "Anna", "Bertta", "Cecilia", "Total")
    assert [list(r) for r in rows[1:]] == [
        ["Palvelu", 2, 0, 2, 3],
        ["Palvelu / Kassajono", 2, 1, 1, 3],
        ["Hinta", 3, 0, 3, 4],
        ["Sovellus", 0, 1, 1, 2],
        ["Total", 5, 2, 5, 9],
    ]
    # Heat: the peak (3) is darkest, empty cells have no fill.
    assert sheet["B4"].fill.fgColor.rgb.endswith("2F6FB0")
    assert sheet["C2"].fill.fill_type is None
    lighter = sheet["B2"].fill.fgColor.rgb[-6:]
    assert lighter != "2F6FB0" and lighter > "2F6FB0"
    segments = list(book["Segments"].iter_rows(values_only=True))
    assert segments[0] == ("Code", "Case", "Segment ID", "Document", "Quote")
    hinta_anna = [r for r in segments[1:] if r[0] == "Hinta" and r[1] == "Anna"]
    assert [r[2] for r in hinta_anna] == list(study.ids("s2", "s8", "s9"))
    assert hinta_anna[0][3] == "Pariharastattelu"
    assert hinta_anna[0][4] == study.project.segments.get(study.seg["s2"]).text
    assert len(segments) - 1 == sum(len(ids) for ids in t.cells.values())


def test_csv_has_bom_and_the_projects_separator(study: Study, tmp_path: Path) -> None:
    t = crosstab(study.project, columns="codes", count="participants")
    path = export_crosstab(t, tmp_path / "yhteisesiintyminen.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))  # a Finnish project: semicolons
    assert rows[0][1:5] == ROWS
    assert {r[0]: [int(v) for v in r[1:]] for r in rows[1:5]} == {
        "Palvelu": [2, 2, 2, 0, 2],
        "Palvelu / Kassajono": [2, 3, 2, 1, 3],
        "Hinta": [2, 2, 2, 1, 2],
        "Sovellus": [0, 1, 1, 2, 2],
    }
    assert [int(v) for v in rows[5][1:]] == [2, 3, 2, 2, 3]

    english = crosstab(study.project, columns="stages", language="en")
    path = export_crosstab(english, tmp_path / "stages.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))  # English: commas
    assert rows[0][0] == "Code" and rows[0][3] == "Purchase" and rows[-1][0] == "Total"
    assert [int(v) for v in rows[-1][1:]] == [0, 0, 5, 2, 2, 1, 0, 10]


def test_export_refuses_other_extensions(study: Study, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"one of \.xlsx, \.csv"):
        export_crosstab(crosstab(study.project), tmp_path / "matriisi.sav")


def test_heatmap_png(study: Study, tmp_path: Path) -> None:
    from matplotlib.figure import Figure

    from exports.heatmap import draw_heatmap

    t = crosstab(study.project, columns="codes")
    fig = Figure()
    ax = draw_heatmap(fig, t)
    assert [label.get_text() for label in ax.get_yticklabels()] == ROWS
    numbers = sorted(text.get_text() for text in ax.texts)
    assert numbers == sorted(str(n) for row in t.counts for n in row if n)
    path = export_heatmap(t, tmp_path / "matriisi.png")
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 5_000
