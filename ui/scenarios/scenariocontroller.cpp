#include "scenarios/scenariocontroller.h"

#include "document.h"
#include "scenarios/newscenariodialog.h"
#include "scenarios/scenariocomparedialog.h"
#include "settings.h"
#include "store/projectstore.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>

namespace slimplan {

ScenarioController::ScenarioController(Document &document, QMainWindow &window, QMenu &planMenu)
    : QObject(&window)
    , m_document(document)
    , m_window(window)
    , m_bar(new QToolBar(&window))
    , m_switcher(new QComboBox(m_bar))
    , m_menu(new QMenu(&planMenu))
    , m_new(new QAction(this))
    , m_compare(new QAction(this))
    , m_promote(new QAction(this))
{
    m_bar->setObjectName(QStringLiteral("scenarioToolBar"));
    m_switcher->setObjectName(QStringLiteral("scenarioSwitcher"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bar->addWidget(m_switcher);
    window.addToolBar(m_bar);
    planMenu.addSeparator();
    planMenu.addMenu(m_menu);
    m_menu->addActions({m_new, m_compare, m_promote});
    connect(m_new, &QAction::triggered, this, &ScenarioController::showNewDialog);
    connect(m_compare, &QAction::triggered, this, &ScenarioController::showCompareDialog);
    connect(m_promote, &QAction::triggered, this, &ScenarioController::confirmPromote);
    connect(m_switcher, &QComboBox::activated, this, &ScenarioController::switchTo);
    connect(&document, &Document::titleChanged, this, &ScenarioController::refresh);
    connect(&document, &Document::inventoryReplaced, this, &ScenarioController::refresh);
    connect(&document, &Document::activeScenarioChanged, this, &ScenarioController::refresh);
    connect(&document, &Document::lockedChanged, this, &ScenarioController::refresh);
    window.installEventFilter(this);
    retranslate();
}

void ScenarioController::retranslate()
{
    m_bar->setWindowTitle(tr("Scenarios"));
    m_menu->setTitle(tr("&Scenarios"));
    m_new->setText(tr("&New Scenario…"));
    m_compare->setText(tr("&Compare Scenarios…"));
    m_promote->setText(tr("&Promote to Plan…"));
    m_switcher->setToolTip(tr("The scenario shown and decided in; the baseline is the plan itself"));
    refresh();
}

bool ScenarioController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ScenarioController::refresh()
{
    m_refreshing = true;
    m_switcher->clear();
    m_switcher->addItem(tr("Baseline plan"), QString());
    ProjectStore *store = m_document.store();
    if (store) {
        for (const ScenarioInfo &s : store->scenarios())
            m_switcher->addItem(s.name, s.name);
    }
    const int current = m_switcher->findData(m_document.activeScenario());
    m_switcher->setCurrentIndex(std::max(0, current));
    m_refreshing = false;
    const bool usable = store && !m_document.isEmpty() && !m_document.isLocked();
    m_switcher->setEnabled(usable);
    m_new->setEnabled(usable);
    m_compare->setEnabled(usable && m_switcher->count() > 1);
    m_promote->setEnabled(usable && !m_document.activeScenario().isEmpty());
}

void ScenarioController::switchTo(int index)
{
    if (m_refreshing || index < 0)
        return;
    QString error;
    if (!m_document.setActiveScenario(m_switcher->itemData(index).toString(), &error))
        showError(error);
    refresh();
}

bool ScenarioController::create(const QString &name, const QString &from, const PolicyProfile &profile,
                                QString *error)
{
    ProjectStore *store = m_document.store();
    if (!store) {
        if (error)
            *error = tr("Scenarios live in a project file: save the project first.");
        return false;
    }
    if (!store->createScenario(name, from, profile, Settings::userName(), error))
        return false;
    refresh();
    return true;
}

bool ScenarioController::promote(const QString &name, QString *error)
{
    const bool ok = m_document.promoteScenario(name, error);
    refresh();
    return ok;
}

void ScenarioController::showNewDialog()
{
    ProjectStore *store = m_document.store();
    if (!store)
        return;
    QStringList names;
    for (const ScenarioInfo &s : store->scenarios())
        names << s.name;
    NewScenarioDialog dialog(names, m_document.profile(), &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!create(dialog.name(), dialog.from(), dialog.profile(), &error)) {
        showError(error);
        return;
    }
    if (!m_document.setActiveScenario(dialog.name(), &error))
        showError(error);
    refresh();
}

void ScenarioController::showCompareDialog()
{
    if (!m_document.store())
        return;
    ScenarioCompareDialog dialog(*m_document.store(), m_document.inventory(), m_document.plan().asOf, &m_window);
    if (!m_document.activeScenario().isEmpty())
        dialog.compare(QStringLiteral("baseline"), m_document.activeScenario());
    dialog.exec();
}

void ScenarioController::confirmPromote()
{
    const QString name = m_document.activeScenario();
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        &m_window, tr("Promote to Plan"),
        tr("Make the scenario '%1' the plan? Its policy profile becomes the project's and its decisions "
           "are recorded in the plan's decision log. This cannot be undone.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!promote(name, &error))
        showError(error);
}

void ScenarioController::showError(const QString &message)
{
    QMessageBox::warning(&m_window, tr("Scenarios"), message);
}

} // namespace slimplan
