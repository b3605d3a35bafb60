<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Catalogue</name>
    <message>
        <source>%1 has catalogue schema version %2; this program reads version %3.</source>
        <translation>У %1 версия схемы каталога %2, а эта программа читает версию %3.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an smtpref catalogue (%2).</source>
        <translation>%1 повреждён или не является каталогом smtpref (%2).</translation>
    </message>
</context>
<context>
    <name>CatalogueRecovery</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>cannot copy the built-in catalogue to %1: %2</source>
        <translation>не удаётся скопировать встроенный каталог в %1: %2</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>не удаётся переместить %1 на место</translation>
    </message>
    <message>
        <source>The code catalogue %1 cannot be read (%2), and neither can the copy built into smtpref (%3). Reinstall smtpref.</source>
        <translation>Не удаётся прочитать ни каталог кодов %1 (%2), ни встроенную в smtpref копию (%3). Переустановите smtpref.</translation>
    </message>
    <message>
        <source>A copy of the unreadable file was kept as %1.</source>
        <translation>Копия нечитаемого файла сохранена как %1.</translation>
    </message>
    <message>
        <source>No copy of it could be kept (%1).</source>
        <translation>Сохранить его копию не удалось (%1).</translation>
    </message>
    <message>
        <source>The code catalogue %1 cannot be read: %2

smtpref is using the copy built into the program instead, so everything works as usual. %3

To repair the installation, reinstall smtpref (for example &quot;sudo apt-get install --reinstall smtpref&quot;).</source>
        <translation>Не удаётся прочитать каталог кодов %1: %2

smtpref использует вместо него копию, встроенную в программу, так что всё работает как обычно. %3

Чтобы исправить установку, переустановите smtpref (например, «sudo apt-get install --reinstall smtpref»).</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>файл повреждён (%1)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>smtpref: %1</source>
        <translation>smtpref: %1</translation>
    </message>
    <message>
        <source>Try &apos;smtpref --help&apos;.</source>
        <translation>Подробнее: smtpref --help</translation>
    </message>
    <message>
        <source>A reference for SMTP reply codes, enhanced status codes and provider replies.</source>
        <translation>Справочник по кодам ответа SMTP, расширенным кодам статуса и ответам провайдеров.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Read the catalogue from FILE instead of the bundled one.</source>
        <translation>Читать каталог из FILE вместо встроенного.</translation>
    </message>
    <message>
        <source>Answer in language L (%1); default: the system&apos;s.</source>
        <translation>Отвечать на языке L (%1); по умолчанию — на языке системы.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Выводить JSON вместо текста.</translation>
    </message>
    <message>
        <source>search: at most N results (default 20).</source>
        <translation>search: не больше N результатов (по умолчанию 20).</translation>
    </message>
    <message>
        <source>list: only basic, enhanced or provider.</source>
        <translation>list: только basic, enhanced или provider.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; available: %2</source>
        <translation>неизвестный язык «%1»; доступны: %2</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>не указана команда</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>неизвестная команда «%1»</translation>
    </message>
    <message>
        <source>smtpref: cannot read the catalogue: %1</source>
        <translation>smtpref: не удаётся прочитать каталог: %1</translation>
    </message>
    <message>
        <source>lookup takes one CODE</source>
        <translation>lookup принимает один КОД</translation>
    </message>
    <message>
        <source>no entry for &quot;%1&quot;; try: smtpref search %1</source>
        <translation>нет записи для «%1»; попробуйте: smtpref search %1</translation>
    </message>
    <message>
        <source>search takes a QUERY</source>
        <translation>search принимает ЗАПРОС</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1</source>
        <translation>--limit принимает целое число не меньше 1</translation>
    </message>
    <message>
        <source>nothing found for &quot;%1&quot;</source>
        <translation>по запросу «%1» ничего не найдено</translation>
    </message>
    <message>
        <source>compare takes two codes, A and B</source>
        <translation>compare принимает два кода, A и B</translation>
    </message>
    <message>
        <source>no entry for &quot;%1&quot;</source>
        <translation>нет записи для «%1»</translation>
    </message>
    <message>
        <source>list takes no operands</source>
        <translation>list не принимает аргументов</translation>
    </message>
    <message>
        <source>--family is basic, enhanced or provider</source>
        <translation>--family принимает basic, enhanced или provider</translation>
    </message>
    <message>
        <source>analyze takes one FILE, or - for standard input</source>
        <translation>analyze принимает один ФАЙЛ или - для стандартного ввода</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>smtpref: cannot read the catalogue: %1; codes are shown without titles</source>
        <translation>smtpref: не удаётся прочитать каталог: %1; коды показаны без названий</translation>
    </message>
    <message>
        <source>no reply code, status code or bounce found in &quot;%1&quot;</source>
        <translation>в «%1» не найдено ни кода ответа, ни кода статуса, ни баунса</translation>
    </message>
    <message>
        <source>show: look up the codes in the clipboard.</source>
        <translation>show: найти коды из буфера обмена.</translation>
    </message>
    <message>
        <source>Commands:
  lookup CODE          Explain one code.         smtpref lookup 530
                       Enhanced codes in any class: smtpref lookup 5.7.1
  search QUERY         Find codes by code, prefix or words.
                                                 smtpref search &quot;mailbox full&quot;
  compare A B          Set two codes side by side. smtpref compare 211 530
  list                 List the catalogue.       smtpref list --family enhanced
  export FILE|-        Save your custom codes, notes and favourites as JSON.
                                                 smtpref export my-codes.json
  import FILE|-        Add them from such a file, all or nothing; problems are named
                       by line and field.        smtpref import my-codes.json
  analyze FILE|-       What a bounce, DSN, SMTP transcript or reply line says went wrong,
                       from a file or standard input. smtpref analyze bounce.eml
  show CODE            Bring the window forward on a code, starting it if needed.
                                                 smtpref show 530
  show --clipboard     The same for the codes in the clipboard: bound to a keyboard
                       shortcut, it looks codes up from anywhere.
                                                 smtpref show --clipboard

Without a command, smtpref opens its window, or brings forward the one already open.

Exit status: 0 found, 1 not found, 2 usage error, 3 catalogue or user data cannot be
read, 4 the file to import is not valid (nothing was imported).

If the catalogue cannot be read, reinstall smtpref (the window goes on with the copy
built into the program). A damaged user data file is moved aside, never deleted, and
a fresh one started; smtpref says where the old one went.
</source>
        <translation>Команды:
  lookup КОД           Объяснить один код.       smtpref lookup 530
                       Расширенные коды любого класса: smtpref lookup 5.7.1
  search ЗАПРОС        Найти коды по коду, префиксу или словам.
                                                 smtpref search &quot;ящик переполнен&quot;
  compare A B          Сравнить два кода.        smtpref compare 211 530
  list                 Показать каталог.         smtpref list --family enhanced
  export ФАЙЛ|-        Сохранить свои коды, заметки и избранное в JSON.
                                                 smtpref export my-codes.json
  import ФАЙЛ|-        Добавить их из такого файла, всё или ничего; ошибки
                       указываются по строке и полю. smtpref import my-codes.json
  analyze ФАЙЛ|-       Что пошло не так, по баунсу, DSN, протоколу SMTP-сеанса или
                       строке ответа, из файла или стандартного ввода.
                                                 smtpref analyze bounce.eml
  show КОД             Показать код в окне, открыв окно, если нужно.
                                                 smtpref show 530
  show --clipboard     То же для кодов из буфера обмена: если назначить на сочетание
                       клавиш, коды можно искать из любой программы.
                                                 smtpref show --clipboard

Без команды smtpref открывает окно или выводит на передний план уже открытое.

Код возврата: 0 — найдено, 1 — не найдено, 2 — ошибка в вызове, 3 — не удаётся
прочитать каталог или пользовательские данные, 4 — файл для импорта некорректен
(ничего не импортировано).

Если каталог не читается, переустановите smtpref (окно продолжит работать со встроенной
в программу копией). Повреждённый файл пользовательских данных откладывается в сторону,
но не удаляется, и создаётся новый; smtpref сообщает, куда перемещён старый.
</translation>
    </message>
    <message>
        <source>export takes one FILE, or - for standard output</source>
        <translation>export принимает один ФАЙЛ или - для стандартного вывода</translation>
    </message>
    <message>
        <source>import takes one FILE, or - for standard input</source>
        <translation>import принимает один ФАЙЛ или - для стандартного ввода</translation>
    </message>
    <message>
        <source>smtpref: reinstall smtpref to repair it, or name another catalogue with --database FILE.</source>
        <translation>smtpref: чтобы исправить это, переустановите smtpref или укажите другой каталог через --database FILE.</translation>
    </message>
    <message>
        <source>lookup, search, compare, list, analyze, show, export or import</source>
        <translation>lookup, search, compare, list, analyze, show, export или import</translation>
    </message>
    <message>
        <source>Keep your notes, favourites, history and custom codes in FILE (default: %1).</source>
        <translation>Хранить заметки, избранное, историю и свои коды в FILE (по умолчанию %1).</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%1 is %2&apos;s reply sent with the basic code %3.</source>
        <translation>%1 — ответ %2 с базовым кодом %3.</translation>
    </message>
    <message>
        <source>%1 is %2&apos;s own use of the registry code %3.</source>
        <translation>%1 — то, как %2 использует код %3 из реестра.</translation>
    </message>
    <message>
        <source>%1 and %2 are often mistaken for each other.</source>
        <translation>%1 и %2 часто путают друг с другом.</translation>
    </message>
    <message>
        <source>%1 and %2 are related codes.</source>
        <translation>%1 и %2 — связанные коды.</translation>
    </message>
    <message>
        <source>%1 and %2 share their last two digits; only the class differs, so check the texts below before treating them as the same condition.</source>
        <translation>У %1 и %2 совпадают две последние цифры, различается только класс: прежде чем считать их одной и той же ситуацией, сверьте тексты ниже.</translation>
    </message>
    <message>
        <source>Both report a problem of subject X.%1: %2.</source>
        <translation>Оба кода сообщают о проблеме категории X.%1: %2.</translation>
    </message>
    <message>
        <source>none (no enhanced status)</source>
        <translation>нет (без расширенного кода)</translation>
    </message>
</context>
<context>
    <name>ComparisonRenderer</name>
    <message>
        <source>Type or pick a code in each field above: the page sets them side by side, section by section, with what tells them apart on top.</source>
        <translation>Введите или выберите код в каждом поле выше: страница поставит их рядом, раздел за разделом, а сверху покажет, чем они различаются.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <comment>heading of a comparison; two codes</comment>
        <translation>Сравнение %1 и %2</translation>
    </message>
    <message>
        <source>Compare two codes</source>
        <comment>heading shown until both codes are chosen</comment>
        <translation>Сравнение двух кодов</translation>
    </message>
</context>
<context>
    <name>CustomCatalogue</name>
    <message>
        <source>Your own codes cannot be prepared for search: %1</source>
        <translation>Не удаётся подготовить ваши коды к поиску: %1</translation>
    </message>
</context>
<context>
    <name>DamagedFile</name>
    <message>
        <source>%1 cannot be moved aside to %2: %3</source>
        <translation>Не удаётся переместить %1 в %2: %3</translation>
    </message>
    <message>
        <source>%1 cannot be copied to %2: %3</source>
        <translation>Не удаётся скопировать %1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>DataGuard</name>
    <message>
        <source>smtpref</source>
        <translation>smtpref</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>class %1: %2</source>
        <translation>класс %1: %2</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>Deprecated in the IANA registry.</source>
        <translation>В реестре IANA помечен как устаревший.</translation>
    </message>
    <message>
        <source>Not yet translated, shown in English: %1.</source>
        <translation>Ещё не переведено, показано на английском: %1.</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 и %2</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>smtpref</source>
        <translation>smtpref</translation>
    </message>
    <message>
        <source>smtpref: show takes a CODE, or --clipboard
Try &apos;smtpref --help&apos;.
</source>
        <translation>smtpref: show принимает КОД или --clipboard
Подробнее: smtpref --help
</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Basic reply code</source>
        <comment>catalogue family</comment>
        <translation>Базовый код ответа</translation>
    </message>
    <message>
        <source>Enhanced status code</source>
        <comment>catalogue family</comment>
        <translation>Расширенный код статуса</translation>
    </message>
    <message>
        <source>Provider reply</source>
        <comment>catalogue family</comment>
        <translation>Ответ провайдера</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>enhanced status class 2</comment>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Positive completion</source>
        <comment>reply class 2xx</comment>
        <translation>Успешное выполнение</translation>
    </message>
    <message>
        <source>Positive intermediate</source>
        <comment>reply class 3xx</comment>
        <translation>Промежуточный положительный ответ</translation>
    </message>
    <message>
        <source>Persistent transient failure</source>
        <comment>enhanced status class 4</comment>
        <translation>Устойчивая временная ошибка</translation>
    </message>
    <message>
        <source>Transient negative completion</source>
        <comment>reply class 4xx</comment>
        <translation>Временный отказ</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <comment>enhanced status class 5</comment>
        <translation>Постоянная ошибка</translation>
    </message>
    <message>
        <source>Permanent negative completion</source>
        <comment>reply class 5xx</comment>
        <translation>Постоянный отказ</translation>
    </message>
    <message>
        <source>Any class: 2 success, 4 persistent transient failure, 5 permanent failure</source>
        <comment>enhanced status written as X.S.D</comment>
        <translation>Любой класс: 2 — успех, 4 — устойчивая временная ошибка, 5 — постоянная ошибка</translation>
    </message>
    <message>
        <source>Nobody: informational</source>
        <comment>who acts</comment>
        <translation>Никто: ответ информационный</translation>
    </message>
    <message>
        <source>The sender (person or sending program)</source>
        <comment>who acts</comment>
        <translation>Отправитель (человек или программа-отправитель)</translation>
    </message>
    <message>
        <source>The sending server&apos;s administrator</source>
        <comment>who acts</comment>
        <translation>Администратор отправляющего сервера</translation>
    </message>
    <message>
        <source>The receiving server&apos;s administrator</source>
        <comment>who acts</comment>
        <translation>Администратор принимающего сервера</translation>
    </message>
    <message>
        <source>The recipient (mailbox owner)</source>
        <comment>who acts</comment>
        <translation>Получатель (владелец ящика)</translation>
    </message>
    <message>
        <source>Not applicable: the dialogue goes on</source>
        <comment>retry advice</comment>
        <translation>Не нужен: диалог продолжается</translation>
    </message>
    <message>
        <source>Automatic: the sending server retries</source>
        <comment>retry advice</comment>
        <translation>Автоматически: отправляющий сервер повторит сам</translation>
    </message>
    <message>
        <source>Only after fixing the cause</source>
        <comment>retry advice</comment>
        <translation>Только после устранения причины</translation>
    </message>
    <message>
        <source>No: resending will not help</source>
        <comment>retry advice</comment>
        <translation>Нет: повторная отправка не поможет</translation>
    </message>
    <message>
        <source>connection</source>
        <comment>SMTP phase</comment>
        <translation>подключение</translation>
    </message>
    <message>
        <source>greeting</source>
        <comment>SMTP phase</comment>
        <translation>приветствие</translation>
    </message>
    <message>
        <source>end of data</source>
        <comment>SMTP phase: after the final dot of DATA</comment>
        <translation>конец DATA</translation>
    </message>
    <message>
        <source>any command</source>
        <comment>SMTP phase</comment>
        <translation>любая команда</translation>
    </message>
    <message>
        <source>delivery report</source>
        <comment>SMTP phase: reported in a bounce after acceptance</comment>
        <translation>отчёт о доставке</translation>
    </message>
    <message>
        <source>Other or undefined</source>
        <comment>enhanced status subject X.0</comment>
        <translation>Прочее или не определено</translation>
    </message>
    <message>
        <source>Addressing</source>
        <comment>enhanced status subject X.1</comment>
        <translation>Адресация</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <comment>enhanced status subject X.2</comment>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <source>Mail system</source>
        <comment>enhanced status subject X.3</comment>
        <translation>Почтовая система</translation>
    </message>
    <message>
        <source>Network and routing</source>
        <comment>enhanced status subject X.4</comment>
        <translation>Сеть и маршрутизация</translation>
    </message>
    <message>
        <source>Mail delivery protocol</source>
        <comment>enhanced status subject X.5</comment>
        <translation>Протокол доставки почты</translation>
    </message>
    <message>
        <source>Message content or media</source>
        <comment>enhanced status subject X.6</comment>
        <translation>Содержимое или формат письма</translation>
    </message>
    <message>
        <source>Security or policy</source>
        <comment>enhanced status subject X.7</comment>
        <translation>Безопасность или политика</translation>
    </message>
    <message>
        <source>Unregistered subject</source>
        <comment>enhanced status subject</comment>
        <translation>Незарегистрированная категория</translation>
    </message>
    <message>
        <source>Meaning</source>
        <comment>section heading</comment>
        <translation>Значение</translation>
    </message>
    <message>
        <source>When you see it</source>
        <comment>section heading</comment>
        <translation>Когда встречается</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <comment>section heading</comment>
        <translation>Как исправить</translation>
    </message>
    <message>
        <source>Who acts</source>
        <comment>section heading</comment>
        <translation>Кто действует</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>section heading</comment>
        <translation>Повтор отправки</translation>
    </message>
    <message>
        <source>SMTP phase</source>
        <comment>section heading</comment>
        <translation>Этап SMTP</translation>
    </message>
    <message>
        <source>References</source>
        <comment>section heading</comment>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Related codes</source>
        <comment>section heading</comment>
        <translation>Связанные коды</translation>
    </message>
    <message>
        <source>Easily confused with</source>
        <comment>section heading</comment>
        <translation>Легко спутать с</translation>
    </message>
    <message>
        <source>Provider</source>
        <comment>section heading</comment>
        <translation>Провайдер</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>section heading</comment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Provider-specific use</source>
        <comment>section heading</comment>
        <translation>Особенность провайдера</translation>
    </message>
    <message>
        <source>Family</source>
        <comment>section heading: basic, enhanced or provider</comment>
        <translation>Семейство</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>section heading</comment>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Subject</source>
        <comment>section heading: the middle digit of an enhanced status</comment>
        <translation>Категория</translation>
    </message>
    <message>
        <source>What they share</source>
        <comment>section heading</comment>
        <translation>Что общего</translation>
    </message>
    <message>
        <source>How they relate</source>
        <comment>section heading</comment>
        <translation>Как они связаны</translation>
    </message>
    <message>
        <source>Key differences</source>
        <comment>section heading</comment>
        <translation>Главные различия</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>section heading: curated notes on a pair of codes</comment>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>badge on the user&apos;s own codes</comment>
        <translation>Свой</translation>
    </message>
    <message>
        <source>One of your own codes, from your user data, not from the catalogue.</source>
        <translation>Один из ваших собственных кодов: он из ваших пользовательских данных, а не из каталога.</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>Print %1</source>
        <comment>dialog title; %1: a code, or two codes compared</comment>
        <translation>Печать %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <comment>file dialog title</comment>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Compare %1 with %2</source>
        <comment>link on a code&apos;s page</comment>
        <translation>Сравнить %1 с %2</translation>
    </message>
    <message>
        <source>Deprecated in the IANA registry.</source>
        <translation>В реестре IANA помечен как устаревший.</translation>
    </message>
    <message>
        <source>Parts of this page are not translated yet and are shown in English.</source>
        <translation>Часть этой страницы ещё не переведена и показана на английском.</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>section heading on a code&apos;s page</comment>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Your note</source>
        <comment>section heading: the user&apos;s own note on a code</comment>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Look up an SMTP reply</source>
        <translation>Расшифровка ответа SMTP</translation>
    </message>
    <message>
        <source>Type a code (530, 5.7.1, 5xx), a few words (mailbox full), or paste a whole reply line or bounce into the search field. Enter opens the selected code.</source>
        <translation>Введите в поле поиска код (530, 5.7.1, 5xx) или несколько слов (ящик переполнен) либо вставьте целиком строку ответа или баунс. Enter открывает выбранный код.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in the catalogue. With the search field empty, the list shows the whole catalogue by family and class.</source>
        <translation>
            <numerusform>В каталоге %n код. Пока поле поиска пусто, список показывает весь каталог по семействам и классам.</numerusform>
            <numerusform>В каталоге %n кода. Пока поле поиска пусто, список показывает весь каталог по семействам и классам.</numerusform>
            <numerusform>В каталоге %n кодов. Пока поле поиска пусто, список показывает весь каталог по семействам и классам.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is not in the catalogue.</source>
        <translation>Этого кода нет в каталоге.</translation>
    </message>
    <message>
        <source>Compare with another code…</source>
        <comment>link on a code&apos;s page</comment>
        <translation>Сравнить с другим кодом…</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <comment>link on a code&apos;s page</comment>
        <translation>Добавить заметку…</translation>
    </message>
    <message>
        <source>Edit the note…</source>
        <comment>link on a code&apos;s page</comment>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <comment>heading of the keyboard tips on the start page</comment>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <source>This code is not in the current catalogue. Your note on it is kept.</source>
        <translation>Этого кода нет в текущем каталоге. Ваша заметка к нему сохранена.</translation>
    </message>
</context>
<context>
    <name>ReasonAdvice</name>
    <message>
        <source>Unknown recipient</source>
        <translation>Неизвестный получатель</translation>
    </message>
    <message>
        <source>The mailbox does not exist. Check the address for typos, ask the recipient for a working one, and remove it from mailing lists.</source>
        <translation>Такого ящика нет. Проверьте адрес на опечатки, попросите у получателя рабочий адрес и уберите этот из списков рассылки.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Ящик переполнен</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its quota. Tell the recipient by other means; send again once they have made room.</source>
        <translation>Ящик получателя превысил квоту. Сообщите получателю другим способом и отправьте письмо снова, когда он освободит место.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Истёк срок доставки</translation>
    </message>
    <message>
        <source>The sending server gave up after retrying for too long. Check that the recipient&apos;s domain has working MX hosts that accept connections, then send again.</source>
        <translation>Отправляющий сервер слишком долго повторял попытки и сдался. Проверьте, что у домена получателя есть рабочие MX-серверы, принимающие соединения, и отправьте снова.</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <translation>Отклонено фильтром получателя</translation>
    </message>
    <message>
        <source>The recipient&apos;s server or filter refused the message after reading it. Ask the recipient to allow your address, or reach them another way.</source>
        <translation>Сервер или фильтр получателя отклонил письмо, прочитав его. Попросите получателя разрешить ваш адрес или свяжитесь с ним другим способом.</translation>
    </message>
    <message>
        <source>Sender refused</source>
        <translation>Отправитель отклонён</translation>
    </message>
    <message>
        <source>The receiving server refused the envelope sender. Check that the sender address and its domain exist, resolve and are allowed to send there.</source>
        <translation>Принимающий сервер отклонил отправителя из конверта (MAIL FROM). Проверьте, что адрес отправителя и его домен существуют, разрешаются в DNS и им разрешено туда отправлять.</translation>
    </message>
    <message>
        <source>Sending server blocked</source>
        <translation>Отправляющий сервер заблокирован</translation>
    </message>
    <message>
        <source>The receiving server refuses the sending server&apos;s IP address or host. Check block lists, reverse DNS and sending volume, then ask for delisting.</source>
        <translation>Принимающий сервер не принимает IP-адрес или хост отправляющего сервера. Проверьте блок-листы, обратную зону DNS и объём отправки, затем попросите исключить вас из списка.</translation>
    </message>
    <message>
        <source>Unknown domain</source>
        <translation>Неизвестный домен</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not exist or has no mail host. Check the part after the @ for typos.</source>
        <translation>Домена получателя не существует или у него нет почтового сервера. Проверьте часть адреса после @ на опечатки.</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>The recipient reported the message as abuse or spam. Stop sending to this address and review how it was subscribed.</source>
        <translation>Получатель пожаловался на письмо как на спам или злоупотребление. Прекратите отправку на этот адрес и проверьте, как он попал в рассылку.</translation>
    </message>
    <message>
        <source>Sender authentication failed</source>
        <translation>Отправитель не прошёл проверку подлинности</translation>
    </message>
    <message>
        <source>The message failed SPF, DKIM or DMARC checks. Publish correct SPF and DKIM records for the sending domain, align them with the From domain, then send again.</source>
        <translation>Письмо не прошло проверку SPF, DKIM или DMARC. Опубликуйте правильные записи SPF и DKIM для домена отправки, согласуйте их с доменом в From и отправьте снова.</translation>
    </message>
    <message>
        <source>Network or DNS error</source>
        <translation>Ошибка сети или DNS</translation>
    </message>
    <message>
        <source>The sending server could not reach the recipient&apos;s server (DNS, timeout, refused connection). It retries by itself; if it persists, check DNS and connectivity on both sides.</source>
        <translation>Отправляющий сервер не смог связаться с сервером получателя (DNS, тайм-аут, отказ в соединении). Он повторит попытку сам; если ошибка не проходит, проверьте DNS и связность с обеих сторон.</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Ящик отключён</translation>
    </message>
    <message>
        <source>The recipient&apos;s account is disabled or suspended. Reach the recipient another way; stop sending if it stays so.</source>
        <translation>Учётная запись получателя отключена или приостановлена. Свяжитесь с получателем другим способом; если так и останется, прекратите отправку.</translation>
    </message>
    <message>
        <source>Reverse DNS missing</source>
        <translation>Нет обратной записи DNS</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address has no valid PTR record, or it does not match the host name. Set up reverse DNS with the IP&apos;s owner, then send again.</source>
        <translation>У IP-адреса отправляющего сервера нет правильной PTR-записи или она не совпадает с именем хоста. Настройте обратную запись DNS через владельца IP-адреса (провайдера или хостинг) и отправьте снова.</translation>
    </message>
    <message>
        <source>Against the recipient&apos;s policy</source>
        <translation>Нарушает политику получателя</translation>
    </message>
    <message>
        <source>The message breaks a policy of the receiving side (content, attachments, sender). Read the reply text for which one, change the message, then send again.</source>
        <translation>Письмо нарушает политику принимающей стороны (содержимое, вложения, отправитель). Узнайте из текста ответа, какую именно, измените письмо и отправьте снова.</translation>
    </message>
    <message>
        <source>Taken for spam</source>
        <translation>Принято за спам</translation>
    </message>
    <message>
        <source>The receiving server judged the content to be spam. Review the content, links and sending practices; authenticate the domain; then send again.</source>
        <translation>Принимающий сервер счёл содержимое спамом. Пересмотрите текст, ссылки и практику рассылки, настройте аутентификацию домена и отправьте снова.</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Ошибка сервера</translation>
    </message>
    <message>
        <source>The receiving mail system failed. Nothing is wrong with the message; send again later, and tell the recipient&apos;s administrator if it persists.</source>
        <translation>Сбой почтовой системы получателя. С письмом всё в порядке: отправьте его позже, а если ошибка повторяется, сообщите администратору получателя.</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <translation>Домен не принимает почту</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not receive mail (null MX or no SMTP service). Use another address.</source>
        <translation>Домен получателя не принимает почту (null MX или нет SMTP-сервиса). Используйте другой адрес.</translation>
    </message>
    <message>
        <source>Security requirement not met</source>
        <translation>Не выполнено требование безопасности</translation>
    </message>
    <message>
        <source>The server asked for authentication, encryption or a permission the sender lacked. Check the mail client&apos;s or server&apos;s SMTP authentication and TLS settings.</source>
        <translation>Сервер потребовал аутентификацию, шифрование или права, которых у отправителя не было. Проверьте настройки аутентификации SMTP и TLS в почтовом клиенте или на сервере.</translation>
    </message>
    <message>
        <source>Local delivery program failed</source>
        <translation>Сбой программы локальной доставки</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepted the message but its delivery program (procmail, a pipe, a script) failed. The recipient&apos;s administrator must fix it.</source>
        <translation>Сервер получателя принял письмо, но программа доставки (procmail, конвейер, скрипт) дала сбой. Исправить это должен администратор получателя.</translation>
    </message>
    <message>
        <source>Too many connections or recipients</source>
        <translation>Слишком много соединений или получателей</translation>
    </message>
    <message>
        <source>The sending server opened too many connections or named too many recipients at once. Lower concurrency or recipients per message; the rest is retried.</source>
        <translation>Отправляющий сервер открыл слишком много соединений или указал слишком много получателей сразу. Уменьшите число параллельных соединений или получателей в письме; остальное будет отправлено повторно.</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>The reply gives no recognisable reason. Read the server&apos;s text below; if it is unclear, ask the recipient&apos;s administrator.</source>
        <translation>В ответе нет распознаваемой причины. Прочитайте текст сервера ниже; если он непонятен, спросите администратора получателя.</translation>
    </message>
    <message>
        <source>Message not standard-compliant</source>
        <translation>Письмо не соответствует стандарту</translation>
    </message>
    <message>
        <source>The message breaks the Internet Message Format (RFC 5322): missing or duplicate headers, bad From. Fix the software that builds it.</source>
        <translation>Письмо нарушает формат RFC 5322: нет нужных заголовков или они повторяются, неправильный From. Исправьте программу, которая его формирует.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Ретрансляция запрещена</translation>
    </message>
    <message>
        <source>The server will not pass mail on for this sender. Send through your own provider&apos;s server and authenticate to it, or check the recipient domain&apos;s MX.</source>
        <translation>Сервер не будет пересылать почту этого отправителя дальше. Отправляйте через сервер своего провайдера с аутентификацией или проверьте MX домена получателя.</translation>
    </message>
    <message>
        <source>Address moved</source>
        <translation>Адрес сменился</translation>
    </message>
    <message>
        <source>The recipient no longer uses this address. Ask for the new one and update your records.</source>
        <translation>Получатель больше не пользуется этим адресом. Узнайте новый и обновите свои записи.</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Автоответ</translation>
    </message>
    <message>
        <source>This is an automatic reply (out of office, vacation): the message was delivered. Nothing to do.</source>
        <translation>Это автоответ (сотрудник не на месте, в отпуске): письмо доставлено. Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>The message was delivered or relayed. Nothing to do.</source>
        <translation>Письмо доставлено или передано дальше. Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>Over the recipient&apos;s size limit</source>
        <translation>Больше лимита размера у получателя</translation>
    </message>
    <message>
        <source>The message is larger than this recipient accepts. Send it smaller: compress attachments or share a link.</source>
        <translation>Письмо больше, чем принимает этот получатель. Уменьшите его: сожмите вложения или отправьте ссылку.</translation>
    </message>
    <message>
        <source>Message too big</source>
        <translation>Письмо слишком большое</translation>
    </message>
    <message>
        <source>The message is larger than the receiving server accepts. Send it smaller: compress attachments or share a link.</source>
        <translation>Письмо больше, чем принимает сервер получателя. Уменьшите его: сожмите вложения или отправьте ссылку.</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <translation>Плохая репутация отправителя</translation>
    </message>
    <message>
        <source>The sending IP address or domain has a poor reputation with the receiver. Reduce volume, clean lists, authenticate, and follow the provider&apos;s postmaster guidance.</source>
        <translation>У IP-адреса или домена отправителя плохая репутация у получателя. Снизьте объём, почистите списки, настройте аутентификацию и следуйте рекомендациям провайдера для отправителей.</translation>
    </message>
    <message>
        <source>Content not accepted</source>
        <translation>Содержимое не принято</translation>
    </message>
    <message>
        <source>The message&apos;s format or encoding is not accepted (headers, 8-bit data, MIME). Fix the software that builds it, then send again.</source>
        <translation>Формат или кодировка письма не принимаются (заголовки, 8-битные данные, MIME). Исправьте программу, которая формирует письмо, и отправьте снова.</translation>
    </message>
    <message>
        <source>Virus detected</source>
        <translation>Обнаружен вирус</translation>
    </message>
    <message>
        <source>A virus or malware scanner refused the message. Scan the sending computer and the attachments; send clean files.</source>
        <translation>Антивирус отклонил письмо. Проверьте компьютер отправителя и вложения и отправьте чистые файлы.</translation>
    </message>
    <message>
        <source>SMTP command error</source>
        <translation>Ошибка команды SMTP</translation>
    </message>
    <message>
        <source>The sending software sent a command the server did not accept. Check the client&apos;s or server&apos;s SMTP implementation and settings.</source>
        <translation>Отправляющая программа послала команду, которую сервер не принял. Проверьте реализацию и настройки SMTP в клиенте или на сервере.</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation>Слишком частая отправка</translation>
    </message>
    <message>
        <source>The receiver limits how fast it accepts mail from this sender. Slow down; the sending server retries later.</source>
        <translation>Получатель ограничивает скорость приёма почты от этого отправителя. Снизьте темп; отправляющий сервер повторит попытку позже.</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>Сбой TLS</translation>
    </message>
    <message>
        <source>Encryption (STARTTLS) could not be set up or was required and missing. Check the TLS settings and certificates on both servers.</source>
        <translation>Не удалось установить шифрование (STARTTLS), или оно требовалось, но не было включено. Проверьте настройки TLS и сертификаты на обоих серверах.</translation>
    </message>
    <message>
        <source>Receiving system full</source>
        <translation>Принимающая система переполнена</translation>
    </message>
    <message>
        <source>The receiving server is out of disk space. It is temporary; the sending server retries.</source>
        <translation>На принимающем сервере кончилось место на диске. Это временно: отправляющий сервер повторит попытку.</translation>
    </message>
    <message>
        <source>On a suppression list</source>
        <translation>В списке подавления</translation>
    </message>
    <message>
        <source>The sending service did not even try: the address is on its suppression list after earlier bounces or complaints. Remove it there only if you are sure it now works.</source>
        <translation>Сервис отправки даже не пытался доставить письмо: адрес в его списке подавления после прежних баунсов или жалоб. Удаляйте его оттуда, только если уверены, что адрес снова работает.</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>Причина неизвестна</translation>
    </message>
    <message>
        <source>The input does not say why delivery failed. Look for the server&apos;s reply in the full bounce or in the sending server&apos;s log.</source>
        <translation>Во входных данных не сказано, почему доставка не удалась. Найдите ответ сервера в полном баунсе или в логе отправляющего сервера.</translation>
    </message>
</context>
<context>
    <name>ReplyClassStyle</name>
    <message>
        <source>success</source>
        <comment>reply class 2, short</comment>
        <translation>успех</translation>
    </message>
    <message>
        <source>continue</source>
        <comment>reply class 3 (positive intermediate), short</comment>
        <translation>продолжение</translation>
    </message>
    <message>
        <source>transient</source>
        <comment>reply class 4, short</comment>
        <translation>временный</translation>
    </message>
    <message>
        <source>permanent</source>
        <comment>reply class 5, short</comment>
        <translation>постоянный</translation>
    </message>
    <message>
        <source>any class</source>
        <comment>enhanced status code written with X, short</comment>
        <translation>любой класс</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
</context>
<context>
    <name>SqliteFailures</name>
    <message>
        <source>Your data is in use by another program (perhaps another smtpref), so this change was not saved. Close the other program and try again.</source>
        <translation>Ваши данные заняты другой программой (возможно, другим экземпляром smtpref), поэтому изменение не сохранено. Закройте ту программу и попробуйте снова.</translation>
    </message>
    <message>
        <source>The file or folder holding your data cannot be written, so this change was not saved.</source>
        <translation>Нет права записи в файл или папку с вашими данными, поэтому изменение не сохранено.</translation>
    </message>
    <message>
        <source>The disk is full, so this change was not saved. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому изменение не сохранено. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>Your data file is damaged, so this change was not saved. smtpref will set the damaged file aside and start a fresh one.</source>
        <translation>Файл с вашими данными повреждён, поэтому изменение не сохранено. smtpref отложит повреждённый файл и начнёт новый.</translation>
    </message>
    <message>
        <source>Your data could not be written to the disk, so this change was not saved.</source>
        <translation>Не удалось записать ваши данные на диск, поэтому изменение не сохранено.</translation>
    </message>
    <message>
        <source>This change was not saved.</source>
        <translation>Это изменение не сохранено.</translation>
    </message>
    <message>
        <source>%1 is in use by another program (perhaps another smtpref).</source>
        <translation>%1 занят другой программой (возможно, другим экземпляром smtpref).</translation>
    </message>
    <message>
        <source>%1 cannot be created or written: its folder may be read-only or missing.</source>
        <translation>Не удаётся создать или записать %1: папка, возможно, доступна только для чтения или не существует.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full.</source>
        <translation>Не удаётся записать %1: диск заполнен.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a sound SQLite database.</source>
        <translation>%1 повреждён: это не исправная база данных SQLite.</translation>
    </message>
    <message>
        <source>%1 cannot be read or written: the disk reported an error.</source>
        <translation>Не удаётся прочитать или записать %1: диск сообщил об ошибке.</translation>
    </message>
    <message>
        <source>%1 was written by a newer smtpref; it is left as it is.</source>
        <translation>%1 записан более новой версией smtpref и оставлен как есть.</translation>
    </message>
    <message>
        <source>%1 cannot be used.</source>
        <translation>Не удаётся использовать %1.</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>code prefix</source>
        <translation>префикс кода</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the catalogue; searched for: %2</source>
        <translation>слова «%1» нет в каталоге; искали: %2</translation>
    </message>
    <message>
        <source>%1, your own code</source>
        <comment>search result: how it matched</comment>
        <translation>%1, ваш собственный код</translation>
    </message>
</context>
<context>
    <name>UserDataCommands</name>
    <message>
        <source>cannot read your data: %1</source>
        <translation>не удаётся прочитать ваши данные: %1</translation>
    </message>
    <message>
        <source>cannot write &quot;%1&quot;: %2</source>
        <translation>не удаётся записать «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n custom code(s), </source>
        <translation>
            <numerusform>Экспортировано: %n свой код, </numerusform>
            <numerusform>Экспортировано: %n своих кода, </numerusform>
            <numerusform>Экспортировано: %n своих кодов, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) and </source>
        <translation>
            <numerusform>%n заметка и </numerusform>
            <numerusform>%n заметки и </numerusform>
            <numerusform>%n заметок и </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s) to %1.</source>
        <translation>
            <numerusform>%n избранный код в %1.</numerusform>
            <numerusform>%n избранных кода в %1.</numerusform>
            <numerusform>%n избранных кодов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in %1</source>
        <translation>
            <numerusform>ничего не импортировано: %n ошибка в %1</numerusform>
            <numerusform>ничего не импортировано: %n ошибки в %1</numerusform>
            <numerusform>ничего не импортировано: %n ошибок в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>ничего не импортировано</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n custom code(s), </source>
        <translation>
            <numerusform>Импортировано: %n свой код, </numerusform>
            <numerusform>Импортировано: %n своих кода, </numerusform>
            <numerusform>Импортировано: %n своих кодов, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s).</source>
        <translation>
            <numerusform>%n избранный код.</numerusform>
            <numerusform>%n избранных кода.</numerusform>
            <numerusform>%n избранных кодов.</numerusform>
        </translation>
    </message>
    <message>
        <source>your own codes are left out: %1</source>
        <translation>ваши собственные коды не учитываются: %1</translation>
    </message>
</context>
<context>
    <name>UserDataJson</name>
    <message>
        <source>this is not an smtpref user-data file: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>это не файл пользовательских данных smtpref: «format» должен быть «%1»</translation>
    </message>
    <message>
        <source>missing; this format is version %1</source>
        <translation>отсутствует; версия этого формата — %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>the file was written by a newer smtpref (format version %1); this one reads version %2 and older</source>
        <translation>файл записан более новой версией smtpref (версия формата %1); эта версия читает формат версии %2 и более ранних</translation>
    </message>
    <message>
        <source>there is no format version %1</source>
        <translation>версии формата %1 не существует</translation>
    </message>
    <message>
        <source>empty; leave the note out instead</source>
        <translation>пустое значение; просто не указывайте заметку</translation>
    </message>
    <message>
        <source>unknown field; expected one of: %1</source>
        <translation>неизвестное поле; ожидается одно из: %1</translation>
    </message>
    <message>
        <source>must be a list ([...])</source>
        <translation>должно быть списком ([...])</translation>
    </message>
    <message>
        <source>must be an object ({...})</source>
        <translation>должно быть объектом ({...})</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be text (&quot;...&quot;)</source>
        <translation>должно быть текстом (&quot;...&quot;)</translation>
    </message>
    <message>
        <source>must be a list of texts ([&quot;...&quot;, ...])</source>
        <translation>должно быть списком текстов ([&quot;...&quot;, ...])</translation>
    </message>
    <message>
        <source>must be a text that is not empty</source>
        <translation>должно быть непустым текстом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2024-05-01T09:30:00Z</source>
        <translation>«%1» — не дата и время вида 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пустое значение</translation>
    </message>
    <message>
        <source>must be one line of at most %1 characters</source>
        <translation>должно быть одной строкой не длиннее %1 символов</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in this list (also on line %2)</source>
        <translation>«%1» встречается в этом списке дважды (ещё в строке %2)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>неизвестное значение «%1»; ожидается одно из: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the catalogue (%2); give your own code a name of its own, such as &quot;My %1&quot;</source>
        <translation>«%1» уже есть в каталоге (%2); дайте своему коду отдельное имя, например «Мой %1»</translation>
    </message>
    <message>
        <source>unknown phase &quot;%1&quot;; expected some of: %2</source>
        <translation>неизвестный этап «%1»; ожидаются значения из: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>строка %1: %2: %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB; this cannot be smtpref user data</source>
        <translation>файл больше %1 МБ; это не могут быть пользовательские данные smtpref</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>the file must hold one object ({...})</source>
        <translation>файл должен содержать один объект ({...})</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user data was written by a newer smtpref (version %1; this one knows %2).</source>
        <translation>Данные пользователя записаны более новой версией smtpref (версия схемы %1, эта программа знает версию %2).</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>не удаётся создать папку %1</translation>
    </message>
    <message>
        <source>the data is kept in memory only</source>
        <translation>данные хранятся только в памяти</translation>
    </message>
    <message>
        <source>the data file is not open</source>
        <translation>файл данных не открыт</translation>
    </message>
    <message>
        <source>Until this is solved, smtpref works as usual but keeps your changes only until it is closed.</source>
        <translation>Пока это не исправлено, smtpref работает как обычно, но хранит ваши изменения только до закрытия.</translation>
    </message>
    <message>
        <source>Your favourites, notes and own codes cannot be used: %1</source>
        <translation>Не удаётся использовать избранное, заметки и собственные коды: %1</translation>
    </message>
    <message numerus="yes">
        <source>Your favourites, notes and own codes could not be read: %1

The damaged file was moved aside, not deleted, to %2, and a fresh file was started. %n item(s) could be copied over from the damaged file.</source>
        <translation>
            <numerusform>Не удалось прочитать избранное, заметки и собственные коды: %1

Повреждённый файл не удалён, а перемещён в %2, и создан новый файл. Из повреждённого файла удалось перенести %n запись.</numerusform>
            <numerusform>Не удалось прочитать избранное, заметки и собственные коды: %1

Повреждённый файл не удалён, а перемещён в %2, и создан новый файл. Из повреждённого файла удалось перенести %n записи.</numerusform>
            <numerusform>Не удалось прочитать избранное, заметки и собственные коды: %1

Повреждённый файл не удалён, а перемещён в %2, и создан новый файл. Из повреждённого файла удалось перенести %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be moved aside: %1</source>
        <translation>Отложить его в сторону не удаётся: %1</translation>
    </message>
</context>
<context>
    <name>smtpref::Analysis::VerdictWriter</name>
    <message>
        <source>There is nothing to analyze.</source>
        <translation>Анализировать нечего.</translation>
    </message>
    <message>
        <source>Paste a bounce message, an SMTP transcript or a reply line.</source>
        <translation>Вставьте баунс, протокол SMTP-сеанса или строку ответа.</translation>
    </message>
    <message>
        <source>This message is not a bounce: it reports no failed delivery.</source>
        <translation>Это письмо — не баунс: в нём нет сообщения о неудачной доставке.</translation>
    </message>
    <message>
        <source>Nothing failed here. If a delivery did fail, paste the bounce itself or the server&apos;s reply.</source>
        <translation>Ошибок здесь нет. Если доставка всё же не удалась, вставьте сам баунс или ответ сервера.</translation>
    </message>
    <message>
        <source>No reply code or enhanced status code was found.</source>
        <translation>Не найдено ни кода ответа, ни расширенного кода статуса.</translation>
    </message>
    <message>
        <source>The codes found report no failure.</source>
        <translation>Найденные коды не сообщают об ошибке.</translation>
    </message>
    <message>
        <source>An automatic reply (out of office or vacation), not a failure: the message was delivered.</source>
        <translation>Это автоответ (сотрудник не на месте или в отпуске), а не ошибка: письмо доставлено.</translation>
    </message>
    <message>
        <source>The message was delivered.</source>
        <translation>Письмо доставлено.</translation>
    </message>
    <message>
        <source>The message was delivered to %1.</source>
        <translation>Письмо доставлено получателю %1.</translation>
    </message>
    <message>
        <source>A complaint about a message that was sent.</source>
        <translation>Жалоба на отправленное письмо.</translation>
    </message>
    <message>
        <source>%1 complained about a message that was sent.</source>
        <translation>От %1 пришла жалоба на отправленное письмо.</translation>
    </message>
    <message>
        <source>Delivery is delayed: %1. The sending server keeps trying for a while.</source>
        <translation>Доставка задерживается: %1. Отправляющий сервер ещё какое-то время будет повторять попытки.</translation>
    </message>
    <message>
        <source>Delivery to %1 is delayed: %2. The sending server keeps trying for a while.</source>
        <translation>Доставка получателю %1 задерживается: %2. Отправляющий сервер ещё какое-то время будет повторять попытки.</translation>
    </message>
    <message>
        <source>Delivery failed: %1.</source>
        <translation>Доставка не удалась: %1.</translation>
    </message>
    <message>
        <source>Delivery to %1 failed: %2.</source>
        <translation>Доставка получателю %1 не удалась: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) did not get the message.</source>
        <translation>
            <numerusform>%n получатель не получил письмо.</numerusform>
            <numerusform>%n получателя не получили письмо.</numerusform>
            <numerusform>%n получателей не получили письмо.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>smtpref::AnalyzeView</name>
    <message>
        <source>Reason</source>
        <comment>bounce reason</comment>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Bounce</source>
        <comment>hard or soft bounce</comment>
        <translation>Тип отказа</translation>
    </message>
    <message>
        <source>Hard: the address is bad for good</source>
        <comment>bounce</comment>
        <translation>Жёсткий: адрес больше не действует</translation>
    </message>
    <message>
        <source>Soft: the address itself is fine</source>
        <comment>bounce</comment>
        <translation>Мягкий: с самим адресом всё в порядке</translation>
    </message>
    <message>
        <source>Recipients</source>
        <comment>heading</comment>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>(not named)</source>
        <comment>a recipient without an address</comment>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <comment>%1: a file name</comment>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not opened.</source>
        <comment>%1: a file name</comment>
        <translation>%1 больше %2 МБ: файл не открыт.</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <comment>status: the pasted text is being read</comment>
        <translation>Анализ…</translation>
    </message>
    <message>
        <source>What went wrong, the recipients and the codes found appear here.</source>
        <comment>placeholder beside the empty text field</comment>
        <translation>Здесь появится, что пошло не так, получатели и найденные коды.</translation>
    </message>
    <message>
        <source>The text was too large: only its beginning was read.</source>
        <comment>status</comment>
        <translation>Текст слишком велик: прочитано только начало.</translation>
    </message>
    <message>
        <source>No reply code, status code or bounce found.</source>
        <comment>status</comment>
        <translation>Не найдено ни кода ответа, ни кода статуса, ни баунса.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) found.</source>
        <comment>status</comment>
        <translation>
            <numerusform>Найден %n код.</numerusform>
            <numerusform>Найдено %n кода.</numerusform>
            <numerusform>Найдено %n кодов.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <comment>button: read the pasted text now</comment>
        <translation>&amp;Анализировать</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP transcript, log lines or a reply, or drop a .eml file</source>
        <comment>placeholder of the text field</comment>
        <translation>Вставьте баунс, протокол SMTP-сеанса, строки лога или ответ сервера либо перетащите сюда файл .eml</translation>
    </message>
    <message>
        <source>Text to analyze</source>
        <comment>accessible name of the text field</comment>
        <translation>Текст для анализа</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <comment>accessible name of the verdict and recipients</comment>
        <translation>Что пошло не так</translation>
    </message>
    <message>
        <source>Codes found</source>
        <comment>accessible name of the findings list</comment>
        <translation>Найденные коды</translation>
    </message>
    <message>
        <source>Analysis status</source>
        <comment>accessible name</comment>
        <translation>Состояние анализа</translation>
    </message>
</context>
<context>
    <name>smtpref::CatalogueOutlineModel</name>
    <message>
        <source>Reply codes</source>
        <comment>outline group: basic 3-digit replies</comment>
        <translation>Коды ответа</translation>
    </message>
    <message>
        <source>Enhanced status codes</source>
        <comment>outline group</comment>
        <translation>Расширенные коды статуса</translation>
    </message>
    <message>
        <source>Provider replies</source>
        <comment>outline group</comment>
        <translation>Ответы провайдеров</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <comment>outline group: class pattern, class name, number of codes</comment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>X.%1 %2 (%3)</source>
        <comment>outline group: enhanced subject digit, subject name, number of codes</comment>
        <translation>X.%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>outline group: provider name, number of codes</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>outline column</comment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>outline column</comment>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>smtpref::CompareView</name>
    <message>
        <source>No code “%1” in the catalogue.</source>
        <translation>Кода «%1» нет в каталоге.</translation>
    </message>
    <message>
        <source>First code</source>
        <comment>comparison picker</comment>
        <translation>Первый код</translation>
    </message>
    <message>
        <source>Second code</source>
        <comment>comparison picker</comment>
        <translation>Второй код</translation>
    </message>
    <message>
        <source>First code to compare</source>
        <translation>Первый код для сравнения</translation>
    </message>
    <message>
        <source>Second code to compare</source>
        <translation>Второй код для сравнения</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>Поменять коды местами</translation>
    </message>
    <message>
        <source>Swap</source>
        <comment>swap the two compared codes</comment>
        <translation>Поменять</translation>
    </message>
    <message>
        <source>Comparison</source>
        <comment>accessible name</comment>
        <translation>Сравнение</translation>
    </message>
</context>
<context>
    <name>smtpref::DetailView</name>
    <message>
        <source>Code page</source>
        <comment>accessible name</comment>
        <translation>Страница кода</translation>
    </message>
</context>
<context>
    <name>smtpref::FindingsModel</name>
    <message>
        <source>Line</source>
        <comment>column: line of the pasted text</comment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>column: reply code and enhanced status code</comment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>column: the code&apos;s title in the catalogue</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Reply</source>
        <comment>column: the reply text the code came in</comment>
        <translation>Ответ</translation>
    </message>
</context>
<context>
    <name>smtpref::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <comment>menu</comment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <comment>language: follow the system&apos;s</comment>
        <translation>&amp;Системный</translation>
    </message>
</context>
<context>
    <name>smtpref::MainActions</name>
    <message>
        <source>&amp;Find</source>
        <comment>focus the search field</comment>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Type a code, words, or paste a reply</source>
        <translation>Введите код, слова или вставьте ответ</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <comment>navigate</comment>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Go back to the previous page</source>
        <translation>Вернуться на предыдущую страницу</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <comment>navigate</comment>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Снова перейти вперёд</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <comment>open the comparison</comment>
        <translation>&amp;Сравнить с…</translation>
    </message>
    <message>
        <source>Compare</source>
        <comment>toolbar</comment>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Set two codes side by side: the two selected in the list, or this page&apos;s code and another</source>
        <translation>Поставить два кода рядом: два выбранных в списке или код этой страницы и другой</translation>
    </message>
    <message>
        <source>&amp;Swap Compared Codes</source>
        <comment>exchange the two sides of the comparison</comment>
        <translation>&amp;Поменять коды местами</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <comment>mark the code as a favourite</comment>
        <translation>&amp;В избранное</translation>
    </message>
    <message>
        <source>Keep this code in your favourites</source>
        <translation>Добавить этот код в избранное</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <comment>the user&apos;s note on a code</comment>
        <translation>Изменить &amp;заметку…</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>toolbar</comment>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Write your own note on this code</source>
        <translation>Написать свою заметку к этому коду</translation>
    </message>
    <message>
        <source>Copy as &amp;Plain Text</source>
        <comment>copy the page</comment>
        <translation>Копировать как &amp;текст</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>toolbar: copy as plain text</comment>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the whole page as plain text, for a ticket or a mail</source>
        <translation>Скопировать всю страницу простым текстом — для заявки или письма</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <comment>copy the page</comment>
        <translation>Копировать как &amp;Markdown</translation>
    </message>
    <message>
        <source>Markdown</source>
        <comment>toolbar: copy as Markdown</comment>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Copy the whole page as Markdown, for a ticket or a wiki</source>
        <translation>Скопировать всю страницу в Markdown — для заявки или вики</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <comment>print the page</comment>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the page</source>
        <translation>Напечатать страницу</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <comment>save the page as a PDF file</comment>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Save the page as a PDF file</source>
        <translation>Сохранить страницу в файл PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>leave the program</comment>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>F&amp;avourites</source>
        <comment>show the favourites list</comment>
        <translation>&amp;Избранное</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <comment>show the history list</comment>
        <translation>Ис&amp;тория</translation>
    </message>
    <message>
        <source>C&amp;lear History</source>
        <comment>forget the pages visited</comment>
        <translation>&amp;Очистить историю</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <comment>help menu</comment>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About smtpref</source>
        <comment>help menu</comment>
        <translation>&amp;О программе smtpref</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts of one command</comment>
        <translation> или </translation>
    </message>
    <message>
        <source>Choose a result while typing</source>
        <translation>Выбрать результат, не прерывая ввод</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <comment>keys</comment>
        <translation>Вверх, Вниз, PgUp, PgDown</translation>
    </message>
    <message>
        <source>Open the chosen code</source>
        <translation>Открыть выбранный код</translation>
    </message>
    <message>
        <source>Enter</source>
        <comment>key</comment>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Escape</source>
        <comment>key</comment>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <comment>show the list of the user&apos;s notes</comment>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>&amp;Import Notes and Codes…</source>
        <comment>file menu: read the user&apos;s data from a JSON file</comment>
        <translation>&amp;Импорт заметок и кодов…</translation>
    </message>
    <message>
        <source>Add custom codes, notes and favourites from a file exported by smtpref</source>
        <translation>Добавить свои коды, заметки и избранное из файла, экспортированного smtpref</translation>
    </message>
    <message>
        <source>E&amp;xport Notes and Codes…</source>
        <comment>file menu: save the user&apos;s data as a JSON file</comment>
        <translation>Э&amp;кспорт заметок и кодов…</translation>
    </message>
    <message>
        <source>Save your custom codes, notes and favourites in a file, to keep or to move</source>
        <translation>Сохранить свои коды, заметки и избранное в файл — для резервной копии или переноса</translation>
    </message>
    <message>
        <source>&amp;Analyze a Bounce</source>
        <comment>view menu: show the view that reads pasted bounces</comment>
        <translation>&amp;Анализ баунса</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP transcript or a reply and see what went wrong</source>
        <translation>Вставить баунс, протокол SMTP-сеанса или ответ сервера и узнать, что пошло не так</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <comment>file menu: read a .eml or text file into the Analyze view</comment>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a saved bounce (.eml) or text file and analyze it</source>
        <translation>Открыть сохранённый баунс (.eml) или текстовый файл и проанализировать его</translation>
    </message>
</context>
<context>
    <name>smtpref::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <comment>menu: back, forward, compare</comment>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <comment>menu of the code shown</comment>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <comment>name of the main toolbar</comment>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <source>Codes</source>
        <comment>tab: search and browse</comment>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Favourites</source>
        <comment>tab</comment>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>History</source>
        <comment>tab</comment>
        <translation>История</translation>
    </message>
    <message>
        <source>Favourite codes</source>
        <comment>accessible name of the favourites list</comment>
        <translation>Избранные коды</translation>
    </message>
    <message>
        <source>Pages visited</source>
        <comment>accessible name of the history list</comment>
        <translation>Просмотренные страницы</translation>
    </message>
    <message>
        <source>smtpref</source>
        <comment>window title: the program&apos;s name</comment>
        <translation>smtpref</translation>
    </message>
    <message>
        <source>%1 — smtpref</source>
        <comment>window title: the page shown</comment>
        <translation>%1 — smtpref</translation>
    </message>
    <message>
        <source>Copied %1 as Markdown</source>
        <comment>status bar; %1: a code, or two codes compared</comment>
        <translation>Скопировано в Markdown: %1</translation>
    </message>
    <message>
        <source>Copied %1 as plain text</source>
        <comment>status bar; %1: a code, or two codes compared</comment>
        <translation>Скопировано простым текстом: %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>two compared codes</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Exported %1 as PDF</source>
        <comment>status bar; %1: a code, or two codes compared</comment>
        <translation>Экспортировано в PDF: %1</translation>
    </message>
    <message>
        <source>About smtpref</source>
        <comment>dialog title</comment>
        <translation>О программе smtpref</translation>
    </message>
    <message>
        <source>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;A desktop reference for SMTP reply codes, enhanced status codes and provider replies: what they mean, when you see them, how to fix them, who acts and whether to retry.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;smtpref %1&lt;/h3&gt;&lt;p&gt;Настольный справочник по кодам ответа SMTP, расширенным кодам статуса и ответам провайдеров: что они означают, когда встречаются, как исправить ошибку, кто должен действовать и стоит ли повторять отправку.&lt;/p&gt;&lt;p&gt;Распространяется по лицензии MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>tab: the user&apos;s notes</comment>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Your notes</source>
        <comment>accessible name of the notes list</comment>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>Open a Bounce</source>
        <comment>file dialog title</comment>
        <translation>Открыть баунс</translation>
    </message>
    <message>
        <source>Mail messages and text (*.eml *.txt *.log);;All files (*)</source>
        <comment>file dialog filter</comment>
        <translation>Письма и текст (*.eml *.txt *.log);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>smtpref::NoteEditor</name>
    <message>
        <source>Your &amp;note on %1 (kept on this computer):</source>
        <translation>Ваша &amp;заметка к %1 (хранится на этом компьютере):</translation>
    </message>
    <message>
        <source>Your note on %1</source>
        <translation>Ваша заметка к %1</translation>
    </message>
    <message>
        <source>Ticket numbers, what worked, who to ask…</source>
        <translation>Номера заявок, что помогло, к кому обращаться…</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>note</comment>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Return)</source>
        <translation>Сохранить заметку (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>note</comment>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>smtpref::PageListModel</name>
    <message>
        <source>%1 / %2</source>
        <comment>titles of two compared codes</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <comment>two compared codes</comment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Page</source>
        <comment>history column</comment>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>favourites column</comment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>history and favourites column</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Visited</source>
        <comment>history column</comment>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Not in the current catalogue</source>
        <comment>a code kept in the user&apos;s lists</comment>
        <translation>Нет в текущем каталоге</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>notes column: the note&apos;s first line</comment>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>smtpref::ResultModel</name>
    <message>
        <source>Code</source>
        <comment>result column</comment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Class</source>
        <comment>result column: reply class</comment>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Title</source>
        <comment>result column</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>result list: the Custom badge, a title</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>smtpref::SearchPanel</name>
    <message>
        <source>Code, words, or a pasted reply (Ctrl+K)</source>
        <translation>Код, слова или вставленный ответ (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search codes</source>
        <comment>accessible name of the search field</comment>
        <translation>Поиск кодов</translation>
    </message>
    <message>
        <source>Type a code (530, 5.7.1, 5xx), words, or paste a reply line or bounce.
Up and Down choose, Enter opens, Escape clears.</source>
        <translation>Введите код (530, 5.7.1, 5xx) или слова либо вставьте строку ответа или баунс.
Вверх и Вниз выбирают, Enter открывает, Esc очищает.</translation>
    </message>
    <message>
        <source>Filter by family</source>
        <translation>Фильтр по семейству</translation>
    </message>
    <message>
        <source>Filter by class</source>
        <translation>Фильтр по классу</translation>
    </message>
    <message>
        <source>Catalogue by family and class</source>
        <translation>Каталог по семействам и классам</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>All families</source>
        <comment>family filter: no filter</comment>
        <translation>Все семейства</translation>
    </message>
    <message>
        <source>All classes</source>
        <comment>class filter: no filter</comment>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>class filter: class pattern, short class name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) in the catalogue</source>
        <translation>
            <numerusform>%n код в каталоге</numerusform>
            <numerusform>%n кода в каталоге</numerusform>
            <numerusform>%n кодов в каталоге</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>a mistyped word and the words searched instead</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source> · searched instead: %1</source>
        <comment>after the number of results</comment>
        <translation> · вместо этого искали: %1</translation>
    </message>
</context>
<context>
    <name>smtpref::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <comment>dialog title</comment>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>column of the shortcut list</comment>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Command</source>
        <comment>column of the shortcut list</comment>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>smtpref::SingleInstance</name>
    <message>
        <source>smtpref: the window already open (%1) does not answer; opening another</source>
        <translation>smtpref: уже открытое окно (%1) не отвечает; открывается ещё одно</translation>
    </message>
    <message>
        <source>smtpref: cannot listen on %1 (%2); &quot;smtpref show&quot; will open windows of its own</source>
        <translation>smtpref: не удаётся слушать %1 (%2); «smtpref show» будет открывать отдельные окна</translation>
    </message>
</context>
<context>
    <name>smtpref::TextReport</name>
    <message>
        <source>hard bounce</source>
        <translation>жёсткий отказ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Codes found</source>
        <translation>Найденные коды</translation>
    </message>
    <message>
        <source>line</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>The input was too large: only its beginning was read.</source>
        <translation>Входные данные слишком велики: прочитано только начало.</translation>
    </message>
</context>
<context>
    <name>smtpref::UserDataTransfer</name>
    <message>
        <source>smtpref data (*.json);;All files (*)</source>
        <comment>file dialog filter</comment>
        <translation>Данные smtpref (*.json);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n custom code(s), </source>
        <translation>
            <numerusform>%n свой код, </numerusform>
            <numerusform>%n своих кода, </numerusform>
            <numerusform>%n своих кодов, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) and </source>
        <translation>
            <numerusform>%n заметка и </numerusform>
            <numerusform>%n заметки и </numerusform>
            <numerusform>%n заметок и </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n favourite(s)</source>
        <translation>
            <numerusform>%n избранный код</numerusform>
            <numerusform>%n избранных кода</numerusform>
            <numerusform>%n избранных кодов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Ничего не импортировано: %n ошибка в %1.</numerusform>
            <numerusform>Ничего не импортировано: %n ошибки в %1.</numerusform>
            <numerusform>Ничего не импортировано: %n ошибок в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Импортировано из %2: %1.</translation>
    </message>
    <message>
        <source>Nothing was exported: your data cannot be read (%1).</source>
        <translation>Ничего не экспортировано: не удаётся прочитать ваши данные (%1).</translation>
    </message>
    <message>
        <source>Nothing was exported: %1 cannot be written (%2).</source>
        <translation>Ничего не экспортировано: не удаётся записать %1 (%2).</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Экспортировано в %2: %1.</translation>
    </message>
    <message>
        <source>Import Notes and Codes</source>
        <comment>dialog title</comment>
        <translation>Импорт заметок и кодов</translation>
    </message>
    <message>
        <source>Export Notes and Codes</source>
        <comment>dialog title</comment>
        <translation>Экспорт заметок и кодов</translation>
    </message>
    <message>
        <source>smtpref</source>
        <comment>dialog title</comment>
        <translation>smtpref</translation>
    </message>
</context>
</TS>
