<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Catalogue</name>
    <message>
        <source>%1 is not an smtpref catalogue (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has catalogue schema version %2; this program reads version %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Commands:
  lookup CODE          Explain one code.         smtpref lookup 530
                       Enhanced codes in any class: smtpref lookup 5.7.1
  search QUERY         Find codes by code, prefix or words.
                                                 smtpref search &quot;mailbox full&quot;
  compare A B          Set two codes side by side. smtpref compare 211 530
  list                 List the catalogue.       smtpref list --family enhanced

Without a command, smtpref opens its window.

Exit status: 0 found, 1 not found, 2 usage error, 3 catalogue cannot be read.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtpref: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes, enhanced status codes and provider replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup, search, compare or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the catalogue from FILE instead of the bundled one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in language L (%1); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: at most N results (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only basic, enhanced or provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtpref: cannot read the catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup takes one CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry for &quot;%1&quot;; try: smtpref search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search takes a QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing found for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare takes two codes, A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no operands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--family is basic, enhanced or provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 is %2&apos;s reply sent with the basic code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2&apos;s own use of the registry code %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are often mistaken for each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are related codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share their last two digits; only the class differs, so check the texts below before treating them as the same condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both report a problem of subject X.%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no enhanced status)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonRenderer</name>
    <message>
        <source>%1 compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick a code in each field above: the page sets them side by side, section by section, with what tells them apart on top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>class %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated in the IANA registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet translated, shown in English: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>smtpref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code catalogue cannot be read.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Basic reply code</source>
        <comment>catalogue family</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced status code</source>
        <comment>catalogue family</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reply</source>
        <comment>catalogue family</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <comment>enhanced status class 2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive completion</source>
        <comment>reply class 2xx</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive intermediate</source>
        <comment>reply class 3xx</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent transient failure</source>
        <comment>enhanced status class 4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient negative completion</source>
        <comment>reply class 4xx</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <comment>enhanced status class 5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent negative completion</source>
        <comment>reply class 5xx</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any class: 2 success, 4 persistent transient failure, 5 permanent failure</source>
        <comment>enhanced status written as X.S.D</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: informational</source>
        <comment>who acts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender (person or sending program)</source>
        <comment>who acts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending server&apos;s administrator</source>
        <comment>who acts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server&apos;s administrator</source>
        <comment>who acts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient (mailbox owner)</source>
        <comment>who acts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable: the dialogue goes on</source>
        <comment>retry advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the sending server retries</source>
        <comment>retry advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only after fixing the cause</source>
        <comment>retry advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: resending will not help</source>
        <comment>retry advice</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <comment>SMTP phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greeting</source>
        <comment>SMTP phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of data</source>
        <comment>SMTP phase: after the final dot of DATA</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any command</source>
        <comment>SMTP phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery report</source>
        <comment>SMTP phase: reported in a bounce after acceptance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined</source>
        <comment>enhanced status subject X.0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressing</source>
        <comment>enhanced status subject X.1</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <comment>enhanced status subject X.2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system</source>
        <comment>enhanced status subject X.3</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and routing</source>
        <comment>enhanced status subject X.4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail delivery protocol</source>
        <comment>enhanced status subject X.5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message content or media</source>
        <comment>enhanced status subject X.6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security or policy</source>
        <comment>enhanced status subject X.7</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered subject</source>
        <comment>enhanced status subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you see it</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP phase</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related codes</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easily confused with</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider-specific use</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <comment>section heading: basic, enhanced or provider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>section heading: the middle digit of an enhanced status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they share</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How they relate</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key differences</source>
        <comment>section heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>section heading: curated notes on a pair of codes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Compare %1 with %2</source>
        <comment>link on a code&apos;s page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated in the IANA registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of this page are not translated yet and are shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>section heading on a code&apos;s page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <comment>section heading: the user&apos;s own note on a code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up an SMTP reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code (530, 5.7.1, 5xx), a few words (mailbox full), or paste a whole reply line or bounce into the search field. Enter opens the selected code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in the catalogue. With the search field empty, the list shows the whole catalogue by family and class.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyClassStyle</name>
    <message>
        <source>success</source>
        <comment>reply class 2, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continue</source>
        <comment>reply class 3 (positive intermediate), short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transient</source>
        <comment>reply class 4, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent</source>
        <comment>reply class 5, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any class</source>
        <comment>enhanced status code written with X, short</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the catalogue; searched for: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user data was written by a newer smtpref (version %1; this one knows %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smtpref::CatalogueOutlineModel</name>
    <message>
        <source>Reply codes</source>
        <comment>outline group: basic 3-digit replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced status codes</source>
        <comment>outline group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider replies</source>
        <comment>outline group</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>outline group: class pattern, class name, number of codes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X.%1 %2 (%3)</source>
        <comment>outline group: enhanced subject digit, subject name, number of codes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>outline group: provider name, number of codes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <comment>outline column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <comment>outline column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>smtpref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>smtpref::ResultModel</name>
    <message>
        <source>Code</source>
        <comment>result column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <comment>result column: reply class</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <comment>result column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
