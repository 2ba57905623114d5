"""Positions are code points everywhere: they survive the store for any text, and
convert to and from UTF-16 (Qt, NVivo) exactly."""

from __future__ import annotations

import uuid
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.project import Project
from workbench.textpos import Utf16Map

# Arbitrary Unicode, with emoji, combining marks, CRLF and Finnish letters well represented.
texts = st.lists(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"),
        st.sampled_from(["\r\n", "\r", "\n", "ä", "ö", "å", "😀", "👩‍👩‍👧", "🇫🇮", "e\u0301"]),
    ),
    min_size=1,
    max_size=150,
).map("".join)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=texts, data=st.data())
def test_segment_positions_round_trip_through_the_store(
    tmp_path: Path, text: str, data: st.DataObject
) -> None:
    path = tmp_path / f"p{uuid.uuid4().hex}.teema"
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text)))
            .map(lambda ab: (min(ab), max(ab)))
            .filter(lambda ab: ab[0] < ab[1]),
            min_size=1,
            max_size=5,
        )
    )
    with Project.create(path, coder="prop") as p:
        doc = p.documents.add("d", text, kind="other", language="other")
        code = p.codes.create("c")
        for start, end in spans:
            p.segments.add(doc.id, start, end, code_ids=[code.id])
    with Project.open(path, check="quick_check") as p:
        [stored] = p.documents.list()
        assert p.documents.text(stored.id) == text
        assert stored.length == len(text)
        got = sorted((s.start, s.end, s.text) for s in p.segments.for_document(stored.id))
        assert got == sorted((a, b, text[a:b]) for a, b in spans)
    path.unlink()


@given(text=texts, data=st.data())
def test_utf16_conversion_matches_python_encoding(text: str, data: st.DataObject) -> None:
    m = Utf16Map(text)
    assert m.length_utf16 == len(text.encode("utf-16-le")) // 2
    position = data.draw(st.integers(0, len(text)))
    offset = m.to_utf16(position)
    assert offset == len(text[:position].encode("utf-16-le")) // 2
    assert m.from_utf16(offset) == position


def test_offset_inside_a_surrogate_pair_snaps_to_the_character() -> None:
    m = Utf16Map("a😀b")
    assert [m.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert [m.from_utf16(o) for o in range(5)] == [0, 1, 1, 2, 3]


def test_nul_is_refused_not_truncated(project: Project) -> None:
    import pytest

    from workbench.errors import ValidationError

    with pytest.raises(ValidationError, match="NUL"):
        project.documents.add("d", "abc\x00def")
