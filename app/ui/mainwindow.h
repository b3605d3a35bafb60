#pragma once

#include "document.h"
#include "navigationhistory.h"
#include "pagelink.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace smtpref {

class AnalyzeView;
class Catalogue;
class CompareView;
class DetailView;
class LanguageMenu;
class MainActions;
class PageListModel;
class SearchPanel;
class ShortcutsDialog;
class UserDataTransfer;
class UserStore;

// The window: search and lists on the left, the page (a code or a comparison) on the
// right, with menus, a toolbar and a status bar. It wires the parts together and keeps
// the back/forward steps; each part does its own job.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Catalogue> catalogue, std::unique_ptr<UserStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows a page as a new back/forward step and records it in the history.
    void open(const PageLocation &location);
    std::optional<PageLocation> currentLocation() const { return m_navigation.current(); }
    // The catalogue was opened again (a damaged file replaced by the built-in copy), or the
    // user's own codes beside it (imported, changed): every part reads them anew.
    void refreshCatalogue();
    // Comes forward and looks text up as if it had been pasted into the search field, opening
    // the code it names (smtpref show); with no text it only comes forward.
    void lookUp(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void buildMenus();
    void buildToolBar();
    void connectParts();
    void retranslateUi();
    void restoreSettings();
    void saveSettings() const;

    void showPage(const PageLocation &location);
    void goBack();
    void goForward();
    void onComparisonChosen(const QString &a, const QString &b);
    void onPageLink(const PageLink &link);
    void updateActions();
    void updateTitle();

    // The comparison and analyzer pages, made on first use.
    CompareView &compareView();
    AnalyzeView &analyzeView();
    void compare();
    void copyPage(bool markdown);
    std::optional<Document> currentDocument() const;
    QString currentHtml(const QPalette &palette) const;
    QString currentTitle() const;
    void printPage();
    void showAnalyzeView();
    void openFileForAnalysis();
    void exportPdf();
    void setLanguage(const QString &setting);
    void showShortcuts();
    void showAbout();

    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<UserStore> m_store;
    MainActions *m_actions = nullptr;
    SearchPanel *m_search = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    PageListModel *m_favourites = nullptr;
    PageListModel *m_history = nullptr;
    PageListModel *m_notes = nullptr;
    QTreeView *m_favouritesView = nullptr;
    QTreeView *m_historyView = nullptr;
    QTreeView *m_notesView = nullptr;
    UserDataTransfer *m_transfer = nullptr;
    QStackedWidget *m_pages = nullptr;
    DetailView *m_detail = nullptr;
    CompareView *m_compare = nullptr; // nullptr until first shown: compareView()
    AnalyzeView *m_analyze = nullptr; // nullptr until first shown: analyzeView()
    QSplitter *m_splitter = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_codeMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_summary = nullptr;
    ShortcutsDialog *m_shortcutsDialog = nullptr;
    NavigationHistory m_navigation;
};

} // namespace smtpref
