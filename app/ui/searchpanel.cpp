#include "searchpanel.h"

#include "catalogue.h"
#include "catalogueoutlinemodel.h"
#include "codeformat.h"
#include "firstframe.h"
#include "highlightdelegate.h"
#include "itemroles.h"
#include "labels.h"
#include "livesearch.h"
#include "replyclassstyle.h"
#include "resultmodel.h"
#include "translations.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace smtpref {

namespace {

// A family this small opens by itself when the outline is first shown; a larger one (a
// catalogue of thousands of providers) waits to be opened, as reading it takes a while.
constexpr int familyOpenedAtStartUpTo = 1000;

// The keys the search field passes to the list below it.
bool movesSelection(int key)
{
    return key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown;
}

} // namespace

SearchPanel::SearchPanel(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_search(new LiveSearch(catalogue.path(), this))
    , m_field(new QLineEdit(this))
    , m_familyFilter(new QComboBox(this))
    , m_classFilter(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_outlineModel(new CatalogueOutlineModel(catalogue, this))
    , m_resultModel(new ResultModel(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_familyFilter->setObjectName(QStringLiteral("familyFilter"));
    m_classFilter->setObjectName(QStringLiteral("classFilter"));

    m_outlineView = makeView(QStringLiteral("outlineView"));
    m_outlineView->setModel(m_outlineModel);
    m_outlineView->header()->setSectionResizeMode(CatalogueOutlineModel::CodeColumn, QHeaderView::Interactive);
    m_outlineView->setColumnWidth(CatalogueOutlineModel::CodeColumn, codeColumnWidth(0));
    // What is open stays open when the outline is read again (filter, language, catalogue).
    connect(m_outlineView, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_openGroups.insert(m_outlineModel->groupKey(index)); });
    connect(m_outlineView, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_openGroups.remove(m_outlineModel->groupKey(index)); });
    // Rows read as they are opened are laid out once the view is done inserting them.
    connect(m_outlineModel, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (m_rowsToLayOut.isEmpty())
            QMetaObject::invokeMethod(this, &SearchPanel::layOutReadRows, Qt::QueuedConnection);
        m_rowsToLayOut.append(QPersistentModelIndex(parent));
    });

    m_resultView = makeView(QStringLiteral("resultView"));
    m_resultView->setRootIsDecorated(false);
    m_resultView->setModel(m_resultModel);
    m_resultView->setItemDelegateForColumn(ResultModel::TitleColumn,
                                           new HighlightDelegate(ResultModel::TermsRole, m_resultView));
    m_resultView->header()->setSectionResizeMode(ResultModel::CodeColumn, QHeaderView::ResizeToContents);
    m_resultView->header()->setSectionResizeMode(ResultModel::ClassColumn, QHeaderView::ResizeToContents);
    // Fitted to the rows in sight, not to every row: measuring all of them took longer than
    // the search itself at every keystroke.
    m_resultView->header()->setResizeContentsPrecision(0);

    m_nothingFound = new QLabel(this);
    m_nothingFound->setObjectName(QStringLiteral("nothingFound"));
    m_nothingFound->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_nothingFound->setWordWrap(true);
    m_nothingFound->setMargin(12);
    m_nothingFound->setForegroundRole(QPalette::PlaceholderText);
    m_nothingFound->setTextFormat(Qt::PlainText); // it repeats what was typed

    m_pages->addWidget(m_outlineView);
    m_pages->addWidget(m_resultView);
    m_pages->addWidget(m_nothingFound);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_familyFilter, 1);
    filters->addWidget(m_classFilter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);
    layout->addLayout(filters);
    layout->addWidget(m_pages, 1);

    retranslateUi();
    reloadOutline();
    for (int row = 0; row < m_outlineModel->rowCount(); ++row) {
        const QModelIndex family = m_outlineModel->index(row, 0);
        if (m_outlineModel->entryCount(family) <= familyOpenedAtStartUpTo)
            openGroup(family);
    }
    if (catalogue.custom())
        m_search->setCatalogues(catalogue.path(), catalogue.custom()->path());

    // Once the field has been drawn, the search gets ready for the first key, in its thread.
    FirstFrame::whenPainted(m_field, [this] { m_search->warmUp(); });
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::onTextChanged);
    connect(m_field, &QLineEdit::returnPressed, this, &SearchPanel::openCurrent);
    connect(m_search, &LiveSearch::finished, this, &SearchPanel::showResult);
    connect(m_search, &LiveSearch::failed, this, &SearchPanel::summaryChanged);
    for (QComboBox *box : {m_familyFilter, m_classFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchPanel::applyFilter);
}

SearchPanel::~SearchPanel() = default;

QTreeView *SearchPanel::makeView(const QString &objectName)
{
    auto *view = new QTreeView(this);
    view->setObjectName(objectName);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Two selected codes can be compared.
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->header()->setStretchLastSection(true);
    // The view expands and collapses groups itself; only codes are opened from it. A plain
    // click opens too, while a click with Ctrl or Shift only selects (to compare two codes).
    connect(view, &QTreeView::activated, this, &SearchPanel::openCode);
    connect(view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (QGuiApplication::keyboardModifiers() == Qt::NoModifier)
            openCode(index);
    });
    return view;
}

void SearchPanel::setListActions(const QList<QAction *> &actions)
{
    for (QTreeView *view : {m_outlineView, m_resultView})
        view->addActions(actions);
}

void SearchPanel::retranslateUi()
{
    m_field->setPlaceholderText(tr("Code, words, or a pasted reply (Ctrl+K)"));
    m_field->setAccessibleName(tr("Search codes", "accessible name of the search field"));
    m_field->setToolTip(tr("Type a code (530, 5.7.1, 5xx), words, or paste a reply line or bounce.\n"
                           "Up and Down choose, Enter opens, Escape clears."));
    m_familyFilter->setAccessibleName(tr("Filter by family"));
    m_classFilter->setAccessibleName(tr("Filter by class"));
    m_outlineView->setAccessibleName(tr("Catalogue by family and class"));
    m_resultView->setAccessibleName(tr("Search results"));
    fillFilters();
    m_resultModel->retranslate();
    m_outlineModel->retranslate();
    if (m_pages->currentWidget() == m_nothingFound)
        showNothingFound();
    updateSummary();
}

// The filters' item texts change with the language; their choice must not.
void SearchPanel::fillFilters()
{
    const QSignalBlocker familyBlocker(m_familyFilter);
    const QSignalBlocker classBlocker(m_classFilter);
    const int family = qMax(0, m_familyFilter->currentIndex());
    const int replyClass = qMax(0, m_classFilter->currentIndex());
    m_familyFilter->clear();
    m_familyFilter->addItem(tr("All families", "family filter: no filter"), -1);
    for (const Family item : {Family::Basic, Family::Enhanced, Family::Provider})
        m_familyFilter->addItem(Labels::familyName(item), int(item));
    m_classFilter->clear();
    m_classFilter->addItem(tr("All classes", "class filter: no filter"), 0);
    for (const int item : {2, 3, 4, 5}) {
        m_classFilter->addItem(ReplyClassStyle::swatch(item),
                               tr("%1 %2", "class filter: class pattern, short class name")
                                   .arg(ReplyClassStyle::pattern(item, Family::Basic), ReplyClassStyle::shortName(item)),
                               item);
    }
    m_familyFilter->setCurrentIndex(family);
    m_classFilter->setCurrentIndex(replyClass);
}

EntryFilter SearchPanel::filter() const
{
    EntryFilter result;
    const int family = m_familyFilter->currentData().toInt();
    if (family >= 0)
        result.family = Family(family);
    result.replyClass = m_classFilter->currentData().toInt();
    return result;
}

void SearchPanel::reloadCatalogue()
{
    m_search->setCatalogues(m_catalogue.path(), m_catalogue.custom() ? m_catalogue.custom()->path() : QString());
    reloadOutline();
    if (!m_field->text().trimmed().isEmpty())
        m_search->search(m_field->text(), Translations::current());
}

void SearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::searchAndOpen(const QString &text)
{
    const QString before = m_field->text();
    m_field->setText(text); // searches, when the text is new
    // As the field holds it (shortened to its maximum length): the answer comes for that.
    m_openWhenFound = m_field->text();
    // The same text again is searched again, so its code opens even if another page is shown.
    if (m_openWhenFound == before)
        onTextChanged(m_openWhenFound);
}

QStringList SearchPanel::selectedCodes() const
{
    QTreeView *view = currentView();
    if (!view)
        return {};
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [view](const QModelIndex &a, const QModelIndex &b) {
        return view->visualRect(a).top() < view->visualRect(b).top();
    });
    QStringList codes;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QString code = row.data(ItemRoles::Code).toString();
        if (!code.isEmpty())
            codes.append(code);
    }
    return codes;
}

void SearchPanel::onTextChanged(const QString &text)
{
    if (text != m_openWhenFound)
        m_openWhenFound.clear(); // typed over: what is typed now is only searched
    if (text.trimmed().isEmpty()) {
        m_search->cancel();
        m_result = {};
        m_resultModel->clear();
        showPage(m_outlineView);
        return;
    }
    m_search->search(text, Translations::current());
}

void SearchPanel::showResult(const QString &text, const SearchResult &result)
{
    if (text != m_field->text())
        return; // typed over while the answer was on its way
    m_result = result;
    showResults();
    if (text == m_openWhenFound) {
        m_openWhenFound.clear();
        // A code is opened; words only searched. The filters do not hide what was asked for.
        const auto code = std::find_if(result.hits.cbegin(), result.hits.cend(),
                                       [](const SearchHit &hit) { return hit.match == MatchKind::ExactCode; });
        if (code != result.hits.cend())
            emit openRequested(codeToOpen(code->summary.code));
    }
}

void SearchPanel::applyFilter()
{
    rebuildOutline();
    if (m_field->text().trimmed().isEmpty())
        showPage(m_outlineView);
    else
        showResults();
}

void SearchPanel::showResults()
{
    m_resultModel->setResult(m_result, filter());
    if (m_resultModel->rowCount() == 0) {
        showNothingFound();
        return;
    }
    // The best hit is chosen at once, so Enter opens it.
    m_resultView->setCurrentIndex(m_resultModel->index(0, 0));
    m_resultView->scrollToTop();
    showPage(m_resultView);
}

void SearchPanel::rebuildOutline()
{
    m_outlineModel->reload(Translations::current(), filter());
    // Families first: opening one reads its groups.
    for (int row = 0; row < m_outlineModel->rowCount(); ++row) {
        const QModelIndex family = m_outlineModel->index(row, 0);
        m_outlineView->setFirstColumnSpanned(row, QModelIndex(), true);
        if (m_openGroups.contains(m_outlineModel->groupKey(family)))
            openGroup(family);
    }
    for (const QString &key : QSet<QString>(m_openGroups)) {
        const QModelIndex group = m_outlineModel->indexOfGroup(key);
        if (group.parent().isValid())
            openGroup(group);
    }
}

void SearchPanel::openGroup(const QModelIndex &group)
{
    if (m_outlineModel->canFetchMore(group))
        m_outlineModel->fetchMore(group);
    m_outlineView->expand(group);
}

// Group names run across the title column; the code column grows to fit the codes read.
void SearchPanel::layOutReadRows()
{
    const QList<QPersistentModelIndex> parents = std::exchange(m_rowsToLayOut, {});
    int widest = 0;
    for (const QPersistentModelIndex &parent : parents) {
        if (!parent.isValid())
            continue; // read again since
        const QModelIndex index = parent;
        for (int row = 0; row < m_outlineModel->rowCount(index); ++row) {
            const QModelIndex child = m_outlineModel->index(row, CatalogueOutlineModel::CodeColumn, index);
            if (m_outlineModel->isGroup(child))
                m_outlineView->setFirstColumnSpanned(row, index, true);
            else
                widest = qMax(widest, m_outlineView->fontMetrics().horizontalAdvance(child.data().toString()));
        }
    }
    const int width = codeColumnWidth(widest);
    if (width > m_outlineView->columnWidth(CatalogueOutlineModel::CodeColumn))
        m_outlineView->setColumnWidth(CatalogueOutlineModel::CodeColumn, width);
}

// Wide enough for a code of this width at the depth of entries, so provider replies are
// not cut short.
int SearchPanel::codeColumnWidth(int codeWidth) const
{
    return codeWidth + m_outlineView->indentation() * 3 + 16;
}

void SearchPanel::reloadOutline()
{
    rebuildOutline();
    if (m_field->text().trimmed().isEmpty())
        showPage(m_outlineView);
}

void SearchPanel::showNothingFound()
{
    m_nothingFound->setText(tr("Nothing found for “%1”.").arg(m_field->text().simplified()));
    showPage(m_nothingFound);
}

void SearchPanel::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
    updateSummary();
}

QTreeView *SearchPanel::currentView() const
{
    return qobject_cast<QTreeView *>(m_pages->currentWidget());
}

// Enter in the field: opens the chosen code, or opens and closes the chosen group.
void SearchPanel::openCurrent()
{
    QTreeView *view = currentView();
    if (!view || !view->currentIndex().isValid())
        return;
    const QModelIndex current = view->currentIndex().siblingAtColumn(0);
    if (view == m_outlineView && m_outlineModel->isGroup(current))
        view->setExpanded(current, !view->isExpanded(current));
    else
        openCode(current);
}

void SearchPanel::openCode(const QModelIndex &index)
{
    const QString code = index.siblingAtColumn(0).data(ItemRoles::Code).toString();
    if (!code.isEmpty())
        emit openRequested(codeToOpen(code));
}

// Someone who typed 5.7.1 means that class: the page of X.7.1 then says what 5 changes.
QString SearchPanel::codeToOpen(const QString &code) const
{
    const auto typed = CodeFormat::parseEnhanced(m_field->text().simplified());
    if (typed && typed->replyClass != 0 && typed->key() == code)
        return CodeFormat::withClass(code, typed->replyClass);
    return code;
}

void SearchPanel::updateSummary()
{
    emit summaryChanged(summary());
}

QString SearchPanel::summary() const
{
    QString summary;
    if (m_pages->currentWidget() == m_outlineView) {
        summary = tr("%n code(s) in the catalogue", nullptr, m_outlineModel->catalogueSize());
    } else {
        summary = tr("%n result(s)", nullptr, m_resultModel->rowCount());
        QStringList corrections;
        for (const Correction &correction : std::as_const(m_result.corrections)) {
            corrections.append(tr("%1 → %2", "a mistyped word and the words searched instead")
                                   .arg(correction.typed, correction.searched.join(QStringLiteral(", "))));
        }
        if (!corrections.isEmpty())
            summary += tr(" · searched instead: %1", "after the number of results").arg(corrections.join(QStringLiteral("; ")));
    }
    return summary;
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+K means "delete to the end of the line" to a line edit, but is our Find shortcut
    // (as in browsers); declining the override lets the shortcut run.
    if (watched == m_field && event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_K)) {
        return true;
    }
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (movesSelection(key->key()) && currentView()) {
            QCoreApplication::sendEvent(currentView(), key);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Installing a language swaps several translators, each announced: read the
        // catalogue again once, after the last of them.
        if (!m_languageChangePending) {
            m_languageChangePending = true;
            QTimer::singleShot(0, this, &SearchPanel::followLanguage);
        }
    }
    QWidget::changeEvent(event);
}

// Titles come from the catalogue in the new language.
void SearchPanel::followLanguage()
{
    m_languageChangePending = false;
    reloadOutline();
    if (!m_field->text().trimmed().isEmpty())
        m_search->search(m_field->text(), Translations::current());
}

} // namespace smtpref
