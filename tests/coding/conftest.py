"""A small study built by hand for the matrix and journey tests, so every figure
can be worked out on paper (the expected values are written out in the tests).

Codes, in codebook order: Palvelu (P), Palvelu / Kassajono (K), Hinta (H), Sovellus (S).
Cases: Anna and Bertta (persona 'kiireinen'), Cecilia (persona 'säästäjä');
only Anna has a 'kanava'.

    D1 interview, linked to Anna and Bertta; turns: Anna [0, 40), Bertta [40, 80)
       s1 [0, 20)  P, K   joy (+1)       purchase  tester   (Anna's turn)
       s2 [10, 30) H      anger (-1)     purchase  tester   overlaps s1 (Anna)
       s3 [45, 60) K      rage (-2)      purchase  Toinen   (Bertta's turn)
       s4 [50, 70) S      -   (none)     use       tester   overlaps s3 (Bertta)
    D2 survey answer, linked to Cecilia
       s5 [0, 15)  H, S   sadness (-1)   delivery  tester
       s6 [20, 35) P      trust (+1)     delivery  Toinen
    D3 mystery shopping, linked to Anna and Cecilia
       s7 [0, 30)  P      ecstasy (+2)   purchase  Toinen
       s8 [10, 20) K, H   fear (-1)      purchase  tester   inside s7
       s9 [30, 40) H      -   (-2)       support   tester   touches s7, no overlap
    D4 survey answer, no case
       s10 [0, 10) S      serenity (+1)  use       tester
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from workbench.domain.documents import NewTurn
from workbench.project import Project

TEXT_D1 = (
    "Kassalla oli tosi pitkä jono tänään.    "  # Anna, 40 characters
    "Minusta sovellus toimi ihan hyvin silti."  # Bertta, 40 characters
)


@dataclass(frozen=True)
class Study:
    project: Project
    #: code name -> id: P, K, H, S
    codes: dict[str, int]
    #: D1..D4 -> document id
    docs: dict[str, int]
    #: Anna, Bertta, Cecilia -> case id
    cases: dict[str, int]
    #: s1..s10 -> segment id
    seg: dict[str, int]
    #: Toinen's coder id
    toinen: int

    def ids(self, *names: str) -> tuple[int, ...]:
        return tuple(self.seg[n] for n in names)


@pytest.fixture
def study(project: Project) -> Study:
    p = project
    assert len(TEXT_D1) == 80
    palvelu = p.codes.create("Palvelu").id
    codes = {
        "P": palvelu,
        "K": p.codes.create("Kassajono", parent_id=palvelu).id,
        "H": p.codes.create("Hinta").id,
        "S": p.codes.create("Sovellus").id,
    }
    cases = {name: p.cases.create(name).id for name in ("Anna", "Bertta", "Cecilia")}
    for name, persona in (("Anna", "kiireinen"), ("Bertta", "kiireinen"), ("Cecilia", "säästäjä")):
        p.attributes.set("case", cases[name], "persona", persona, "category")
    p.attributes.set("case", cases["Anna"], "kanava", "verkko", "category")
    turns = [
        NewTurn(0, 40, "Anna", "participant", case_id=cases["Anna"]),
        NewTurn(40, 80, "Bertta", "participant", case_id=cases["Bertta"]),
    ]
    docs = {
        "D1": p.documents.add("Pariharastattelu", TEXT_D1, kind="interview", language="fi",
                              turns=turns).id,
        "D2": p.documents.add("Kyselyvastaus 1", "Toimitus kesti liian kauan. Myyjä auttoi "
                              "kuitenkin.", kind="survey_answer", language="fi").id,
        "D3": p.documents.add("Asiointi Kuurasalo", "Myymälä oli siisti ja henkilökunta "
                              "ystävällistä.", kind="mystery_shopping", language="fi").id,
        "D4": p.documents.add("Kyselyvastaus 2", "Sovellus on kätevä.", kind="survey_answer",
                              language="fi").id,
    }  # fmt: skip
    p.documents.link_case(docs["D1"], cases["Anna"])
    p.documents.link_case(docs["D1"], cases["Bertta"])
    p.documents.link_case(docs["D2"], cases["Cecilia"])
    p.documents.link_case(docs["D3"], cases["Anna"])
    p.documents.link_case(docs["D3"], cases["Cecilia"])
    me = p.coder_id
    toinen = p.coders.ensure("Toinen").id
    emo = p.schemes.emotion
    stage = {s.key: s.id for s in p.schemes.stages()}
    P, K, H, S = codes["P"], codes["K"], codes["H"], codes["S"]
    plan = {
        "s1": ("D1", 0, 20, [P, K], emo("joy").id, None, "purchase", me),
        "s2": ("D1", 10, 30, [H], emo("anger").id, None, "purchase", me),
        "s3": ("D1", 45, 60, [K], emo("anger", 3).id, None, "purchase", toinen),
        "s4": ("D1", 50, 70, [S], None, None, "use", me),
        "s5": ("D2", 0, 15, [H, S], emo("sadness").id, None, "delivery", me),
        "s6": ("D2", 20, 35, [P], emo("trust").id, None, "delivery", toinen),
        "s7": ("D3", 0, 30, [P], emo("joy", 3).id, None, "purchase", toinen),
        "s8": ("D3", 10, 20, [K, H], emo("fear").id, None, "purchase", me),
        "s9": ("D3", 30, 40, [H], None, -2, "support", me),
        "s10": ("D4", 0, 10, [S], emo("joy", 1).id, None, "use", me),
    }
    seg = {}
    for name, (doc, start, end, code_ids, emotion, valence, key, coder) in plan.items():
        extra = {} if valence is None else {"valence": valence}
        seg[name] = p.segments.add(
            docs[doc], start, end, code_ids=code_ids, emotion_id=emotion,
            stage_id=stage[key], coder_id=coder, **extra,
        ).id  # fmt: skip
    return Study(p, codes, docs, cases, seg, toinen)
