<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AnalysisWindow</name>
    <message>
        <location filename="../../ui/analysis/analysis_window.py" line="44"/>
        <source>Analysis – %1</source>
        <extracomment>tables whose change redraws the analysis a computed result is on screen</extracomment>
        <translation>Analyysi – %1</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_window.py" line="48"/>
        <source>Emotion &amp;journey</source>
        <translation>&amp;Tunnepolku</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_window.py" line="57"/>
        <source>Counting…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_window.py" line="77"/>
        <source>&amp;Charts</source>
        <translation>&amp;Kaaviot</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/analysis_window.py" line="81"/>
        <source>&amp;Matrices</source>
        <translation>&amp;Matriisit</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <location filename="../../ui/autocode_dialog.py" line="82"/>
        <location filename="../../ui/autocode_dialog.py" line="141"/>
        <source>Code all hits</source>
        <translation>Koodaa kaikki osumat</translation>
    </message>
    <message>
        <location filename="../../ui/autocode_dialog.py" line="89"/>
        <source>The hit only</source>
        <translation>Vain osuma</translation>
    </message>
    <message>
        <location filename="../../ui/autocode_dialog.py" line="90"/>
        <source>Its sentence</source>
        <translation>Osuman virke</translation>
    </message>
    <message>
        <location filename="../../ui/autocode_dialog.py" line="91"/>
        <source>Its paragraph</source>
        <translation>Osuman kappale</translation>
    </message>
    <message>
        <location filename="../../ui/autocode_dialog.py" line="103"/>
        <source>&amp;Code:</source>
        <translation>&amp;Koodi:</translation>
    </message>
    <message>
        <location filename="../../ui/autocode_dialog.py" line="104"/>
        <source>&amp;Passage:</source>
        <translation>&amp;Katkelma:</translation>
    </message>
    <message>
        <location filename="../../ui/autocode_dialog.py" line="130"/>
        <source>Make a code first: there is nothing to code with.</source>
        <translation>Luo ensin koodi: koodattavaa koodia ei ole.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/autocode_dialog.py" line="132"/>
        <source>%n passage(s) will be coded.</source>
        <translation>
            <numerusform>%n katkelma koodataan.</numerusform>
            <numerusform>%n katkelmaa koodataan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardCard</name>
    <message>
        <location filename="../../ui/workshop/board_items.py" line="127"/>
        <source>{segments} segments · {documents} docs · {participants} people</source>
        <translation>{segments} katkelmaa · {documents} dok. · {participants} henkilöä</translation>
    </message>
</context>
<context>
    <name>BoardController</name>
    <message>
        <location filename="../../ui/workshop/controller.py" line="38"/>
        <source>Lay out the board</source>
        <translation>Järjestä taulu</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="43"/>
        <source>Move on the board</source>
        <translation>Siirrä taululla</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="49"/>
        <source>Merge cards</source>
        <translation>Yhdistä kortit</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="54"/>
        <source>Group cards</source>
        <translation>Ryhmittele kortit</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="58"/>
        <source>Ungroup</source>
        <translation>Pura ryhmä</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="62"/>
        <source>Rename card</source>
        <translation>Nimeä kortti uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="64"/>
        <source>Rename group</source>
        <translation>Nimeä ryhmä uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="66"/>
        <source>Edit note</source>
        <translation>Muokkaa muistilappua</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="71"/>
        <source>Add note</source>
        <translation>Lisää muistilappu</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="75"/>
        <source>Delete note</source>
        <translation>Poista muistilappu</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="78"/>
        <source>Place a dot</source>
        <translation>Anna ääni</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="83"/>
        <source>Remove a dot</source>
        <translation>Poista ääni</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="104"/>
        <source>Workshop participants</source>
        <translation>Työpajan osallistujat</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <location filename="../../ui/workshop/board_scene.py" line="233"/>
        <source>Merge “{source}” into “{target}”? Its evidence, dots and notes move to “{target}”. You can undo this with Ctrl+Z.</source>
        <translation>Yhdistetäänkö ”{source}” korttiin ”{target}”? Sen näyttö, äänet ja muistilaput siirtyvät korttiin ”{target}”. Voit kumota tämän painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/board_scene.py" line="236"/>
        <source>Merge cards</source>
        <translation>Yhdistä kortit</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../ui/autocode_dialog.py" line="62"/>
        <source>{document}: {text} (already coded)</source>
        <translation>{document}: {text} (jo koodattu)</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <location filename="../../ui/analysis/charts_tab.py" line="39"/>
        <source>Code frequencies</source>
        <translation>Koodien yleisyys</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/charts_tab.py" line="39"/>
        <source>Emotions</source>
        <translation>Tunteet</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/charts_tab.py" line="39"/>
        <source>Coverage per document</source>
        <translation>Kattavuus dokumenteittain</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/charts_tab.py" line="45"/>
        <source>Export as &amp;PNG…</source>
        <translation>Vie &amp;PNG-kuvana…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/charts_tab.py" line="52"/>
        <source>C&amp;hart:</source>
        <translation>&amp;Kaavio:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/charts_tab.py" line="96"/>
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n koodi</numerusform>
            <numerusform>%n koodia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/charts_tab.py" line="104"/>
        <source>%n passage(s) with an emotion</source>
        <translation>
            <numerusform>%n tunteella koodattu kohta</numerusform>
            <numerusform>%n tunteella koodattua kohtaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/charts_tab.py" line="108"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokumentti</numerusform>
            <numerusform>%n dokumenttia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/analysis/charts_tab.py" line="126"/>
        <source>Export the chart</source>
        <translation>Vie kaavio</translation>
    </message>
</context>
<context>
    <name>CodeCheckModel</name>
    <message>
        <location filename="../../ui/check_models.py" line="176"/>
        <source>{name} ({count})</source>
        <extracomment>Rows of both check models: selectable, and ticked by the user.</extracomment>
        <translation>{name} ({count})</translation>
    </message>
</context>
<context>
    <name>CodeChoices</name>
    <message>
        <location filename="../../ui/quick_coder.py" line="106"/>
        <source>Create code “{name}”</source>
        <extracomment>The row kind that creates a new code.</extracomment>
        <translation>Luo koodi ”{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/quick_coder.py" line="108"/>
        <source>Ctrl+Enter; &apos;Parent / Name&apos; makes a sub-code</source>
        <translation>Ctrl+Enter; ”Yläkoodi / Nimi” luo alakoodin</translation>
    </message>
</context>
<context>
    <name>CodebookModel</name>
    <message>
        <location filename="../../ui/codebook_model.py" line="196"/>
        <source>Code</source>
        <extracomment>Mime type of codes dragged inside the codebook (JSON list of code ids). The code id of a row. The code&apos;s colour (&apos;#rrggbb&apos;). an edit made through the model was refused; the message for the user</extracomment>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="196"/>
        <source>Segments</source>
        <translation>Katkelmat</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="196"/>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="199"/>
        <source>Codes; drag to nest or reorder, drop a passage on a code to code it</source>
        <translation>Koodit; vedä koodi toisen alle tai eri kohtaan, pudota tekstikohta koodin päälle koodataksesi sen</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="200"/>
        <source>Coded segments; a parent shows its own and, in brackets, with sub-codes</source>
        <translation>Koodatut katkelmat; yläkoodilla omat ja suluissa alakoodit mukaan lukien</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="201"/>
        <source>Documents with at least one segment coded with the code</source>
        <translation>Dokumentit, joissa on vähintään yksi tällä koodilla koodattu katkelma</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="246"/>
        <source>{own} segments, {total} with sub-codes, in {docs} documents</source>
        <translation>Katkelmat: {own} (alakoodeineen {total}) · dokumentit: {docs}</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="252"/>
        <source>{own} segments in {docs} documents</source>
        <translation>Katkelmat: {own} · dokumentit: {docs}</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="278"/>
        <source>Rename code</source>
        <translation>Nimeä koodi uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="341"/>
        <source>Code passage</source>
        <translation>Koodaa kohta</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_model.py" line="364"/>
        <source>Move code</source>
        <translation>Siirrä koodi</translation>
    </message>
</context>
<context>
    <name>CodebookPanel</name>
    <message>
        <location filename="../../ui/codebook_panel.py" line="49"/>
        <source>Filter codes…</source>
        <extracomment>the code selected in the tree changed (id, or -1) a hypothesis was made from a code here (its id)</extracomment>
        <translation>Suodata koodeja…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="93"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="93"/>
        <source>New top-level code</source>
        <translation>Uusi päätason koodi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="94"/>
        <source>Sub-code</source>
        <translation>Alakoodi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="94"/>
        <location filename="../../ui/codebook_panel.py" line="207"/>
        <source>New sub-code</source>
        <translation>Uusi alakoodi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="95"/>
        <source>Rename</source>
        <translation>Nimeä</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="95"/>
        <source>Rename in place</source>
        <translation>Nimeä uudelleen suoraan luettelossa</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="96"/>
        <source>Colour…</source>
        <translation>Väri…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="96"/>
        <source>Change colour</source>
        <translation>Vaihda väri</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="97"/>
        <source>Describe…</source>
        <translation>Kuvaus…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="98"/>
        <source>Merge into…</source>
        <translation>Yhdistä koodiin…</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="99"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="99"/>
        <location filename="../../ui/codebook_panel.py" line="290"/>
        <location filename="../../ui/codebook_panel.py" line="304"/>
        <source>Delete code</source>
        <translation>Poista koodi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="113"/>
        <location filename="../../ui/codebook_panel.py" line="117"/>
        <source>More</source>
        <translation>Muut</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="183"/>
        <source>No recent code on key {n}.</source>
        <translation>Näppäimellä {n} ei ole viimeaikaista koodia.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="187"/>
        <source>Select a passage first.</source>
        <translation>Valitse ensin tekstikohta.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="200"/>
        <source>Codebook</source>
        <translation>Koodikirja</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="207"/>
        <source>New code</source>
        <translation>Uusi koodi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="208"/>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="234"/>
        <source>Colour of the code</source>
        <translation>Koodin väri</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="237"/>
        <source>Recolour code</source>
        <translation>Vaihda koodin väri</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="246"/>
        <location filename="../../ui/codebook_panel.py" line="252"/>
        <source>Describe code</source>
        <translation>Muokkaa koodin kuvausta</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="247"/>
        <source>What belongs under “{name}” (shown as its tooltip):</source>
        <translation>Mitä koodiin ”{name}” kuuluu (näytetään sen työkaluvihjeenä):</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="265"/>
        <location filename="../../ui/codebook_panel.py" line="277"/>
        <source>Merge code</source>
        <translation>Yhdistä koodi</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="266"/>
        <source>Merge “{name}” into:</source>
        <translation>Yhdistä ”{name}” koodiin:</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="292"/>
        <source>Delete the code “{name}”?

Sub-codes deleted with it: {codes}
Codings removed from segments: {codings}

Segments left with no code, emotion, stage or memo are deleted too. You can undo this.</source>
        <translation>Poistetaanko koodi ”{name}”?

Samalla poistettavat alakoodit: {codes}
Katkelmista poistettavat koodaukset: {codings}

Myös katkelmat, joille ei jää koodia, tunnetta, vaihetta eikä muistiota, poistetaan. Voit kumota tämän.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_panel.py" line="318"/>
        <source>New hypothesis from this code…</source>
        <translation>Uusi hypoteesi tästä koodista…</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ui/doc_actions.py" line="39"/>
        <location filename="../../ui/doc_actions.py" line="91"/>
        <source>Unmark</source>
        <translation>Poista koodaus</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="44"/>
        <source>Deselect segment</source>
        <translation>Poista katkelman valinta</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="46"/>
        <source>Next segment</source>
        <translation>Seuraava katkelma</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="48"/>
        <source>Previous segment</source>
        <translation>Edellinen katkelma</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="51"/>
        <source>Resize segment to selection</source>
        <translation>Sovita katkelma valintaan</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="54"/>
        <source>Edit segment memo…</source>
        <translation>Muokkaa katkelman muistiota…</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="56"/>
        <source>Select segment text</source>
        <translation>Valitse katkelman teksti</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="57"/>
        <source>Open memos of segment</source>
        <translation>Avaa katkelman muistiot</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="59"/>
        <source>Larger text</source>
        <translation>Suurempi teksti</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="64"/>
        <source>Smaller text</source>
        <translation>Pienempi teksti</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="66"/>
        <source>Normal text size</source>
        <translation>Normaali tekstikoko</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="96"/>
        <source>Remove code from segment</source>
        <translation>Poista koodi katkelmasta</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="116"/>
        <source>Segment memo</source>
        <translation>Katkelman muistio</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="116"/>
        <source>Memo for this passage:</source>
        <translation>Tämän kohdan muistio:</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="121"/>
        <source>Edit segment memo</source>
        <translation>Muokkaa katkelman muistiota</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="182"/>
        <source>Remove code</source>
        <translation>Poista koodi</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="185"/>
        <source>Remove “{name}”</source>
        <translation>Poista ”{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="202"/>
        <source>Code with</source>
        <translation>Koodaa koodilla</translation>
    </message>
    <message>
        <location filename="../../ui/doc_actions.py" line="208"/>
        <source>Code in vivo</source>
        <translation>Koodaa in vivo</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../ui/doc_editor.py" line="58"/>
        <source>Open a document from the list to read and code it.</source>
        <extracomment>a plain click on text: the innermost segment there, or -1 on uncoded text a context menu is wanted: segment id (-1 for plain text) and global position a segment&apos;s edge was dragged: segment id, new start, new end (UTF-16)</extracomment>
        <translation>Avaa dokumentti luettelosta, niin voit lukea ja koodata sen.</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../ui/documents_model.py" line="44"/>
        <source>Interview</source>
        <extracomment>The id role: a document&apos;s id on document rows, -1 on kind headings. The kind key (&apos;interview&apos; ...) on headings and documents alike. The segment count, for the badge delegate.</extracomment>
        <translation>Haastattelu</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="45"/>
        <source>Mystery shopping</source>
        <translation>Mysteeriasiointi</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="46"/>
        <source>Observation</source>
        <translation>Havainnointi</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="47"/>
        <source>Probe diary</source>
        <translation>Luotainpäiväkirja</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="48"/>
        <source>Survey answer</source>
        <translation>Kyselyvastaus</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="49"/>
        <source>Web analytics note</source>
        <translation>Verkkoanalytiikan muistiinpano</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="50"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="57"/>
        <source>Interviews</source>
        <translation>Haastattelut</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="58"/>
        <source>Mystery shopping reports</source>
        <translation>Mysteeriasiointiraportit</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="59"/>
        <source>Observations</source>
        <translation>Havainnoinnit</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="60"/>
        <source>Probe diaries</source>
        <translation>Luotainpäiväkirjat</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="61"/>
        <source>Survey answers</source>
        <translation>Kyselyvastaukset</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="62"/>
        <source>Web analytics notes</source>
        <translation>Verkkoanalytiikan muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="63"/>
        <source>Other documents</source>
        <translation>Muut dokumentit</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="69"/>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="70"/>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="71"/>
        <source>Other language</source>
        <translation>Muu kieli</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="43"/>
        <source>No code</source>
        <extracomment>Memos are notes, sometimes long; a tooltip shows their start.</extracomment>
        <translation>Ei koodia</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="52"/>
        <source>Emotion: {label} (intensity {intensity}/3)</source>
        <translation>Tunne: {label} (voimakkuus {intensity}/3)</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="58"/>
        <source>Valence: {valence}</source>
        <translation>Valenssi: {valence}</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="66"/>
        <source>Journey stage: {stage}</source>
        <translation>Asiakaspolun vaihe: {stage}</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="74"/>
        <source>Touchpoint: {touchpoint}</source>
        <translation>Kosketuspiste: {touchpoint}</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="81"/>
        <source>Memo: {memo}</source>
        <translation>Muistio: {memo}</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="89"/>
        <source>Linked memos: {titles}</source>
        <translation>Liitetyt muistiot: {titles}</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="100"/>
        <source>Checklist item {number}</source>
        <translation>Tarkistuslistan kohta {number}</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="104"/>
        <source>Checklist item</source>
        <translation>Tarkistuslistan kohta</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="111"/>
        <source>Answer: {answer}</source>
        <translation>Vastaus: {answer}</translation>
    </message>
    <message>
        <location filename="../../ui/doc_tooltip.py" line="120"/>
        <source>Score: {score}</source>
        <translation>Pisteet: {score}</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="122"/>
        <source>Cannot open the document</source>
        <extracomment>Tables whose change may alter the segments shown. Tables whose change may alter the document itself. the user asked for the memos of a segment (segment id); the window shows them</extracomment>
        <translation>Dokumenttia ei voi avata</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="178"/>
        <source>No document open</source>
        <translation>Ei avointa dokumenttia</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="183"/>
        <source>1 coded segment</source>
        <translation>1 koodattu katkelma</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="183"/>
        <source>{n} coded segments</source>
        <translation>{n} koodattua katkelmaa</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="245"/>
        <source>The change was not made</source>
        <translation>Muutosta ei tehty</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="252"/>
        <source>Resize segment</source>
        <translation>Muuta katkelman rajoja</translation>
    </message>
    <message>
        <location filename="../../ui/document_view.py" line="267"/>
        <location filename="../../ui/document_view.py" line="273"/>
        <source>The passage was not coded</source>
        <translation>Kohtaa ei koodattu</translation>
    </message>
</context>
<context>
    <name>DocumentsFilterBar</name>
    <message>
        <location filename="../../ui/documents_filters.py" line="29"/>
        <source>Filter documents by name</source>
        <extracomment>Joins an attribute&apos;s name and value in the attribute choice&apos;s item data. any control changed</extracomment>
        <translation>Suodata dokumentteja nimen mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="33"/>
        <source>Filters</source>
        <translation>Suodattimet</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="34"/>
        <source>Filter by case, attribute, coder or coding</source>
        <translation>Suodata tapauksen, ominaisuuden, koodaajan tai koodauksen mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="53"/>
        <source>&amp;Case:</source>
        <translation>Ta&amp;paus:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="54"/>
        <source>&amp;Attribute:</source>
        <translation>Omina&amp;isuus:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="55"/>
        <source>C&amp;oder:</source>
        <translation>Koo&amp;daaja:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="56"/>
        <source>Co&amp;ding:</source>
        <translation>Koodau&amp;s:</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="99"/>
        <source>All cases</source>
        <translation>Kaikki tapaukset</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="101"/>
        <source>All coders</source>
        <translation>Kaikki koodaajat</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="104"/>
        <source>Coded or not</source>
        <translation>Koodatut ja koodaamattomat</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="105"/>
        <source>With coded segments</source>
        <translation>Joissa koodattuja katkelmia</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="106"/>
        <source>Not coded yet</source>
        <translation>Vielä koodaamattomat</translation>
    </message>
    <message>
        <location filename="../../ui/documents_filters.py" line="113"/>
        <source>Any attribute</source>
        <translation>Mikä tahansa ominaisuus</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../../ui/documents_model.py" line="208"/>
        <source>Document</source>
        <extracomment>(attribute name, value as shown) of a case the document belongs to &apos;all&apos;, &apos;coded&apos; or &apos;uncoded&apos; inline rename from the view: (document id, new name); the panel applies it</extracomment>
        <translation>Dokumentti</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="208"/>
        <source>Case</source>
        <translation>Tapaus</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="208"/>
        <source>Coded</source>
        <translation>Koodattu</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="265"/>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="266"/>
        <source>{kind} ({shown} of {count})</source>
        <translation>{kind} ({shown}/{count})</translation>
    </message>
    <message>
        <location filename="../../ui/documents_model.py" line="285"/>
        <source>{name}
{kind}, {language}
Cases: {cases}
Coded segments: {n}</source>
        <translation>{name}
{kind}, {language}
Tapaukset: {cases}
Koodatut katkelmat: {n}</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/documents_panel.py" line="169"/>
        <source>&amp;Open</source>
        <extracomment>Tables whose changes the list shows.</extracomment>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="170"/>
        <source>&amp;Rename</source>
        <translation>&amp;Nimeä uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="172"/>
        <source>Document &amp;kind</source>
        <translation>Dokumentin &amp;tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="177"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="185"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="193"/>
        <source>Rename document</source>
        <translation>Nimeä dokumentti uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="200"/>
        <source>Change document kind</source>
        <translation>Vaihda dokumentin tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="208"/>
        <source>Change document language</source>
        <translation>Vaihda dokumentin kieli</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="217"/>
        <source>Delete the document &apos;{name}&apos;?</source>
        <translation>Poistetaanko dokumentti ”{name}”?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/documents_panel.py" line="220"/>
        <source>Its %n coded segment(s) will be deleted with it.</source>
        <translation>
            <numerusform>Sen %n koodattu katkelma poistetaan samalla.</numerusform>
            <numerusform>Sen %n koodattua katkelmaa poistetaan samalla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="222"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Voit kumota tämän valitsemalla Muokkaa ▸ Kumoa.</translation>
    </message>
    <message>
        <location filename="../../ui/documents_panel.py" line="225"/>
        <location filename="../../ui/documents_panel.py" line="233"/>
        <source>Delete document</source>
        <translation>Poista dokumentti</translation>
    </message>
</context>
<context>
    <name>EmotionHints</name>
    <message>
        <location filename="../../ui/emotion_hints.py" line="56"/>
        <source>Suggested by a model trained on the XED subtitle dataset (CC BY 4.0). Nothing is applied until you click a suggestion.</source>
        <translation>Ehdotukset tekee malli, joka on opetettu XED-tekstitysaineistolla (CC BY 4.0). Mitään ei merkitä ennen kuin napsautat ehdotusta.</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="105"/>
        <source>Select a segment or some text to see suggested emotions.</source>
        <translation>Valitse segmentti tai tekstiä nähdäksesi tunne-ehdotukset.</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="110"/>
        <source>No emotion suggestions for this document&apos;s language.</source>
        <translation>Tämän dokumentin kielelle ei ole tunne-ehdotuksia.</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="116"/>
        <source>Suggesting…</source>
        <translation>Haetaan ehdotuksia…</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="127"/>
        <source>No suggestion for this text.</source>
        <translation>Tälle tekstille ei ole ehdotusta.</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="135"/>
        <source>Suggested emotions (click to apply):</source>
        <translation>Ehdotetut tunteet (napsauta merkitäksesi):</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="136"/>
        <source>Suggested emotions (click to code the selection):</source>
        <translation>Ehdotetut tunteet (napsauta koodataksesi valinnan):</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="149"/>
        <source>Apply “{emotion}” (confidence {percent} %)</source>
        <translation>Merkitse ”{emotion}” (varmuus {percent} %)</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="166"/>
        <source>Apply suggested emotion</source>
        <translation>Merkitse ehdotettu tunne</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_hints.py" line="172"/>
        <source>Code passage with suggested emotion</source>
        <translation>Koodaa kohta ehdotetulla tunteella</translation>
    </message>
</context>
<context>
    <name>EmotionPalette</name>
    <message>
        <location filename="../../ui/emotion_palette.py" line="64"/>
        <source>Select a coded segment to set its emotion and journey stage.</source>
        <translation>Valitse koodattu katkelma, niin voit asettaa sen tunteen ja asiakaspolun vaiheen.</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="78"/>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="79"/>
        <source>Remove emotion, valence, stage and touchpoint</source>
        <translation>Poista tunne, valenssi, vaihe ja kosketuspiste</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="91"/>
        <source>very negative</source>
        <translation>erittäin kielteinen</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="92"/>
        <source>negative</source>
        <translation>kielteinen</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="93"/>
        <source>neutral</source>
        <translation>neutraali</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="94"/>
        <source>positive</source>
        <translation>myönteinen</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="95"/>
        <source>very positive</source>
        <translation>erittäin myönteinen</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="113"/>
        <source>Valence</source>
        <translation>Valenssi</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="114"/>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="115"/>
        <source>Touchpoint</source>
        <translation>Kosketuspiste</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="151"/>
        <source>{label} (intensity {i}/3, default valence {v})</source>
        <translation>{label} (voimakkuus {i}/3, oletusvalenssi {v})</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="160"/>
        <source>No stage</source>
        <translation>Ei vaihetta</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="161"/>
        <source>No touchpoint</source>
        <translation>Ei kosketuspistettä</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="276"/>
        <source>default {v}</source>
        <translation>oletus {v}</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="294"/>
        <source>Emotion and journey</source>
        <translation>Tunne ja asiakaspolku</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="301"/>
        <source>Set emotion</source>
        <translation>Aseta tunne</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="306"/>
        <source>Set valence</source>
        <translation>Aseta valenssi</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="309"/>
        <source>Set journey stage</source>
        <translation>Aseta asiakaspolun vaihe</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="309"/>
        <source>Set touchpoint</source>
        <translation>Aseta kosketuspiste</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_palette.py" line="314"/>
        <source>Clear emotion and journey</source>
        <translation>Tyhjennä tunne ja asiakaspolku</translation>
    </message>
</context>
<context>
    <name>EmotionReview</name>
    <message>
        <location filename="../../ui/emotion_review.py" line="128"/>
        <source>Suggest</source>
        <translation>Ehdota</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_review.py" line="129"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_review.py" line="130"/>
        <source>Skip selected</source>
        <translation>Ohita valitut</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_review.py" line="131"/>
        <source>Accept checked</source>
        <translation>Hyväksy valitut</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_review.py" line="164"/>
        <source>Suggest emotions for segments that have none.</source>
        <translation>Ehdota tunteita segmenteille, joilla ei vielä ole tunnetta.</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_review.py" line="169"/>
        <source>All documents</source>
        <translation>Kaikki dokumentit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/emotion_review.py" line="217"/>
        <source>%n segment(s) with a suggestion; ticked rows are applied together.</source>
        <translation>
            <numerusform>%n segmentti, jolle on ehdotus; rastitetut rivit merkitään yhdellä kertaa.</numerusform>
            <numerusform>%n segmenttiä, joille on ehdotus; rastitetut rivit merkitään yhdellä kertaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/emotion_review.py" line="240"/>
        <source>Accept %n emotion suggestion(s)</source>
        <translation>
            <numerusform>Hyväksy %n tunne-ehdotus</numerusform>
            <numerusform>Hyväksy %n tunne-ehdotusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/emotion_review.py" line="248"/>
        <source>%n emotion(s) applied.</source>
        <translation>
            <numerusform>%n tunne merkitty.</numerusform>
            <numerusform>%n tunnetta merkitty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmotionReviewModel</name>
    <message>
        <location filename="../../ui/emotion_review.py" line="77"/>
        <source>Passage</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_review.py" line="77"/>
        <source>Suggestion</source>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <location filename="../../ui/emotion_review.py" line="77"/>
        <source>Confidence</source>
        <translation>Varmuus</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="151"/>
        <source>Quote</source>
        <translation>Sitaatti</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="151"/>
        <source>Case</source>
        <translation>Tapaus</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="151"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="151"/>
        <source>Emotion</source>
        <translation>Tunne</translation>
    </message>
</context>
<context>
    <name>EvidencePane</name>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="54"/>
        <source>Add selected passage</source>
        <translation>Lisää valittu kohta</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="56"/>
        <source>Cite the coded segment selected in the document or a list</source>
        <translation>Liitä näytöksi dokumentissa tai luettelossa valittu koodattu katkelma</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="58"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="59"/>
        <source>Stop citing the selected passages</source>
        <translation>Poista valitut kohdat näytöstä</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="113"/>
        <source>Add evidence</source>
        <translation>Lisää näyttöä</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="126"/>
        <source>Remove evidence</source>
        <translation>Poista näyttöä</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="142"/>
        <source>No evidence cited yet.</source>
        <translation>Näyttöä ei ole vielä liitetty.</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="146"/>
        <source>{segments} · {documents} · {participants}</source>
        <translation>{segments} · {documents} · {participants}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hypothesis_evidence.py" line="147"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n katkelma</numerusform>
            <numerusform>%n katkelmaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hypothesis_evidence.py" line="148"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokumentti</numerusform>
            <numerusform>%n dokumenttia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/hypothesis_evidence.py" line="149"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n osallistuja</numerusform>
            <numerusform>%n osallistujaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="153"/>
        <source>By kind: {kinds}</source>
        <translation>Tyypeittäin: {kinds}</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="159"/>
        <source>Emotions: {emotions}</source>
        <translation>Tunteet: {emotions}</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="163"/>
        <source>.</source>
        <comment>decimal point</comment>
        <translation>,</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_evidence.py" line="166"/>
        <source>Mean valence {mean} (n = {n})</source>
        <translation>Valenssin keskiarvo {mean} (n = {n})</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../ui/export_actions.py" line="96"/>
        <source>Import &amp;from</source>
        <extracomment>An export: (read-only project, target, progress, cancelled) -&gt; files written. QSettings key of the folder the last export went to. the files a finished export wrote (list[Path]) show a box after an import (tests turn it off)</extracomment>
        <translation>Tuo &amp;muista ohjelmista</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="97"/>
        <source>REFI-QDA project (.qdpx)…</source>
        <translation>REFI-QDA-projekti (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="98"/>
        <source>Codebook (.qdc)…</source>
        <translation>Koodikirja (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="99"/>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="100"/>
        <source>&amp;Hypothesis sheet…</source>
        <translation>&amp;Hypoteesitaulukko…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="101"/>
        <source>&amp;Client summary (Word)…</source>
        <translation>&amp;Tiivistelmä asiakkaalle (Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="103"/>
        <source>REFI-QDA &amp;project (.qdpx)…</source>
        <translation>REFI-QDA-&amp;projekti (.qdpx)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="104"/>
        <source>Code&amp;book (.qdc)…</source>
        <translation>&amp;Koodikirja (.qdc)…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="105"/>
        <source>Code &amp;matrices…</source>
        <translation>Koodi&amp;matriisit…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="128"/>
        <source>Export hypothesis sheet</source>
        <translation>Vie hypoteesitaulukko</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="129"/>
        <source>hypotheses</source>
        <translation>hypoteesit</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="130"/>
        <source>Excel workbook (*.xlsx);;Word document (*.docx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-työkirja (*.xlsx);;Word-asiakirja (*.docx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="149"/>
        <source>Export REFI-QDA project</source>
        <translation>Vie REFI-QDA-projekti</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="151"/>
        <location filename="../../ui/export_actions.py" line="261"/>
        <source>REFI-QDA project (*.qdpx)</source>
        <translation>REFI-QDA-projekti (*.qdpx)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="158"/>
        <source>Export codebook</source>
        <translation>Vie koodikirja</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="159"/>
        <source>codebook</source>
        <translation>koodikirja</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="160"/>
        <location filename="../../ui/export_actions.py" line="267"/>
        <source>REFI-QDA codebook (*.qdc)</source>
        <translation>REFI-QDA-koodikirja (*.qdc)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="167"/>
        <source>Export code matrices</source>
        <translation>Vie koodimatriisit</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="168"/>
        <source>matrices</source>
        <translation>matriisit</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="169"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-työkirja (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="177"/>
        <source>Hypothesis sheet</source>
        <translation>Hypoteesitaulukko</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="180"/>
        <source>Client summary</source>
        <translation>Tiivistelmä asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="183"/>
        <source>REFI-QDA project</source>
        <translation>REFI-QDA-projekti</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="186"/>
        <source>Codebook</source>
        <translation>Koodikirja</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="189"/>
        <source>Code matrices</source>
        <translation>Koodimatriisit</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="201"/>
        <source>Writing {name}…</source>
        <translation>Kirjoitetaan tiedostoa {name}…</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="201"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="223"/>
        <source>The export had already finished: {names}</source>
        <translation>Vienti oli jo valmis: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="235"/>
        <source>Export cancelled.</source>
        <translation>Vienti peruttiin.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="225"/>
        <source>Exported to {names}</source>
        <translation>Viety: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="261"/>
        <location filename="../../ui/export_actions.py" line="281"/>
        <source>Import REFI-QDA project</source>
        <translation>Tuo REFI-QDA-projekti</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="267"/>
        <location filename="../../ui/export_actions.py" line="297"/>
        <source>Import codebook</source>
        <translation>Tuo koodikirja</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="276"/>
        <source>Import {name}</source>
        <translation>Tuo {name}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="289"/>
        <source>Import codebook {name}</source>
        <translation>Tuo koodikirja {name}</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="294"/>
        <source>{created} codes created, {existing} already in the project.</source>
        <translation>Uusia koodeja {created}, jo projektissa olleita {existing}.</translation>
    </message>
    <message>
        <location filename="../../ui/export_actions.py" line="304"/>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_actions.py" line="319"/>
        <source>%n item(s) could not be taken over:</source>
        <translation>
            <numerusform>%n kohde jäi tuomatta:</numerusform>
            <numerusform>%n kohdetta jäi tuomatta:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HypothesesModel</name>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="86"/>
        <source>No.</source>
        <extracomment>Tables whose changes the list shows.</extracomment>
        <translation>Nro</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="87"/>
        <source>Hypothesis</source>
        <translation>Hypoteesi</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="88"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="89"/>
        <source>Priority</source>
        <translation>Prioriteetti</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="90"/>
        <source>Evidence</source>
        <translation>Näyttö</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="91"/>
        <source>Dots</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_model.py" line="94"/>
        <source>Workshop dots on the hypothesis&apos;s codes and themes</source>
        <translation>Työpajassa hypoteesin koodeille ja teemoille annetut äänet</translation>
    </message>
</context>
<context>
    <name>HypothesesPanel</name>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="72"/>
        <source>New</source>
        <extracomment>Tables whose changes the dock shows (the list, and the evidence&apos;s labels).</extracomment>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="72"/>
        <location filename="../../ui/hypotheses_panel.py" line="186"/>
        <location filename="../../ui/hypotheses_panel.py" line="194"/>
        <source>New hypothesis</source>
        <translation>Uusi hypoteesi</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="73"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="73"/>
        <location filename="../../ui/hypotheses_panel.py" line="212"/>
        <location filename="../../ui/hypotheses_panel.py" line="226"/>
        <source>Delete hypothesis</source>
        <translation>Poista hypoteesi</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="74"/>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="74"/>
        <source>Move up in the list</source>
        <translation>Siirrä luettelossa ylemmäs</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="77"/>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="78"/>
        <source>Move down in the list</source>
        <translation>Siirrä luettelossa alemmas</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="186"/>
        <source>Statement (one testable claim):</source>
        <translation>Hypoteesi (yksi testattava väite):</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="214"/>
        <source>Delete {label} “{statement}” with its evidence list and survey items?

You can undo this.</source>
        <translation>Poistetaanko {label} ”{statement}” sekä sen näyttö ja kyselyväittämät?

Voit kumota tämän.</translation>
    </message>
    <message>
        <location filename="../../ui/hypotheses_panel.py" line="242"/>
        <source>Move hypothesis</source>
        <translation>Siirrä hypoteesia</translation>
    </message>
</context>
<context>
    <name>HypothesisEditor</name>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="60"/>
        <source>Whom the survey asks</source>
        <extracomment>A source in the list: (&quot;code&quot; | &quot;theme&quot;, id).</extracomment>
        <translation>Keiltä kyselyssä kysytään</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="61"/>
        <source>What the survey measures</source>
        <translation>Mitä kysely mittaa</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="62"/>
        <source>One testable claim</source>
        <translation>Yksi testattava väite</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="63"/>
        <source>Why the qualitative material suggests it</source>
        <translation>Miksi laadullinen aineisto viittaa tähän</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="77"/>
        <source>&amp;Priority</source>
        <translation>P&amp;rioriteetti</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="85"/>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="91"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="113"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="114"/>
        <source>&amp;Statement</source>
        <translation>&amp;Väite</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="115"/>
        <source>&amp;Rationale</source>
        <translation>&amp;Perustelu</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="116"/>
        <source>Sources</source>
        <translation>Lähteet</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="117"/>
        <source>Journey stages</source>
        <translation>Polun vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="118"/>
        <source>&amp;Target segment</source>
        <translation>&amp;Kohderyhmä</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="119"/>
        <source>Met&amp;hod</source>
        <translation>&amp;Menetelmä</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="120"/>
        <source>&amp;Metric</source>
        <translation>M&amp;ittari</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="124"/>
        <source>Evidence</source>
        <translation>Näyttö</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="126"/>
        <source>Survey items</source>
        <translation>Kyselyväittämät</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="193"/>
        <source>Theme: {name}</source>
        <translation>Teema: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="224"/>
        <source>Edit hypothesis</source>
        <translation>Muokkaa hypoteesia</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="224"/>
        <source>Edit rationale</source>
        <translation>Muokkaa perustelua</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="233"/>
        <source>Edit target segment</source>
        <translation>Muokkaa kohderyhmää</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="235"/>
        <source>Edit metric</source>
        <translation>Muokkaa mittaria</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="245"/>
        <source>Change method</source>
        <translation>Vaihda menetelmä</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="246"/>
        <source>Change priority</source>
        <translation>Vaihda prioriteetti</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="247"/>
        <source>Change status</source>
        <translation>Vaihda tila</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="262"/>
        <source>Change journey stages</source>
        <translation>Vaihda polun vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="285"/>
        <source>Change sources</source>
        <translation>Muuta lähteitä</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="294"/>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_editor.py" line="300"/>
        <source>Accepted theme</source>
        <translation>Hyväksytty teema</translation>
    </message>
</context>
<context>
    <name>HypothesisEdits</name>
    <message>
        <location filename="../../ui/hypothesis_edits.py" line="31"/>
        <source>Hypotheses</source>
        <extracomment>Characters of a statement shown in a menu.</extracomment>
        <translation>Hypoteesit</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_edits.py" line="45"/>
        <location filename="../../ui/hypothesis_edits.py" line="57"/>
        <source>New hypothesis</source>
        <translation>Uusi hypoteesi</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_edits.py" line="46"/>
        <source>Hypothesis growing from the code “{name}”:</source>
        <translation>Koodista ”{name}” nouseva hypoteesi:</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_edits.py" line="69"/>
        <source>Cite as evidence</source>
        <translation>Liitä näytöksi</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_edits.py" line="77"/>
        <source>Passages added to the evidence for {hypothesis}: {n}</source>
        <translation>Hypoteesin {hypothesis} näyttöön lisätyt kohdat: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/hypothesis_edits.py" line="87"/>
        <source>Cite as evidence for hypothesis</source>
        <translation>Liitä hypoteesin näytöksi</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="40"/>
        <source>Reading files…</source>
        <extracomment>list[FileResult] once an import has been stored</extracomment>
        <translation>Luetaan tiedostoja…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="40"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="41"/>
        <location filename="../../ui/import_dialog.py" line="57"/>
        <location filename="../../ui/import_dialog.py" line="82"/>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="50"/>
        <source>Reading {name}…</source>
        <translation>Luetaan tiedostoa {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="67"/>
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Tuo %n tiedosto</numerusform>
            <numerusform>Tuo %n tiedostoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_dialog.py" line="83"/>
        <source>%n file(s) imported, %1 refused.</source>
        <translation>
            <numerusform>Tuotiin %n tiedosto, %1 hylättiin.</numerusform>
            <numerusform>Tuotiin %n tiedostoa, %1 hylättiin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="75"/>
        <source>Reversed</source>
        <extracomment>the issues of the text being typed changed</extracomment>
        <translation>Käänteinen</translation>
    </message>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="76"/>
        <source>Negatively worded: reverse its scores in analysis</source>
        <translation>Kielteisesti muotoiltu: käännä pisteet analyysissa</translation>
    </message>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="81"/>
        <source>Delete this item</source>
        <translation>Poista tämä väittämä</translation>
    </message>
</context>
<context>
    <name>JourneyTab</name>
    <message>
        <location filename="../../ui/analysis/journey_tab.py" line="44"/>
        <source>Export as &amp;PNG…</source>
        <translation>Vie &amp;PNG-kuvana…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/journey_tab.py" line="89"/>
        <source>%n coded passage(s) with a journey stage; the curve is the mean valence (−2…+2) per stage, the band ± one standard deviation.</source>
        <translation>
            <numerusform>%n koodattu kohta, jolla on asiakaspolun vaihe; käyrä on valenssin keskiarvo (−2…+2) vaiheittain, vyöhyke ± yksi keskihajonta.</numerusform>
            <numerusform>%n koodattua kohtaa, joilla on asiakaspolun vaihe; käyrä on valenssin keskiarvo (−2…+2) vaiheittain, vyöhyke ± yksi keskihajonta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/analysis/journey_tab.py" line="99"/>
        <source>Pain point %1</source>
        <translation>Kipupiste %1</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/journey_tab.py" line="100"/>
        <source>Delight %1</source>
        <translation>Ilon hetki %1</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/journey_tab.py" line="131"/>
        <source>Export the emotion journey</source>
        <translation>Vie tunnepolku</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/journey_tab.py" line="132"/>
        <source>emotion-journey.png</source>
        <translation>tunnepolku.png</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="46"/>
        <source>Open a project with &apos;teema gui PROJECT&apos;, or try &apos;teema demo&apos;.</source>
        <translation>Avaa projekti komennolla &apos;teema gui PROJEKTI&apos; tai kokeile komentoa &apos;teema demo&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Documents</source>
        <translation>Dokumentit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Codebook</source>
        <translation>Koodikirja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Emotion and journey</source>
        <translation>Tunne ja asiakaspolku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Emotion suggestions</source>
        <translation>Tunne-ehdotukset</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Emotion review</source>
        <translation>Tunteiden tarkistus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Segment</source>
        <translation>Katkelma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Memos</source>
        <translation>Muistiot</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Retrieval</source>
        <translation>Haku koodeilla</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Search</source>
        <translation>Tekstihaku</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Themes</source>
        <translation>Teemat</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Hypotheses</source>
        <translation>Hypoteesit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>{name} – Teema</source>
        <translation>{name} – Teema</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Documents: {docs} · codes: {codes} · coded segments: {segments} · cases: {cases}</source>
        <translation>Dokumentit: {docs} · koodit: {codes} · koodatut katkelmat: {segments} · tapaukset: {cases}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Import files</source>
        <translation>Tuo tiedostoja</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>Research material ({patterns})</source>
        <translation>Tutkimusaineisto ({patterns})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Open project</source>
        <translation>Avaa projekti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>Teema projects (*.teema)</source>
        <translation>Teema-projektit (*.teema)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>New project</source>
        <translation>Uusi projekti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>Select a passage first.</source>
        <translation>Valitse ensin tekstikohta.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="38"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="41"/>
        <source>&amp;New project…</source>
        <translation>&amp;Uusi projekti…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="47"/>
        <source>&amp;Open project…</source>
        <translation>&amp;Avaa projekti…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="53"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Tuo tiedostoja…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="58"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Viimeaikaiset projektit</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="69"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="81"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="88"/>
        <source>&amp;Find in documents…</source>
        <translation>&amp;Etsi dokumenteista…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="94"/>
        <source>Find &amp;document…</source>
        <translation>Etsi &amp;dokumentti…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>&amp;Code</source>
        <translation>&amp;Koodaa</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="103"/>
        <source>&amp;Quick code…</source>
        <translation>&amp;Pikakoodaus…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="109"/>
        <source>&amp;In-vivo code</source>
        <translation>&amp;In vivo -koodaus</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="117"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="122"/>
        <source>&amp;Workshop mode</source>
        <translation>&amp;Työpajatila</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="126"/>
        <source>&amp;Analysis: matrices, journey, charts</source>
        <translation>&amp;Analyysi: matriisit, asiakaspolku, kaaviot</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="135"/>
        <source>&amp;Theme</source>
        <translation>&amp;Ulkoasu</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="139"/>
        <location filename="../../ui/menus.py" line="151"/>
        <source>Follow the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="140"/>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="141"/>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="147"/>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="162"/>
        <source>&amp;About Teema</source>
        <translation>&amp;Tietoja Teemasta</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="165"/>
        <source>Main</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="208"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="209"/>
        <source>The new language is used the next time Teema starts.</source>
        <translation>Uusi kieli otetaan käyttöön, kun Teema käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="220"/>
        <source>About Teema</source>
        <translation>Tietoja Teemasta</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="221"/>
        <source>&lt;b&gt;Teema {version}&lt;/b&gt;&lt;br&gt;An offline workbench for qualitative customer-experience research in Finnish and English.</source>
        <translation>&lt;b&gt;Teema {version}&lt;/b&gt;&lt;br&gt;Ilman verkkoyhteyttä toimiva työväline laadulliseen asiakaskokemustutkimukseen suomeksi ja englanniksi.</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../ui/analysis/matrix_model.py" line="93"/>
        <location filename="../../ui/analysis/matrix_model.py" line="94"/>
        <location filename="../../ui/analysis/matrix_model.py" line="106"/>
        <source>Total</source>
        <extracomment>the heat colour at the peak count (light and dark palettes)</extracomment>
        <translation>Yhteensä</translation>
    </message>
</context>
<context>
    <name>MatrixTab</name>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="53"/>
        <source>segments</source>
        <extracomment>the key of a totals row or column</extracomment>
        <translation>katkelmat</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="54"/>
        <location filename="../../ui/analysis/matrix_tab.py" line="118"/>
        <source>documents</source>
        <translation>dokumentit</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="55"/>
        <source>participants</source>
        <translation>osallistujat</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="58"/>
        <source>&amp;Hide empty rows and columns</source>
        <translation>&amp;Piilota tyhjät rivit ja sarakkeet</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="60"/>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="83"/>
        <source>Co&amp;lumns:</source>
        <translation>&amp;Sarakkeet:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="84"/>
        <source>C&amp;ount:</source>
        <translation>&amp;Laske:</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="119"/>
        <source>cases (participants)</source>
        <translation>tapaukset (osallistujat)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="120"/>
        <source>codes (co-occurrence)</source>
        <translation>koodit (yhteisesiintyminen)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="121"/>
        <source>emotions</source>
        <translation>tunteet</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="122"/>
        <source>journey stages</source>
        <translation>asiakaspolun vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="127"/>
        <source>attribute: %1</source>
        <translation>ominaisuus: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/analysis/matrix_tab.py" line="187"/>
        <source>%n passage(s) behind this cell</source>
        <extracomment>the window recomputes when a control changes (the work runs off the GUI thread)</extracomment>
        <translation>
            <numerusform>%n kohta tämän solun takana</numerusform>
            <numerusform>%n kohtaa tämän solun takana</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="204"/>
        <source>Export the matrix</source>
        <translation>Vie matriisi</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="205"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PNG image (*.png)</source>
        <translation>Excel-työkirja (*.xlsx);;CSV (*.csv);;PNG-kuva (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="216"/>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/matrix_tab.py" line="218"/>
        <source>Wrote %1</source>
        <translation>Kirjoitettu: %1</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <location filename="../../ui/memo_editor.py" line="91"/>
        <source>What these memos belong to</source>
        <translation>Mihin nämä muistiot liittyvät</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="97"/>
        <location filename="../../ui/memo_editor.py" line="296"/>
        <source>New memo</source>
        <translation>Uusi muistio</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="99"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="102"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="104"/>
        <source>Write a memo… it is saved as you go.</source>
        <translation>Kirjoita muistio… se tallentuu sitä mukaa kuin kirjoitat.</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="154"/>
        <source>New memo (Ins in the list)</source>
        <translation>Uusi muistio (Ins luettelossa)</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="155"/>
        <source>Delete the memo (Del in the list)</source>
        <translation>Poista muistio (Del luettelossa)</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="176"/>
        <source>Project: {name}</source>
        <translation>Projekti: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="181"/>
        <source>Document: {name}</source>
        <translation>Dokumentti: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="184"/>
        <source>Code: {name}</source>
        <translation>Koodi: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="188"/>
        <source>Segment: {name}</source>
        <translation>Katkelma: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="259"/>
        <source>Memos</source>
        <translation>Muistiot</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="274"/>
        <location filename="../../ui/memo_editor.py" line="295"/>
        <source>Add memo</source>
        <translation>Lisää muistio</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="287"/>
        <source>Edit memo</source>
        <translation>Muokkaa muistiota</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="309"/>
        <source>Delete memo</source>
        <translation>Poista muistio</translation>
    </message>
</context>
<context>
    <name>MemoList</name>
    <message>
        <location filename="../../ui/memo_editor.py" line="62"/>
        <source>(empty memo)</source>
        <extracomment>Pause in typing after which a memo is saved.</extracomment>
        <translation>(tyhjä muistio)</translation>
    </message>
    <message>
        <location filename="../../ui/memo_editor.py" line="77"/>
        <source>Last changed {when}</source>
        <translation>Muutettu viimeksi {when}</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <location filename="../../ui/workshop/participants_dialog.py" line="23"/>
        <source>Workshop participants</source>
        <translation>Työpajan osallistujat</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/participants_dialog.py" line="26"/>
        <source>One name per line</source>
        <translation>Yksi nimi riville</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/participants_dialog.py" line="30"/>
        <source>A name taken off the list takes that person&apos;s dots with it.</source>
        <translation>Kun nimi poistetaan luettelosta, myös hänen äänensä poistuvat.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/participants_dialog.py" line="38"/>
        <source>Participants (one per line):</source>
        <translation>Osallistujat (yksi riville):</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/participants_dialog.py" line="39"/>
        <source>Dots per participant:</source>
        <translation>Ääniä osallistujaa kohden:</translation>
    </message>
</context>
<context>
    <name>PngExport</name>
    <message>
        <location filename="../../ui/analysis/canvas.py" line="76"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/canvas.py" line="85"/>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/canvas.py" line="86"/>
        <source>Could not write %1: %2</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <location filename="../../ui/analysis/canvas.py" line="90"/>
        <source>Wrote %1</source>
        <translation>Kirjoitettu: %1</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <location filename="../../ui/workshop/presenter.py" line="31"/>
        <source>← → next and previous quote · Esc back to the board</source>
        <translation>← → seuraava ja edellinen sitaatti · Esc takaisin taululle</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/presenter.py" line="73"/>
        <source>No coded passages on this card yet.</source>
        <translation>Tällä kortilla ei ole vielä koodattuja kohtia.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/presenter.py" line="80"/>
        <source>— {who}, {kind}   ·   {n} / {total}</source>
        <translation>— {who}, {kind}   ·   {n} / {total}</translation>
    </message>
</context>
<context>
    <name>ProcessingController</name>
    <message>
        <location filename="../../ui/nlp_jobs.py" line="50"/>
        <source>Stop</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <location filename="../../ui/nlp_jobs.py" line="52"/>
        <source>Stop processing texts (search by words stays partial)</source>
        <translation>Pysäytä tekstien käsittely (sanahaku jää vajaaksi)</translation>
    </message>
</context>
<context>
    <name>QuickCoder</name>
    <message>
        <location filename="../../ui/quick_coder.py" line="135"/>
        <location filename="../../ui/quick_coder.py" line="281"/>
        <source>Quick code</source>
        <translation>Pikakoodaus</translation>
    </message>
    <message>
        <location filename="../../ui/quick_coder.py" line="137"/>
        <source>Type a code… (Enter codes, Ctrl+Enter creates)</source>
        <translation>Kirjoita koodi… (Enter koodaa, Ctrl+Enter luo uuden)</translation>
    </message>
    <message>
        <location filename="../../ui/quick_coder.py" line="191"/>
        <source>Codes the selected passage.</source>
        <translation>Koodaa valitun tekstikohdan.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_coder.py" line="193"/>
        <source>Adds the code to the selected segment.</source>
        <translation>Lisää koodin valittuun katkelmaan.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_coder.py" line="195"/>
        <source>Nothing is selected: only a new code is created.</source>
        <translation>Mitään ei ole valittu: vain uusi koodi luodaan.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_coder.py" line="239"/>
        <source>Add code</source>
        <translation>Lisää koodi</translation>
    </message>
    <message>
        <location filename="../../ui/quick_coder.py" line="243"/>
        <source>Select a passage first.</source>
        <translation>Valitse ensin tekstikohta.</translation>
    </message>
    <message>
        <location filename="../../ui/quick_coder.py" line="267"/>
        <source>Create code and code passage</source>
        <translation>Luo koodi ja koodaa kohta</translation>
    </message>
</context>
<context>
    <name>RecentStrip</name>
    <message>
        <location filename="../../ui/codebook_tree.py" line="149"/>
        <source>Codes you use get keys 1–9 here.</source>
        <translation>Käyttämäsi koodit saavat tähän näppäimet 1–9.</translation>
    </message>
    <message>
        <location filename="../../ui/codebook_tree.py" line="169"/>
        <source>Press 1–9 in the document to code the selection</source>
        <translation>Koodaa valinta dokumentissa painamalla 1–9</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="28"/>
        <source>Client summary (Word)</source>
        <extracomment>QSettings key of the last template used.</extracomment>
        <translation>Tiivistelmä asiakkaalle (Word)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="30"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="33"/>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="34"/>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="37"/>
        <source>Teema&apos;s own layout</source>
        <translation>Teeman oma asettelu</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="39"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="50"/>
        <source>Write</source>
        <translation>Kirjoita</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="54"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="55"/>
        <source>Report &amp;language</source>
        <translation>Raportin &amp;kieli</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="56"/>
        <source>&amp;Template</source>
        <translation>&amp;Pohja</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="72"/>
        <source>Client summary</source>
        <translation>Tiivistelmä asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="72"/>
        <source>Word document (*.docx)</source>
        <translation>Word-asiakirja (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="81"/>
        <source>Word template</source>
        <translation>Word-pohja</translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="83"/>
        <source>Word documents and templates (*.docx *.dotx)</source>
        <translation>Word-asiakirjat ja -pohjat (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>RetrievalFilterPanel</name>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="62"/>
        <source>Quote contains…</source>
        <extracomment>any control changed (the view re-runs retrieval)</extracomment>
        <translation>Sitaatti sisältää…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="66"/>
        <source>&amp;Interviewees only</source>
        <translation>Vain &amp;haastateltavat</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="68"/>
        <source>Only what participants said; texts without speaker turns drop out</source>
        <translation>Vain osallistujien puheenvuorot; tekstit, joissa ei ole puheenvuoroja, jäävät pois</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="79"/>
        <source>Include s&amp;ub-codes</source>
        <translation>Mukaan myös &amp;alakoodit</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="106"/>
        <source>Codes</source>
        <translation>Koodit</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="107"/>
        <source>Emotions</source>
        <translation>Tunteet</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="108"/>
        <source>Journey stages</source>
        <translation>Asiakaspolun vaiheet</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="109"/>
        <source>Document kinds</source>
        <translation>Dokumenttityypit</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="110"/>
        <source>Case attributes</source>
        <translation>Tapausten ominaisuudet</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="111"/>
        <source>Speakers</source>
        <translation>Puhujat</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="116"/>
        <source>C&amp;lear filters</source>
        <translation>Tyhjennä s&amp;uodattimet</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="120"/>
        <source>C&amp;oder:</source>
        <translation>Koodaa&amp;ja:</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="189"/>
        <source>interviewer</source>
        <translation>haastattelija</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="190"/>
        <source>participant</source>
        <translation>osallistuja</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="191"/>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval_filters.py" line="195"/>
        <source>%1 (%2, %n document(s))</source>
        <translation>
            <numerusform>%1 (%2, %n dokumentti)</numerusform>
            <numerusform>%1 (%2, %n dokumenttia)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="209"/>
        <source>Any coder</source>
        <translation>Kaikki koodaajat</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_filters.py" line="256"/>
        <source>{title} ({n})</source>
        <translation>{title} ({n})</translation>
    </message>
</context>
<context>
    <name>RetrievalModel</name>
    <message>
        <location filename="../../ui/retrieval_model.py" line="84"/>
        <source>Quote</source>
        <extracomment>The row&apos;s RetrievedSegment. Context shown around a quote in the table (the detail pane shows the full width).</extracomment>
        <translation>Sitaatti</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_model.py" line="85"/>
        <source>Document</source>
        <translation>Dokumentti</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_model.py" line="86"/>
        <source>Case</source>
        <translation>Tapaus</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_model.py" line="87"/>
        <source>Speaker</source>
        <translation>Puhuja</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_model.py" line="88"/>
        <source>Codes</source>
        <translation>Koodit</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_model.py" line="89"/>
        <source>Emotion</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_model.py" line="90"/>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
</context>
<context>
    <name>RetrievalView</name>
    <message>
        <location filename="../../ui/retrieval_view.py" line="108"/>
        <source>Select a passage to read it in full.</source>
        <extracomment>Tables whose changes can change the results. Tables whose changes change the filters&apos; choices. the path of a finished background export</extracomment>
        <translation>Valitse katkelma, niin näet sen kokonaan.</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_view.py" line="110"/>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_view.py" line="111"/>
        <source>Save these passages as an Excel or CSV file</source>
        <translation>Tallenna nämä katkelmat Excel- tai CSV-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_view.py" line="169"/>
        <source>{segments} in {documents}</source>
        <translation>{segments} {documents}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="170"/>
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n katkelma</numerusform>
            <numerusform>%n katkelmaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="171"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokumentissa</numerusform>
            <numerusform>%n dokumentissa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_view.py" line="192"/>
        <location filename="../../ui/retrieval_view.py" line="243"/>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/retrieval_view.py" line="196"/>
        <location filename="../../ui/retrieval_view.py" line="237"/>
        <source>Exported %n segment(s) to {name}</source>
        <translation>
            <numerusform>%n katkelma viety tiedostoon {name}</numerusform>
            <numerusform>%n katkelmaa viety tiedostoon {name}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_view.py" line="205"/>
        <source>Export passages</source>
        <translation>Vie katkelmat</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_view.py" line="206"/>
        <source>passages</source>
        <translation>katkelmat</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_view.py" line="207"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-työkirja (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/retrieval_view.py" line="229"/>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../../ui/search_hits.py" line="45"/>
        <source>Document</source>
        <translation>Dokumentti</translation>
    </message>
    <message>
        <location filename="../../ui/search_hits.py" line="45"/>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <location filename="../../ui/search_hits.py" line="45"/>
        <source>Match</source>
        <translation>Osuma</translation>
    </message>
    <message>
        <location filename="../../ui/search_hits.py" line="45"/>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/search_panel.py" line="53"/>
        <source>Search all documents (Enter)</source>
        <extracomment>Hits listed at most; more are counted as &quot;more than&quot;. Edits after which the hits may have moved (or, for word search, appeared).</extracomment>
        <translation>Hae kaikista dokumenteista (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="56"/>
        <source>Regular e&amp;xpression</source>
        <translation>Säännöllinen &amp;lauseke</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="57"/>
        <source>&amp;Match case</source>
        <translation>Sama ki&amp;rjainkoko</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="59"/>
        <source>Plain text</source>
        <translation>Pelkkä teksti</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="60"/>
        <source>Regular expression</source>
        <translation>Säännöllinen lauseke</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="61"/>
        <source>Words (lemmas)</source>
        <translation>Sanat (perusmuodot)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="63"/>
        <source>Words: &quot;palvelu&quot; also finds asiakaspalvelussa; &quot;a phrase&quot;; NEAR(a b, 5)</source>
        <translation>Sanat: &quot;palvelu&quot; löytää myös sanan asiakaspalvelussa; &quot;fraasi&quot;; NEAR(a b, 5)</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="67"/>
        <source>Code all hits…</source>
        <translation>Koodaa kaikki osumat…</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="71"/>
        <source>All documents</source>
        <translation>Kaikki dokumentit</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="72"/>
        <source>Current document</source>
        <translation>Nykyinen dokumentti</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="175"/>
        <source>The first {count} hits are shown; narrow the search to see the rest.</source>
        <translation>Näytetään {count} ensimmäistä osumaa; tarkenna hakua nähdäksesi loput.</translation>
    </message>
    <message>
        <location filename="../../ui/search_panel.py" line="180"/>
        <source>{hits} in {documents}</source>
        <translation>{hits} {documents}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="181"/>
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n osuma</numerusform>
            <numerusform>%n osumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="182"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokumentissa</numerusform>
            <numerusform>%n dokumentissa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/search_panel.py" line="190"/>
        <source>(%n document(s) still being processed)</source>
        <translation>
            <numerusform>(%n dokumentti vielä käsittelyssä)</numerusform>
            <numerusform>(%n dokumenttia vielä käsittelyssä)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentInspector</name>
    <message>
        <location filename="../../ui/segment_inspector.py" line="51"/>
        <source>Select a coded segment in a document to see it here.</source>
        <translation>Valitse dokumentista koodattu katkelma, niin se näkyy tässä.</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="59"/>
        <source>Show the segment in its document</source>
        <translation>Näytä katkelma dokumentissaan</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="69"/>
        <source>Add a code…</source>
        <translation>Lisää koodi…</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="82"/>
        <source>A short note on this segment…</source>
        <translation>Lyhyt huomio tästä katkelmasta…</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="95"/>
        <source>Codes</source>
        <translation>Koodit</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="97"/>
        <source>Journey</source>
        <translation>Asiakaspolku</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="98"/>
        <source>Memo</source>
        <translation>Muistio</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="149"/>
        <source>Speaker: {name}</source>
        <translation>Puhuja: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="178"/>
        <source>Remove “{name}” from this segment</source>
        <translation>Poista ”{name}” tästä katkelmasta</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="188"/>
        <source>none</source>
        <translation>ei asetettu</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="195"/>
        <source>{emotion}{valence} · stage: {stage} · touchpoint: {touchpoint}</source>
        <translation>{emotion}{valence} · vaihe: {stage} · kosketuspiste: {touchpoint}</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="209"/>
        <source>Coded by {coder} on {created}; changed {modified}</source>
        <translation>Koodannut {coder} {created}; muutettu {modified}</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="224"/>
        <source>Segment</source>
        <translation>Katkelma</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="233"/>
        <source>Remove code</source>
        <translation>Poista koodi</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="243"/>
        <source>No code “{name}”.</source>
        <translation>Koodia ”{name}” ei ole.</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="246"/>
        <source>Add code</source>
        <translation>Lisää koodi</translation>
    </message>
    <message>
        <location filename="../../ui/segment_inspector.py" line="273"/>
        <source>Edit segment memo</source>
        <translation>Muokkaa katkelman muistiota</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="107"/>
        <source>Code passage</source>
        <extracomment>How many recently used codes keys 1-9 reach. frozenset[str] of table names an edit, undo or redo changed a view asks for a document to be shown: (document id, start, end); start/end (code points) select and scroll to a passage, or are -1 the document shown in the document view changed (id, or -1 for none) the text selection in the document view: (document id, start, end) in code points; start == end when nothing is selected a coded segment was selected (id, or -1 for none) the list of recently used code ids changed (most recent first) a message for the status bar</extracomment>
        <translation>Koodaa kohta</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="132"/>
        <source>In-vivo code</source>
        <translation>In vivo -koodaus</translation>
    </message>
</context>
<context>
    <name>SessionTimer</name>
    <message>
        <location filename="../../ui/workshop/session_timer.py" line="18"/>
        <location filename="../../ui/workshop/session_timer.py" line="50"/>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/session_timer.py" line="20"/>
        <source>Reset</source>
        <translation>Nollaa</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/session_timer.py" line="38"/>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/session_timer.py" line="42"/>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
</context>
<context>
    <name>SurveyItemsEditor</name>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="129"/>
        <source>New survey item…</source>
        <translation>Uusi kyselyväittämä…</translation>
    </message>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="131"/>
        <source>Add item</source>
        <translation>Lisää väittämä</translation>
    </message>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="208"/>
        <source>Add survey item</source>
        <translation>Lisää kyselyväittämä</translation>
    </message>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="226"/>
        <source>Edit survey item</source>
        <translation>Muokkaa kyselyväittämää</translation>
    </message>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="234"/>
        <source>Change response scale</source>
        <translation>Vaihda vastausasteikko</translation>
    </message>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="242"/>
        <source>Mark item reverse-worded</source>
        <translation>Merkitse väittämä käänteiseksi</translation>
    </message>
    <message>
        <location filename="../../ui/survey_items_editor.py" line="251"/>
        <source>Delete survey item</source>
        <translation>Poista kyselyväittämä</translation>
    </message>
</context>
<context>
    <name>ThemesModel</name>
    <message>
        <location filename="../../ui/themes_model.py" line="59"/>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../ui/themes_model.py" line="59"/>
        <source>Units</source>
        <translation>Yksiköt</translation>
    </message>
    <message>
        <location filename="../../ui/themes_model.py" line="59"/>
        <source>Keywords</source>
        <translation>Avainsanat</translation>
    </message>
    <message>
        <location filename="../../ui/themes_model.py" line="59"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../ui/themes_model.py" line="63"/>
        <source>to review</source>
        <translation>arvioitavana</translation>
    </message>
    <message>
        <location filename="../../ui/themes_model.py" line="64"/>
        <source>accepted</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <location filename="../../ui/themes_model.py" line="65"/>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
</context>
<context>
    <name>ThemesPanel</name>
    <message>
        <location filename="../../ui/themes_panel.py" line="75"/>
        <source>Rename…</source>
        <extracomment>Tables whose changes the dock shows. the clustering behind the shown run, while this window made it (slider)</extracomment>
        <translation>Nimeä…</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="76"/>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="77"/>
        <source>Split</source>
        <translation>Jaa</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="78"/>
        <source>Drop units</source>
        <translation>Poista yksiköt</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="79"/>
        <source>Reject</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="80"/>
        <source>Accept</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="81"/>
        <source>Accept + code</source>
        <translation>Hyväksy + koodi</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="90"/>
        <source>Themes:</source>
        <translation>Teemoja:</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="118"/>
        <source>Find themes</source>
        <translation>Etsi teemoja</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="125"/>
        <source>(no word vectors: words only)</source>
        <translation>(ei sanavektoreita: vain sanat)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes_panel.py" line="126"/>
        <source>%n theme(s) found.</source>
        <translation>
            <numerusform>%n teema löytyi.</numerusform>
            <numerusform>%n teemaa löytyi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="134"/>
        <source>Change the number of themes</source>
        <translation>Muuta teemojen määrää</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="166"/>
        <location filename="../../ui/themes_panel.py" line="171"/>
        <source>Rename theme</source>
        <translation>Nimeä teema</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="166"/>
        <location filename="../../ui/themes_panel.py" line="220"/>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="179"/>
        <source>Merge themes</source>
        <translation>Yhdistä teemat</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="189"/>
        <source>Split theme</source>
        <translation>Jaa teema</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="201"/>
        <source>Drop units from theme</source>
        <translation>Poista yksiköitä teemasta</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="211"/>
        <source>Reject theme</source>
        <translation>Hylkää teema</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="220"/>
        <location filename="../../ui/themes_panel.py" line="225"/>
        <source>Accept theme</source>
        <translation>Hyväksy teema</translation>
    </message>
    <message>
        <location filename="../../ui/themes_panel.py" line="225"/>
        <source>Accept theme and code its units</source>
        <translation>Hyväksy teema ja koodaa sen yksiköt</translation>
    </message>
</context>
<context>
    <name>ThemesRunBar</name>
    <message>
        <location filename="../../ui/themes_run.py" line="43"/>
        <source>Coded segments</source>
        <extracomment>(ThemeModel, unit kind, RetrievalFilter) of a finished run a line for the dock&apos;s status</extracomment>
        <translation>Koodatut katkelmat</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="44"/>
        <source>Interviewees&apos; turns</source>
        <translation>Haastateltavien puheenvuorot</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="45"/>
        <source>Paragraphs</source>
        <translation>Kappaleet</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="46"/>
        <source>Survey answers</source>
        <translation>Kyselyn vastaukset</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="50"/>
        <source>All document kinds</source>
        <translation>Kaikki dokumenttilajit</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="56"/>
        <source>Ward (kept tree)</source>
        <translation>Ward (säilyvä puu)</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="57"/>
        <source>k-means</source>
        <translation>k-means</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="60"/>
        <source>Ward is reproducible and its tree is cut by the slider; k-means often separates topics better. Above 10,000 units k-means is always used.</source>
        <translation>Ward on toistettava ja liukusäädin leikkaa sen puuta; k-means erottelee aiheet usein paremmin. Yli 10 000 yksikön aineistoissa käytetään aina k-meansia.</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="64"/>
        <source>Run</source>
        <translation>Aja</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="65"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="96"/>
        <source>Any code</source>
        <translation>Mikä tahansa koodi</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="100"/>
        <source>Any case</source>
        <translation>Mikä tahansa tapaus</translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="127"/>
        <source>There are too few units of that kind to group.</source>
        <translation>Sen lajisia yksiköitä on liian vähän ryhmiteltäväksi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/themes_run.py" line="147"/>
        <source>Grouping %n unit(s)…</source>
        <translation>
            <numerusform>Ryhmitellään %n yksikkö…</numerusform>
            <numerusform>Ryhmitellään %n yksikköä…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/themes_run.py" line="175"/>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="45"/>
        <source>Workshop – {name}</source>
        <translation>Työpaja – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="80"/>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="85"/>
        <source>Participants…</source>
        <translation>Osallistujat…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="87"/>
        <source>Who is voting (keys 1–9)</source>
        <translation>Kuka äänestää (näppäimet 1–9)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="90"/>
        <source>Vote by clicking (V)</source>
        <translation>Äänestä napsauttamalla (V)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="94"/>
        <source>Note (N)</source>
        <translation>Muistilappu (N)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="95"/>
        <source>Group (Ctrl+G)</source>
        <translation>Ryhmittele (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="96"/>
        <source>Quotes (P)</source>
        <translation>Sitaatit (P)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="97"/>
        <location filename="../../ui/workshop/workshop_window.py" line="147"/>
        <source>Dark (T)</source>
        <translation>Tumma (T)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="103"/>
        <source>Fit the whole board (0)</source>
        <translation>Näytä koko taulu (0)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="104"/>
        <source>Save the board as PNG…</source>
        <translation>Tallenna taulu PNG-kuvana…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="105"/>
        <source>Save the board as PDF…</source>
        <translation>Tallenna taulu PDF-tiedostona…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="107"/>
        <source>More</source>
        <translation>Muut</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="111"/>
        <source>Leave (Esc)</source>
        <translation>Poistu (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="147"/>
        <source>Light (T)</source>
        <translation>Vaalea (T)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="191"/>
        <source>Dots left: {list}</source>
        <translation>Ääniä jäljellä: {list}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="206"/>
        <source>Name the workshop participants first.</source>
        <translation>Nimeä ensin työpajan osallistujat.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="225"/>
        <source>Select the cards to group first (Ctrl+click).</source>
        <translation>Valitse ensin ryhmiteltävät kortit (Ctrl+napsautus).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="232"/>
        <source>Select a card first (Tab).</source>
        <translation>Valitse ensin kortti (Tab).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="247"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="247"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="249"/>
        <source>Export the board</source>
        <translation>Vie taulu</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="257"/>
        <source>Could not write {path}: {error}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/workshop_window.py" line="260"/>
        <source>Board saved to {path}.</source>
        <translation>Taulu tallennettu: {path}.</translation>
    </message>
</context>
</TS>
