"""What a new project starts with: Plutchik's wheel, journey stages, touchpoints.

Plutchik (1980) names each of the eight basic emotions at three intensities
(mild, basic, intense). Finnish labels follow common Finnish usage in
emotion research; valence is the default a researcher can override per segment.
"""

from __future__ import annotations

from typing import NamedTuple


class EmotionDefault(NamedTuple):
    family: str
    intensity: int
    label_en: str
    label_fi: str
    color: str
    valence: int


# family: (mild, basic, intense) in English and Finnish, colour of the basic
# emotion on Plutchik's wheel, and the sign of its valence.
_PLUTCHIK: tuple[tuple[str, tuple[str, str, str], tuple[str, str, str], str, int], ...] = (
    ("joy", ("serenity", "joy", "ecstasy"), ("seesteisyys", "ilo", "hurmio"), "#f2c500", 1),
    (
        "trust",
        ("acceptance", "trust", "admiration"),
        ("hyväksyntä", "luottamus", "ihailu"),
        "#7cc242",
        1,
    ),
    ("fear", ("apprehension", "fear", "terror"), ("huoli", "pelko", "kauhu"), "#1a9e4a", -1),
    (
        "surprise",
        ("distraction", "surprise", "amazement"),
        ("hajamielisyys", "yllätys", "hämmästys"),
        "#1f9bd7",
        0,
    ),
    ("sadness", ("pensiveness", "sadness", "grief"), ("alakulo", "suru", "murhe"), "#3d5aa8", -1),
    (
        "disgust",
        ("boredom", "disgust", "loathing"),
        ("ikävystyminen", "inho", "vastenmielisyys"),
        "#8e4c9e",
        -1,
    ),
    ("anger", ("annoyance", "anger", "rage"), ("ärtymys", "viha", "raivo"), "#e0282e", -1),
    (
        "anticipation",
        ("interest", "anticipation", "vigilance"),
        ("kiinnostus", "odotus", "valppaus"),
        "#f28c28",
        1,
    ),
)

PLUTCHIK_FAMILIES: tuple[str, ...] = tuple(row[0] for row in _PLUTCHIK)


def plutchik() -> list[EmotionDefault]:
    """The 24 emotions of Plutchik's wheel; valence grows with intensity (±1, ±1, ±2)."""
    rows: list[EmotionDefault] = []
    for family, en, fi, color, sign in _PLUTCHIK:
        for intensity in (1, 2, 3):
            magnitude = 2 if intensity == 3 else 1
            rows.append(
                EmotionDefault(
                    family,
                    intensity,
                    en[intensity - 1],
                    fi[intensity - 1],
                    color,
                    sign * magnitude,
                )
            )
    return rows


class StageDefault(NamedTuple):
    key: str
    label_en: str
    label_fi: str


JOURNEY_STAGES: tuple[StageDefault, ...] = (
    StageDefault("awareness", "Awareness", "Tietoisuus"),
    StageDefault("consideration", "Consideration", "Harkinta"),
    StageDefault("purchase", "Purchase", "Ostaminen"),
    StageDefault("delivery", "Delivery", "Toimitus"),
    StageDefault("use", "Use", "Käyttö"),
    StageDefault("support", "Support", "Asiakastuki"),
    StageDefault("loyalty", "Loyalty", "Uskollisuus"),
)


class TouchpointDefault(NamedTuple):
    key: str
    label_en: str
    label_fi: str
    stage: str | None


TOUCHPOINTS: tuple[TouchpointDefault, ...] = (
    TouchpointDefault("advertising", "Advertising", "Mainonta", "awareness"),
    TouchpointDefault("website", "Website", "Verkkosivusto", "consideration"),
    TouchpointDefault("web_store", "Web store", "Verkkokauppa", "purchase"),
    TouchpointDefault("mobile_app", "Mobile app", "Mobiilisovellus", None),
    TouchpointDefault("store", "Store", "Myymälä", "purchase"),
    TouchpointDefault("staff", "Staff", "Henkilökunta", None),
    TouchpointDefault("checkout", "Checkout", "Kassa", "purchase"),
    TouchpointDefault("home_delivery", "Home delivery", "Kotiinkuljetus", "delivery"),
    TouchpointDefault("parcel_locker", "Parcel locker", "Pakettiautomaatti", "delivery"),
    TouchpointDefault("pickup", "Click and collect", "Nouto myymälästä", "delivery"),
    TouchpointDefault("chat", "Chat", "Chat", "support"),
    TouchpointDefault("phone", "Phone", "Puhelin", "support"),
    TouchpointDefault("email", "E-mail", "Sähköposti", "support"),
    TouchpointDefault("returns", "Returns", "Palautukset", "support"),
    TouchpointDefault("loyalty_programme", "Loyalty programme", "Kanta-asiakasohjelma", "loyalty"),
    TouchpointDefault("marketing_messages", "Marketing messages", "Markkinointiviestit", "loyalty"),
)

#: Colours for new coders and codes: distinct, readable on light and dark.
PALETTE: tuple[str, ...] = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
