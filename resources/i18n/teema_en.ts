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
    <name>RetrievalView</name>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="167"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="168"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="193"/>
        <location filename="../../ui/retrieval_view.py" line="234"/>
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
        <location filename="../../ui/themes_run.py" line="133"/>
        <source>Grouping %n unit(s)…</source>
        <translation>
            <numerusform>Grouping %n unit…</numerusform>
            <numerusform>Grouping %n units…</numerusform>
        </translation>
    </message>
</context>
</TS>
