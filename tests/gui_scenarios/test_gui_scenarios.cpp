// Scenarios in the main window (issue #20) on the demo region 青溪县: strict (zombie after 60 days,
// overlap ≥ 0.5) and mild (120 days, 0.7) made through Plan ▸ Scenarios ▸ New Scenario…, compared,
// a decision in mild that leaves the baseline alone, the switcher back to the baseline, and mild
// promoted to be the plan after the confirmation.

#include "../common/demowindow.h"

#include "document.h"
#include "mainwindow.h"
#include "scenarios/newscenariodialog.h"
#include "scenarios/scenariocomparedialog.h"
#include "scenarios/scenariocontroller.h"
#include "store/projectstore.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace slimplan;
using namespace slimplan::testing;

namespace {
const QString kItem = QStringLiteral("QX-APP-004");
} // namespace

class TestGuiScenarios : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { delete m_window; }
    void newScenariosFromTheDialog();
    void compareStrictAndMild();
    void decisionInScenarioLeavesBaseline();
    void promoteAfterConfirmation();

private:
    // Triggers New Scenario… and fills its form from the keyboard once it is shown.
    void createThroughDialog(const QString &name, int zombieDays, double overlap);
    int rowOf(const QString &id) const;
    ScenarioController &scenarios() const { return *m_window->scenarios(); }

    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestGuiScenarios::initTestCase()
{
    QVERIFY2(m_dir.isValid(), "no temporary directory");
    switch (startDemoSuite(QStringLiteral("test_gui_scenarios"), m_window)) {
    case DemoSuiteStart::NotEmbedded:
        QSKIP("the demo ledger is not embedded in this build");
    case DemoSuiteStart::Failed:
        QFAIL("the demo did not load");
    case DemoSuiteStart::Opened:
        break;
    }
    Document &doc = m_window->document();
    // Scenarios live in a project file: without one the actions are off.
    QVERIFY(!scenarios().newScenario()->isEnabled());
    QString error;
    QVERIFY2(doc.saveAs(m_dir.filePath(QStringLiteral("qingxi.slimplan")), &error), qPrintable(error));
    QVERIFY(doc.store());
    QVERIFY(scenarios().newScenario()->isEnabled());
    QVERIFY(!scenarios().promoteScenario()->isEnabled());
    QCOMPARE(scenarios().switcher()->count(), 1);
}

void TestGuiScenarios::createThroughDialog(const QString &name, int zombieDays, double overlap)
{
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<NewScenarioDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("scenarioName"));
        QTest::keyClicks(nameEdit, name);
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("scenarioZombieDays"));
        days->selectAll();
        QTest::keyClicks(days, QString::number(zombieDays));
        auto *threshold = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("scenarioOverlap"));
        threshold->selectAll();
        QTest::keyClicks(threshold, QLocale().toString(overlap, 'f', 2));
        filled = true;
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    scenarios().newScenario()->trigger();
    QVERIFY(filled);
}

int TestGuiScenarios::rowOf(const QString &id) const
{
    const Inventory &inv = m_window->document().inventory();
    for (int r = 0; r < inv.size(); ++r) {
        if (inv.at(r).id == id)
            return r;
    }
    return -1;
}

void TestGuiScenarios::newScenariosFromTheDialog()
{
    Document &doc = m_window->document();
    createThroughDialog(QStringLiteral("strict"), 60, 0.5);
    const std::optional<ScenarioInfo> strict = doc.store()->scenario(QStringLiteral("strict"));
    QVERIFY(strict);
    QCOMPARE(strict->profile.zombieDays, 60);
    QCOMPARE(strict->profile.overlapThreshold, 0.5);
    QVERIFY(strict->createdFrom.isEmpty());
    // The new scenario is the one shown, and the one the switcher names.
    QCOMPARE(doc.activeScenario(), QStringLiteral("strict"));
    QCOMPARE(doc.profile().zombieDays, 60);
    QCOMPARE(scenarios().switcher()->currentText(), QStringLiteral("strict"));
    const int row = rowOf(kItem);
    QVERIFY(row >= 0);
    QCOMPARE(doc.plan().decisions[std::size_t(row)].action, Action::Merge);

    createThroughDialog(QStringLiteral("mild"), 120, 0.7);
    QCOMPARE(doc.store()->scenario(QStringLiteral("mild"))->profile.overlapThreshold, 0.7);
    QCOMPARE(doc.activeScenario(), QStringLiteral("mild"));
    QCOMPARE(doc.plan().decisions[std::size_t(row)].action, Action::Rectify);
    QCOMPARE(scenarios().switcher()->count(), 3);
    QVERIFY(scenarios().promoteScenario()->isEnabled());
}

void TestGuiScenarios::compareStrictAndMild()
{
    Document &doc = m_window->document();
    ScenarioCompareDialog dialog(*doc.store(), doc.inventory(), doc.plan().asOf);
    dialog.compare(QStringLiteral("strict"), QStringLiteral("mild"));
    QVERIFY(dialog.comparison());
    const ScenarioComparison &c = *dialog.comparison();
    QCOMPARE(c.changed.size(), std::size_t(1));
    QCOMPARE(c.changed[0].id, kItem);
    QCOMPARE(c.changed[0].a, Action::Merge);
    QCOMPARE(c.changed[0].b, Action::Rectify);
    // The table of differing items says the same, with the actions as people read them.
    const auto *changes = dialog.findChild<QTableWidget *>(QStringLiteral("scenarioCompareChanges"));
    QCOMPARE(changes->rowCount(), 1);
    QCOMPARE(changes->item(0, 0)->text(), kItem);
    QVERIFY(changes->item(0, 2)->text().startsWith(actionLabel(Action::Merge)));
    QCOMPARE(changes->item(0, 3)->text(), actionLabel(Action::Rectify));
    // Summary: the "All kinds" row shows the plans' counts, mild leaving one item more than strict.
    const auto *summary = dialog.findChild<QTableWidget *>(QStringLiteral("scenarioCompareSummary"));
    QCOMPARE(c.planB.summary.after.total() - c.planA.summary.after.total(), 1);
    QCOMPARE(c.planA.summary.before.total(), doc.inventory().size());
    QCOMPARE(summary->item(kKindCount, 1)->text(), QLocale().toString(doc.inventory().size()));
    QCOMPARE(summary->item(kKindCount, 2)->text(), QLocale().toString(c.planA.summary.after.total()));
    QCOMPARE(summary->item(kKindCount, 3)->text(), QLocale().toString(c.planB.summary.after.total()));
    QCOMPARE(summary->rowCount(), kKindCount + 1 + kLevelCount + 1);
    // The chart: before, strict and mild per kind; mild keeps one app more than strict.
    auto *chart = dialog.findChild<QCustomPlot *>(QStringLiteral("scenarioCompareChart"));
    QCOMPARE(chart->plottableCount(), 3);
    auto *strictBars = qobject_cast<QCPBars *>(chart->plottable(1));
    auto *mildBars = qobject_cast<QCPBars *>(chart->plottable(2));
    QVERIFY(strictBars && mildBars);
    QCOMPARE(mildBars->data()->at(int(Kind::App))->value - strictBars->data()->at(int(Kind::App))->value, 1.0);
    const auto *cost = dialog.findChild<QLabel *>(QStringLiteral("scenarioCompareCost"));
    QVERIFY(cost->text().contains(QStringLiteral("strict")));
    QVERIFY(cost->text().contains(QStringLiteral("mild")));
}

void TestGuiScenarios::decisionInScenarioLeavesBaseline()
{
    Document &doc = m_window->document();
    QCOMPARE(doc.activeScenario(), QStringLiteral("mild"));
    const int row = rowOf(kItem);
    const std::size_t baselineOverrides = doc.store()->overrides().size();
    Override keep;
    keep.action = Action::Keep;
    keep.reason = QStringLiteral("领导批示保留");
    QVERIFY(doc.setOverride(row, keep));
    QCOMPARE(doc.plan().decisions[std::size_t(row)].action, Action::Keep);
    QCOMPARE(doc.decisionLog().back().scenario, QStringLiteral("mild"));
    QCOMPARE(doc.decisionLog().back().itemId, kItem);
    const std::vector<Override> mild = doc.store()->scenarioOverrides(QStringLiteral("mild"));
    QCOMPARE(mild.size(), std::size_t(1));
    QCOMPARE(mild[0].action, Action::Keep);
    QCOMPARE(doc.store()->overrides().size(), baselineOverrides);
    QVERIFY(doc.store()->scenarioOverrides(QStringLiteral("strict")).empty());

    // Back to the baseline with the switcher, from the keyboard: no override on the item there.
    QComboBox *switcher = scenarios().switcher();
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Home);
    QCOMPARE(doc.activeScenario(), QString());
    QCOMPARE(switcher->currentIndex(), 0);
    QVERIFY(!doc.overrideFor(row));
    QCOMPARE(doc.plan().decisions[std::size_t(row)].action, doc.recommendedAction(row));
    QVERIFY(doc.plan().decisions[std::size_t(row)].action != Action::Keep);
    // Saving in the baseline writes the baseline's plan, still without the scenario's decision.
    QString error;
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(doc.store()->overrides().size(), baselineOverrides);
}

void TestGuiScenarios::promoteAfterConfirmation()
{
    Document &doc = m_window->document();
    QString error;
    QVERIFY2(doc.setActiveScenario(QStringLiteral("mild"), &error), qPrintable(error));
    const int row = rowOf(kItem);
    QCOMPARE(doc.plan().decisions[std::size_t(row)].action, Action::Keep); // its own decision is back

    // Cancel first: nothing changes.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    scenarios().promoteScenario()->trigger();
    QCOMPARE(doc.activeScenario(), QStringLiteral("mild"));
    QVERIFY(doc.store()->policyProfile().zombieDays != 120);

    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text().contains(QStringLiteral("mild"));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        }
    });
    scenarios().promoteScenario()->trigger();
    QVERIFY(asked);
    QCOMPARE(doc.activeScenario(), QString());
    QCOMPARE(doc.store()->policyProfile().zombieDays, 120);
    QCOMPARE(doc.profile().overlapThreshold, 0.7);
    const std::vector<Override> baseline = doc.store()->overrides();
    QCOMPARE(baseline.size(), std::size_t(1));
    QCOMPARE(baseline[0].itemId, kItem);
    QCOMPARE(baseline[0].action, Action::Keep);
    // The window shows the promoted plan as the baseline.
    QCOMPARE(doc.plan().decisions[std::size_t(row)].action, Action::Keep);
    QVERIFY(doc.overrideFor(row));
    QVERIFY(doc.decisionLog().back().scenario.isEmpty());
    QCOMPARE(scenarios().switcher()->currentIndex(), 0);
    QVERIFY(!doc.isModified());
}

QTEST_MAIN(TestGuiScenarios)
#include "test_gui_scenarios.moc"
