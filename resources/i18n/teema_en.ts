<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <location filename="../../ui/search_panel.py" line="228"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="229"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
</TS>
