#include "mainwindow.h"

#include "analyzeview.h"
#include "catalogue.h"
#include "compareview.h"
#include "detailview.h"
#include "languagemenu.h"
#include "mainactions.h"
#include "pagelistmodel.h"
#include "pageprinter.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"
#include "translations.h"
#include "userdatatransfer.h"
#include "userstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace smtpref {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString languageKey = QStringLiteral("language");

// How long a passing message stays in the status bar.
constexpr int messageTimeout = 4000;
// A change that was not saved stays in view longer.
constexpr int problemTimeout = 15000;

QTreeView *makeListView(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(true);
    return view;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Catalogue> catalogue, std::unique_ptr<UserStore> store, QWidget *parent)
    : QMainWindow(parent)
    , m_catalogue(std::move(catalogue))
    , m_store(std::move(store))
    , m_actions(new MainActions(this))
{
    buildLayout();
    buildMenus();
    buildToolBar();
    connectParts();
    retranslateUi();
    restoreSettings();
    updateActions();
    // The mouse's back and forward buttons work wherever the pointer is in the window.
    qApp->installEventFilter(this);
    m_search->focusSearch();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The parts hold references to the catalogue and the store, which as members would go
    // before QWidget deletes the children: the parts go first.
    delete takeCentralWidget();
}

void MainWindow::buildLayout()
{
    m_search = new SearchPanel(*m_catalogue, this);
    m_search->setObjectName(QStringLiteral("searchPanel"));
    m_favourites = new PageListModel(PageListModel::Source::Favourites, *m_catalogue, *m_store, this);
    m_history = new PageListModel(PageListModel::Source::History, *m_catalogue, *m_store, this);
    m_favouritesView = makeListView(m_favourites, QStringLiteral("favouritesView"), this);
    m_historyView = makeListView(m_history, QStringLiteral("historyView"), this);
    m_historyView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_historyView->addAction(m_actions->clearHistory);
    m_notes = new PageListModel(PageListModel::Source::Notes, *m_catalogue, *m_store, this);
    m_notesView = makeListView(m_notes, QStringLiteral("notesView"), this);
    m_transfer = new UserDataTransfer(*m_store, *m_catalogue, this);

    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_search, QString());
    m_sideTabs->addTab(m_favouritesView, QString());
    m_sideTabs->addTab(m_historyView, QString());
    m_sideTabs->addTab(m_notesView, QString());

    m_detail = new DetailView(*m_catalogue, *m_store, this);
    m_detail->setObjectName(QStringLiteral("detailView"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_detail); // the comparison and analyzer pages join when first shown

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sideTabs);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText); // it quotes words typed
    statusBar()->addPermanentWidget(m_summary);
}

void MainWindow::buildMenus()
{
    const MainActions &a = *m_actions;
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(a.openFile);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({a.print, a.exportPdf});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({a.importData, a.exportData});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(a.quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({a.copyText, a.copyMarkdown});
    m_editMenu->addSeparator();
    m_editMenu->addAction(a.find);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = new LanguageMenu(m_viewMenu);
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_viewMenu->addActions({a.showFavourites, a.showHistory, a.showNotes});
    m_viewMenu->addAction(a.analyze);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(m_languageMenu);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addActions({a.back, a.forward});
    m_goMenu->addSeparator();
    m_goMenu->addActions({a.compare, a.swap});
    m_goMenu->addSeparator();
    m_goMenu->addAction(a.clearHistory);

    m_codeMenu = menuBar()->addMenu(QString());
    m_codeMenu->addActions({a.favourite, a.editNote, a.compare});

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({a.shortcuts, a.about});

    m_search->setListActions({a.compare});
}

void MainWindow::buildToolBar()
{
    const MainActions &a = *m_actions;
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addActions({a.back, a.forward});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a.favourite, a.editNote, a.compare});
    m_toolBar->addSeparator();
    m_toolBar->addActions({a.copyText, a.copyMarkdown, a.print});
}

void MainWindow::connectParts()
{
    const MainActions &a = *m_actions;
    connect(a.find, &QAction::triggered, this, [this] {
        m_sideTabs->setCurrentWidget(m_search);
        m_search->focusSearch();
    });
    connect(a.back, &QAction::triggered, this, &MainWindow::goBack);
    connect(a.forward, &QAction::triggered, this, &MainWindow::goForward);
    connect(a.compare, &QAction::triggered, this, &MainWindow::compare);
    connect(a.swap, &QAction::triggered, this, [this] { compareView().swap(); });
    connect(a.favourite, &QAction::triggered, this, [this](bool favourite) {
        if (const auto &entry = m_detail->entry(); entry && !m_store->setFavourite(entry->code, favourite))
            statusBar()->showMessage(m_store->lastError(), messageTimeout);
    });
    connect(a.editNote, &QAction::triggered, m_detail, &DetailView::editNote);
    connect(a.copyText, &QAction::triggered, this, [this] { copyPage(false); });
    connect(a.copyMarkdown, &QAction::triggered, this, [this] { copyPage(true); });
    connect(a.print, &QAction::triggered, this, &MainWindow::printPage);
    connect(a.exportPdf, &QAction::triggered, this, &MainWindow::exportPdf);
    connect(a.analyze, &QAction::triggered, this, &MainWindow::showAnalyzeView);
    connect(a.openFile, &QAction::triggered, this, &MainWindow::openFileForAnalysis);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.showFavourites, &QAction::triggered, this, [this] {
        m_sideTabs->setCurrentWidget(m_favouritesView);
        m_favouritesView->setFocus();
    });
    connect(a.showHistory, &QAction::triggered, this, [this] {
        m_sideTabs->setCurrentWidget(m_historyView);
        m_historyView->setFocus();
    });
    connect(a.showNotes, &QAction::triggered, this, [this] {
        m_sideTabs->setCurrentWidget(m_notesView);
        m_notesView->setFocus();
    });
    connect(a.importData, &QAction::triggered, m_transfer, &UserDataTransfer::importInteractively);
    connect(a.exportData, &QAction::triggered, m_transfer, &UserDataTransfer::exportInteractively);
    connect(m_store.get(), &UserStore::writeFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, problemTimeout); });
    connect(a.clearHistory, &QAction::triggered, m_store.get(), &UserStore::clearHistory);
    connect(a.shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, &MainWindow::setLanguage);

    connect(m_search, &SearchPanel::openRequested, this, [this](const QString &code) { open(PageLocation::entry(code)); });
    connect(m_search, &SearchPanel::summaryChanged, m_summary, &QLabel::setText);
    m_summary->setText(m_search->summary());
    connect(m_favouritesView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { open(m_favourites->locationAt(index.row())); });
    connect(m_historyView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { open(m_history->locationAt(index.row())); });
    connect(m_notesView, &QTreeView::activated, this,
            [this](const QModelIndex &index) { open(m_notes->locationAt(index.row())); });
    connect(m_detail, &DetailView::pageLinkActivated, this, &MainWindow::onPageLink);
    connect(m_store.get(), &UserStore::favouritesChanged, this, &MainWindow::updateActions);
}

// Built when first shown: most lookups never compare or analyse, and the first frame need
// not wait for them.
CompareView &MainWindow::compareView()
{
    if (!m_compare) {
        m_compare = new CompareView(*m_catalogue, this);
        m_compare->setObjectName(QStringLiteral("compareView"));
        m_pages->addWidget(m_compare);
        connect(m_compare, &CompareView::pageLinkActivated, this, &MainWindow::onPageLink);
        connect(m_compare, &CompareView::codesChanged, this, &MainWindow::onComparisonChosen);
        connect(m_compare, &CompareView::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, messageTimeout); });
    }
    return *m_compare;
}

AnalyzeView &MainWindow::analyzeView()
{
    if (!m_analyze) {
        m_analyze = new AnalyzeView(*m_catalogue, this);
        m_analyze->setObjectName(QStringLiteral("analyzeView"));
        m_pages->addWidget(m_analyze);
        connect(m_analyze, &AnalyzeView::openCodeRequested, this,
                [this](const QString &code) { open(PageLocation::entry(code)); });
    }
    return *m_analyze;
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File", "menu"));
    m_editMenu->setTitle(tr("&Edit", "menu"));
    m_viewMenu->setTitle(tr("&View", "menu"));
    m_goMenu->setTitle(tr("&Go", "menu: back, forward, compare"));
    m_codeMenu->setTitle(tr("&Code", "menu of the code shown"));
    m_helpMenu->setTitle(tr("&Help", "menu"));
    m_toolBar->setWindowTitle(tr("Toolbar", "name of the main toolbar"));
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_search), tr("Codes", "tab: search and browse"));
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_favouritesView), tr("Favourites", "tab"));
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_historyView), tr("History", "tab"));
    m_sideTabs->setTabText(m_sideTabs->indexOf(m_notesView), tr("Notes", "tab: the user's notes"));
    m_notesView->setAccessibleName(tr("Your notes", "accessible name of the notes list"));
    m_favouritesView->setAccessibleName(tr("Favourite codes", "accessible name of the favourites list"));
    m_historyView->setAccessibleName(tr("Pages visited", "accessible name of the history list"));
    m_actions->retranslate();
    m_detail->setKeyTips(m_actions->keyTips());
    if (m_shortcutsDialog)
        m_shortcutsDialog->setTips(m_actions->keyTips());
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString page = currentTitle();
    setWindowTitle(page.isEmpty() ? tr("smtpref", "window title: the program's name") : tr("%1 — smtpref", "window title: the page shown").arg(page));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({470, 810});
    m_languageMenu->setCurrent(settings.value(languageKey, LanguageMenu::systemSetting()).toString());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
}

void MainWindow::open(const PageLocation &location)
{
    m_navigation.visit(location);
    if (location.isComparison()) {
        if (!location.codeB.isEmpty())
            m_store->recordVisit(location.codeA, location.codeB);
    } else {
        m_store->recordVisit(location.codeA, QString());
    }
    showPage(location);
}

void MainWindow::lookUp(const QString &text)
{
    // Minimised or behind other windows, it comes back as it was.
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    m_sideTabs->setCurrentWidget(m_search);
    if (!text.trimmed().isEmpty())
        m_search->searchAndOpen(text);
    m_search->focusSearch();
}

void MainWindow::refreshCatalogue()
{
    m_search->reloadCatalogue();
    // Their titles are read from the catalogue again.
    for (PageListModel *list : {m_favourites, m_history, m_notes})
        list->retranslate();
    if (const auto location = m_navigation.current())
        showPage(*location);
}

void MainWindow::showPage(const PageLocation &location)
{
    if (location.isComparison()) {
        CompareView &view = compareView();
        view.setCodes(location.codeA, location.codeB);
        m_pages->setCurrentWidget(&view);
        if (location.codeA.isEmpty() || location.codeB.isEmpty())
            view.focusPicker();
    } else {
        m_detail->showCode(location.codeA);
        m_pages->setCurrentWidget(m_detail);
    }
    updateActions();
    updateTitle();
}

void MainWindow::goBack()
{
    if (const auto location = m_navigation.back())
        showPage(*location);
}

void MainWindow::goForward()
{
    if (const auto location = m_navigation.forward())
        showPage(*location);
}

void MainWindow::onComparisonChosen(const QString &a, const QString &b)
{
    const auto current = m_navigation.current();
    const PageLocation location = PageLocation::comparison(a, b);
    if (current && current->isComparison() && (current->codeA.isEmpty() || current->codeB.isEmpty()))
        m_navigation.replaceCurrent(location);
    else
        m_navigation.visit(location);
    if (!a.isEmpty() && !b.isEmpty())
        m_store->recordVisit(a, b);
    updateActions();
    updateTitle();
}

void MainWindow::onPageLink(const PageLink &link)
{
    switch (link.action) {
    case PageLink::Action::OpenCode:
        open(PageLocation::entry(link.codeA));
        break;
    case PageLink::Action::Compare:
        open(PageLocation::comparison(link.codeA, link.codeB));
        break;
    case PageLink::Action::EditNote:
        break; // the detail view edits notes itself
    }
}

void MainWindow::updateActions()
{
    const bool onEntry = m_pages->currentWidget() == m_detail && m_detail->entry().has_value();
    const bool onComparison = m_pages->currentWidget() == m_compare && m_compare->comparison().has_value();
    MainActions &a = *m_actions;
    a.back->setEnabled(m_navigation.canGoBack());
    a.forward->setEnabled(m_navigation.canGoForward());
    a.favourite->setEnabled(onEntry);
    a.favourite->setChecked(onEntry && m_store->isFavourite(m_detail->entry()->code));
    a.editNote->setEnabled(onEntry);
    a.swap->setEnabled(m_pages->currentWidget() == m_compare);
    for (QAction *action : {a.copyText, a.copyMarkdown, a.print, a.exportPdf})
        action->setEnabled(onEntry || onComparison);
}

// Two codes selected in the list are compared with each other; otherwise the page's code
// is compared with the code it is most often confused with, ready to be changed.
void MainWindow::compare()
{
    const QStringList selected = m_search->selectedCodes();
    if (selected.size() == 2) {
        open(PageLocation::comparison(selected.at(0), selected.at(1)));
        return;
    }
    if (m_pages->currentWidget() == m_detail && m_detail->entry()) {
        const Entry &entry = *m_detail->entry();
        const QStringList candidates = entry.confusedWith + entry.related;
        open(PageLocation::comparison(entry.displayCode(), candidates.value(0)));
    } else if (m_pages->currentWidget() != m_compare) {
        open(PageLocation::comparison(selected.value(0), QString()));
    }
    compareView().focusPicker();
}

std::optional<Document> MainWindow::currentDocument() const
{
    if (m_pages->currentWidget() == m_compare && m_compare->comparison())
        return Documents::comparison(*m_compare->comparison());
    if (m_pages->currentWidget() == m_detail && m_detail->entry())
        return Documents::entry(*m_detail->entry());
    return std::nullopt;
}

void MainWindow::copyPage(bool markdown)
{
    const auto document = currentDocument();
    if (!document)
        return;
    // No hard wrapping: ticket systems and mail programs wrap lines themselves.
    QGuiApplication::clipboard()->setText(markdown ? Documents::toMarkdown(*document)
                                                   : Documents::toPlainText(*document, 0));
    statusBar()->showMessage(markdown ? tr("Copied %1 as Markdown", "status bar; %1: a code, or two codes compared").arg(currentTitle())
                                      : tr("Copied %1 as plain text", "status bar; %1: a code, or two codes compared").arg(currentTitle()),
                             messageTimeout);
}

QString MainWindow::currentHtml(const QPalette &palette) const
{
    return m_pages->currentWidget() == m_compare ? m_compare->pageHtml(palette) : m_detail->pageHtml(palette);
}

QString MainWindow::currentTitle() const
{
    if (m_pages->currentWidget() == m_compare && m_compare->comparison())
        return tr("%1 vs %2", "two compared codes").arg(m_compare->codeA(), m_compare->codeB());
    if (m_pages->currentWidget() == m_detail && m_detail->entry())
        return m_detail->entry()->displayCode();
    return {};
}

void MainWindow::printPage()
{
    if (currentDocument())
        PagePrinter::print(currentHtml(PagePrinter::paperPalette()), currentTitle(), this);
}

void MainWindow::exportPdf()
{
    if (!currentDocument())
        return;
    const QString name = QStringLiteral("smtpref ") + currentTitle();
    if (PagePrinter::exportPdf(currentHtml(PagePrinter::paperPalette()), name, this))
        statusBar()->showMessage(tr("Exported %1 as PDF", "status bar; %1: a code, or two codes compared").arg(currentTitle()), messageTimeout);
}

// Not a back/forward step: the pasted text stays there, and Back and Forward go on from the
// page shown before it.
void MainWindow::showAnalyzeView()
{
    m_pages->setCurrentWidget(&analyzeView());
    m_analyze->focusInput();
    updateActions();
    updateTitle();
}

void MainWindow::openFileForAnalysis()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Bounce", "file dialog title"), QString(),
        tr("Mail messages and text (*.eml *.txt *.log);;All files (*)", "file dialog filter"));
    if (path.isEmpty())
        return;
    showAnalyzeView();
    analyzeView().loadFile(path);
}

void MainWindow::setLanguage(const QString &setting)
{
    QSettings().setValue(languageKey, setting);
    m_languageMenu->setCurrent(setting);
    // Installing a language sends LanguageChange to every widget: each one retranslates
    // itself and the pages are rendered again from the catalogue in that language.
    Translations::install(setting == LanguageMenu::systemSetting() ? Translations::systemLanguage() : setting);
}

void MainWindow::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(this);
        m_shortcutsDialog->setObjectName(QStringLiteral("shortcutsDialog"));
    }
    m_shortcutsDialog->setTips(m_actions->keyTips());
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About smtpref", "dialog title"),
        tr("<h3>smtpref %1</h3>"
           "<p>A desktop reference for SMTP reply codes, enhanced status codes and provider replies: "
           "what they mean, when you see them, how to fix them, who acts and whether to retry.</p>"
           "<p>Released under the MIT licence.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Their titles are the catalogue's, read again in the new language (at start-up
        // they were read in it already).
        for (PageListModel *list : {m_favourites, m_history, m_notes})
            list->retranslate();
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *widget = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (widget && widget->window() == this && (button == Qt::BackButton || button == Qt::ForwardButton)) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace smtpref
