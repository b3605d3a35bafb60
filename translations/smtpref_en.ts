<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PageRenderer</name>
    <message numerus="yes">
        <source>%n code(s) in the catalogue. With the search field empty, the list shows the whole catalogue by family and class.</source>
        <translation>
            <numerusform>%n code in the catalogue. With the search field empty, the list shows the whole catalogue by family and class.</numerusform>
            <numerusform>%n codes in the catalogue. With the search field empty, the list shows the whole catalogue by family and class.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDataCommands</name>
    <message numerus="yes">
        <source>Exported %n custom code(s), </source>
        <translation>
            <numerusform>Exported %n custom code, </numerusform>
            <numerusform>Exported %n custom codes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) and </source>
        <translation>
            <numerusform>%n note and </numerusform>
            <numerusform>%n notes and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s) to %1.</source>
        <translation>
            <numerusform>%n favourite to %1.</numerusform>
            <numerusform>%n favourites to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in %1</source>
        <translation>
            <numerusform>nothing was imported: %n problem in %1</numerusform>
            <numerusform>nothing was imported: %n problems in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n custom code(s), </source>
        <translation>
            <numerusform>Imported %n custom code, </numerusform>
            <numerusform>Imported %n custom codes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s).</source>
        <translation>
            <numerusform>%n favourite.</numerusform>
            <numerusform>%n favourites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message numerus="yes">
        <source>Your favourites, notes and own codes could not be read: %1

The damaged file was moved aside, not deleted, to %2, and a fresh file was started. %n item(s) could be copied over from the damaged file.</source>
        <translation>
            <numerusform>Your favourites, notes and own codes could not be read: %1

The damaged file was moved aside, not deleted, to %2, and a fresh file was started. %n item could be copied over from the damaged file.</numerusform>
            <numerusform>Your favourites, notes and own codes could not be read: %1

The damaged file was moved aside, not deleted, to %2, and a fresh file was started. %n items could be copied over from the damaged file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::Analysis::VerdictWriter</name>
    <message numerus="yes">
        <source>%n recipient(s) did not get the message.</source>
        <translation>
            <numerusform>%n recipient did not get the message.</numerusform>
            <numerusform>%n recipients did not get the message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::AnalyzeView</name>
    <message numerus="yes">
        <source>%n code(s) found.</source>
        <comment>status</comment>
        <translation>
            <numerusform>%n code found.</numerusform>
            <numerusform>%n codes found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message numerus="yes">
        <source>%n code(s) in the catalogue</source>
        <translation>
            <numerusform>%n code in the catalogue</numerusform>
            <numerusform>%n codes in the catalogue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::UserDataTransfer</name>
    <message numerus="yes">
        <source>%n custom code(s), </source>
        <translation>
            <numerusform>%n custom code, </numerusform>
            <numerusform>%n custom codes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) and </source>
        <translation>
            <numerusform>%n note and </numerusform>
            <numerusform>%n notes and </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n favourite</numerusform>
            <numerusform>%n favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in %1.</numerusform>
            <numerusform>Nothing was imported: %n problems in %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
