<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AutocodeDialog</name>
    <message numerus="yes">
        <location filename="../../ui/autocode_dialog.py" line="132"/>
        <source>%n passage(s) will be coded.</source>
        <translation>
            <numerusform>%n passage will be coded.</numerusform>
            <numerusform>%n passages will be coded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message numerus="yes">
        <location filename="../../ui/analysis/charts_tab.py" line="96"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/charts_tab.py" line="104"/>
        <source>%n passage(s) with an emotion</source>
        <translation>
            <numerusform>%n passage with an emotion</numerusform>
            <numerusform>%n passages with an emotion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/charts_tab.py" line="108"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/documents_panel.py" line="220"/>
        <source>Its %n coded segment(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %n coded segment will be deleted with it.</numerusform>
            <numerusform>Its %n coded segments will be deleted with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmotionReview</name>
    <message numerus="yes">
        <location filename="../../ui/emotion_review.py" line="217"/>
        <source>%n segment(s) with a suggestion; ticked rows are applied together.</source>
        <translation>
            <numerusform>%n segment with a suggestion; ticked rows are applied together.</numerusform>
            <numerusform>%n segments with a suggestion; ticked rows are applied together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/emotion_review.py" line="240"/>
        <source>Accept %n emotion suggestion(s)</source>
        <translation>
            <numerusform>Accept %n emotion suggestion</numerusform>
            <numerusform>Accept %n emotion suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/emotion_review.py" line="248"/>
        <source>%n emotion(s) applied.</source>
        <translation>
            <numerusform>%n emotion applied.</numerusform>
            <numerusform>%n emotions applied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message numerus="yes">
        <location filename="../../ui/hypothesis_evidence.py" line="147"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hypothesis_evidence.py" line="148"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hypothesis_evidence.py" line="149"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <location filename="../../ui/export_actions.py" line="319"/>
        <source>%n item(s) could not be taken over:</source>
        <translation>
            <numerusform>%n item could not be taken over:</numerusform>
            <numerusform>%n items could not be taken over:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="67"/>
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>%n file(s) imported, %1 refused.</source>
        <translation>
            <numerusform>%n file imported, %1 refused.</numerusform>
            <numerusform>%n files imported, %1 refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message numerus="yes">
        <location filename="../../ui/analysis/journey_tab.py" line="89"/>
        <source>%n coded passage(s) with a journey stage; the curve is the mean valence (−2…+2) per stage, the band ± one standard deviation.</source>
        <translation>
            <numerusform>%n coded passage with a journey stage; the curve is the mean valence (−2…+2) per stage, the band ± one standard deviation.</numerusform>
            <numerusform>%n coded passages with a journey stage; the curve is the mean valence (−2…+2) per stage, the band ± one standard deviation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message numerus="yes">
        <location filename="../../ui/analysis/matrix_tab.py" line="187"/>
        <source>%n passage(s) behind this cell</source>
        <extracomment>the window recomputes when a control changes (the work runs off the GUI thread)</extracomment>
        <translation>
            <numerusform>%n passage behind this cell</numerusform>
            <numerusform>%n passages behind this cell</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetrievalFilterPanel</name>
    <message numerus="yes">
        <location filename="../../ui/retrieval_filters.py" line="195"/>
        <source>%1 (%2, %n document(s))</source>
        <translation>
            <numerusform>%1 (%2, %n document)</numerusform>
            <numerusform>%1 (%2, %n documents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetrievalView</name>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="170"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="171"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="196"/>
        <location filename="../../ui/retrieval_view.py" line="237"/>
        <source>Exported %n segment(s) to {name}</source>
        <translation>
            <numerusform>Exported %n segment to {name}</numerusform>
            <numerusform>Exported %n segments to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="181"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="182"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="190"/>
        <source>(%n document(s) still being processed)</source>
        <translation>
            <numerusform>(%n document still being processed)</numerusform>
            <numerusform>(%n documents still being processed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message numerus="yes">
        <location filename="../../ui/themes_panel.py" line="126"/>
        <source>%n theme(s) found.</source>
        <translation>
            <numerusform>%n theme found.</numerusform>
            <numerusform>%n themes found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThemesRunBar</name>
    <message numerus="yes">
        <location filename="../../ui/themes_run.py" line="147"/>
        <source>Grouping %n unit(s)…</source>
        <translation>
            <numerusform>Grouping %n unit…</numerusform>
            <numerusform>Grouping %n units…</numerusform>
        </translation>
    </message>
</context>
</TS>
