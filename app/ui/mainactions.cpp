#include "mainactions.h"

#include <QAction>
#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

namespace smtpref {

namespace {

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).replace(QStringLiteral("&&"), QStringLiteral("&"));
}

} // namespace

MainActions::MainActions(QObject *parent)
    : QObject(parent)
    , find(make(QStringLiteral("findAction"), {QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)}))
    , back(make(QStringLiteral("backAction"), {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)}))
    , forward(make(QStringLiteral("forwardAction"), {QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)}))
    , compare(make(QStringLiteral("compareAction"), {QKeySequence(Qt::CTRL | Qt::Key_M)}))
    , swap(make(QStringLiteral("swapAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)}))
    , favourite(make(QStringLiteral("favouriteAction"), {QKeySequence(Qt::CTRL | Qt::Key_D)}))
    , editNote(make(QStringLiteral("editNoteAction"), {QKeySequence(Qt::CTRL | Qt::Key_E)}))
    , copyText(make(QStringLiteral("copyTextAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}))
    , copyMarkdown(make(QStringLiteral("copyMarkdownAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}))
    , print(make(QStringLiteral("printAction"), {QKeySequence::Print}))
    , exportPdf(make(QStringLiteral("exportPdfAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}))
    , quit(make(QStringLiteral("quitAction"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}))
    , showFavourites(make(QStringLiteral("showFavouritesAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}))
    , showHistory(make(QStringLiteral("showHistoryAction"), {QKeySequence(Qt::CTRL | Qt::Key_H)}))
    , clearHistory(make(QStringLiteral("clearHistoryAction"), {}))
    , shortcuts(make(QStringLiteral("shortcutsAction"), {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)}))
    , about(make(QStringLiteral("aboutAction"), {}))
    , showNotes(make(QStringLiteral("showNotesAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}))
    , importData(make(QStringLiteral("importDataAction"), {}))
    , exportData(make(QStringLiteral("exportDataAction"), {}))
    , analyze(make(QStringLiteral("analyzeAction"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}))
    , openFile(make(QStringLiteral("openFileAction"), {QKeySequence::Open}))
{
    const QStyle *style = QApplication::style();
    back->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    forward->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    favourite->setCheckable(true);
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    retranslate();
}

QAction *MainActions::make(const QString &objectName, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    return action;
}

void MainActions::retranslate()
{
    find->setText(tr("&Find", "focus the search field"));
    find->setStatusTip(tr("Type a code, words, or paste a reply"));
    back->setText(tr("&Back", "navigate"));
    back->setStatusTip(tr("Go back to the previous page"));
    forward->setText(tr("&Forward", "navigate"));
    forward->setStatusTip(tr("Go forward again"));
    compare->setText(tr("&Compare with…", "open the comparison"));
    compare->setIconText(tr("Compare", "toolbar"));
    compare->setStatusTip(tr("Set two codes side by side: the two selected in the list, or this page's code and another"));
    swap->setText(tr("&Swap Compared Codes", "exchange the two sides of the comparison"));
    favourite->setText(tr("&Favourite", "mark the code as a favourite"));
    favourite->setStatusTip(tr("Keep this code in your favourites"));
    editNote->setText(tr("Edit &Note…", "the user's note on a code"));
    editNote->setIconText(tr("Note", "toolbar"));
    editNote->setStatusTip(tr("Write your own note on this code"));
    copyText->setText(tr("Copy as &Plain Text", "copy the page"));
    copyText->setIconText(tr("Copy", "toolbar: copy as plain text"));
    copyText->setStatusTip(tr("Copy the whole page as plain text, for a ticket or a mail"));
    copyMarkdown->setText(tr("Copy as &Markdown", "copy the page"));
    copyMarkdown->setIconText(tr("Markdown", "toolbar: copy as Markdown"));
    copyMarkdown->setStatusTip(tr("Copy the whole page as Markdown, for a ticket or a wiki"));
    print->setText(tr("&Print…", "print the page"));
    print->setStatusTip(tr("Print the page"));
    exportPdf->setText(tr("&Export as PDF…", "save the page as a PDF file"));
    exportPdf->setStatusTip(tr("Save the page as a PDF file"));
    quit->setText(tr("&Quit", "leave the program"));
    showFavourites->setText(tr("F&avourites", "show the favourites list"));
    showHistory->setText(tr("&History", "show the history list"));
    clearHistory->setText(tr("C&lear History", "forget the pages visited"));
    shortcuts->setText(tr("&Keyboard Shortcuts", "help menu"));
    about->setText(tr("&About smtpref", "help menu"));
    showNotes->setText(tr("&Notes", "show the list of the user's notes"));
    importData->setText(tr("&Import Notes and Codes…", "file menu: read the user's data from a JSON file"));
    importData->setStatusTip(tr("Add custom codes, notes and favourites from a file exported by smtpref"));
    exportData->setText(tr("E&xport Notes and Codes…", "file menu: save the user's data as a JSON file"));
    exportData->setStatusTip(tr("Save your custom codes, notes and favourites in a file, to keep or to move"));
    analyze->setText(tr("&Analyze a Bounce", "view menu: show the view that reads pasted bounces"));
    analyze->setStatusTip(tr("Paste a bounce, an SMTP transcript or a reply and see what went wrong"));
    openFile->setText(tr("&Open…", "file menu: read a .eml or text file into the Analyze view"));
    openFile->setStatusTip(tr("Open a saved bounce (.eml) or text file and analyze it"));
}

QList<KeyTip> MainActions::keyTips() const
{
    QList<KeyTip> tips;
    const auto keys = [](const QList<QKeySequence> &sequences) {
        QStringList names;
        for (const QKeySequence &sequence : sequences)
            names.append(sequence.toString(QKeySequence::NativeText));
        return names.join(tr(" or ", "between two shortcuts of one command"));
    };
    tips.append({tr("Choose a result while typing"), tr("Up, Down, Page Up, Page Down", "keys")});
    tips.append({tr("Open the chosen code"), tr("Enter", "key")});
    tips.append({tr("Clear the search"), tr("Escape", "key")});
    for (const QAction *action : {find, back, forward, compare, swap, favourite, editNote, copyText, copyMarkdown,
                                  print, exportPdf, showFavourites, showHistory, showNotes, analyze, openFile, shortcuts, quit}) {
        tips.append({withoutMnemonic(action->text()), keys(action->shortcuts())});
    }
    return tips;
}

} // namespace smtpref
