// Named scenarios (issue #20) over the demo region 青溪县: strict (zombie after 60 days, overlap
// ≥ 0.5) against mild (120 days, 0.7); decisions in a scenario leave the baseline alone; promote.
#include "../common/clirun.h"
#include "import/importer.h"
#include "plan/scenarioplan.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

PolicyProfile profile(const QString &name, int zombieDays, double overlap)
{
    PolicyProfile p;
    p.name = name;
    p.zombieDays = zombieDays;
    p.overlapThreshold = overlap;
    return p;
}

const QDate kAsOf(2026, 11, 22);

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;
    Inventory m_inventory;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The embedded demo region, copied out of the resources to be imported as a file.
        const QString csv = m_dir.filePath(QStringLiteral("qingxi.csv"));
        QVERIFY(QFile::copy(QStringLiteral(":/demo/qingxi.csv"), csv));
        QString error;
        m_store = ProjectStore::open(m_dir.filePath(QStringLiteral("p.slimplan")), &error);
        QVERIFY2(m_store, qPrintable(error));
        ImportOptions options;
        options.memberSalt = m_store->memberSalt();
        ImportResult result = importFiles({csv}, options, nullptr);
        QVERIFY(m_store->importInventory(result.inventory, result.report, {csv}, nullptr, &error));
        m_inventory = m_store->loadInventory();
        QCOMPARE(m_inventory.size(), 208);
        QVERIFY2(m_store->createScenario(QStringLiteral("strict"), QString(), profile(QStringLiteral("strict"), 60, 0.5),
                                         QStringLiteral("张科长"), &error), qPrintable(error));
        QVERIFY2(m_store->createScenario(QStringLiteral("mild"), QStringLiteral("strict"),
                                         profile(QStringLiteral("mild"), 120, 0.7), QStringLiteral("张科长"), &error),
                 qPrintable(error));
    }

    void badNames()
    {
        QString error;
        QVERIFY(!m_store->createScenario(QStringLiteral("baseline"), QString(), std::nullopt, {}, &error));
        QVERIFY(!m_store->createScenario(QStringLiteral("strict"), QString(), std::nullopt, {}, &error));
        QVERIFY(error.contains(QStringLiteral("strict")));
        QVERIFY(!m_store->createScenario(QStringLiteral("x"), QStringLiteral("nope"), std::nullopt, {}, &error));
        QVERIFY(!scenarioPlan(*m_store, m_inventory, QStringLiteral("nope"), kAsOf, nullptr, &error));
        QCOMPARE(m_store->scenarios().size(), std::size_t(2));
    }

    // Only QX-APP-004 differs: its overlap with its family lies in [0.5, 0.7), so the strict
    // profile merges it while the mild one keeps it for rectification.
    void strictAgainstMild()
    {
        QString error;
        const auto c = compareScenarios(*m_store, m_inventory, QStringLiteral("strict"), QStringLiteral("mild"), kAsOf, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->changed.size(), std::size_t(1));
        QCOMPARE(c->changed[0].id, QStringLiteral("QX-APP-004"));
        QCOMPARE(c->changed[0].a, Action::Merge);
        QCOMPARE(c->changed[0].b, Action::Rectify);
        QCOMPARE(c->planA.summary.after.total(), 151);
        QCOMPARE(c->planB.summary.after.total(), 152);
        QCOMPARE(c->planA.profile.zombieDays, 60);
        QCOMPARE(c->planB.profile.overlapThreshold, 0.7);
    }

    void decisionInScenarioLeavesBaseline()
    {
        QString error;
        std::vector<DecisionLogEntry> entries(1);
        entries[0].itemId = QStringLiteral("QX-APP-004");
        entries[0].newAction = Action::Keep;
        entries[0].reason = QStringLiteral("领导批示保留");
        entries[0].scenario = QStringLiteral("mild");
        QVERIFY2(m_store->recordDecisions(entries, &error), qPrintable(error));
        QVERIFY(m_store->overrides().empty());
        const std::vector<Override> mild = m_store->scenarioOverrides(QStringLiteral("mild"));
        QCOMPARE(mild.size(), std::size_t(1));
        QCOMPARE(mild[0].action, Action::Keep);
        QVERIFY(m_store->scenarioOverrides(QStringLiteral("strict")).empty());
        QCOMPARE(m_store->decisionLog().back().scenario, QStringLiteral("mild"));
        const auto c = compareScenarios(*m_store, m_inventory, QStringLiteral("baseline"), QStringLiteral("mild"), kAsOf, &error);
        QVERIFY(c);
        QCOMPARE(c->changed.size(), std::size_t(1));
        QCOMPARE(c->changed[0].b, Action::Keep);
        // A scenario made from mild carries its decision as an imported entry of its own.
        QVERIFY(m_store->createScenario(QStringLiteral("amended"), QStringLiteral("mild"), std::nullopt, {}, &error));
        QCOMPARE(m_store->scenarioOverrides(QStringLiteral("amended")).size(), std::size_t(1));
        QCOMPARE(m_store->decisionLog().back().kind, DecisionLogEntry::Kind::Imported);
        QCOMPARE(m_store->scenario(QStringLiteral("amended"))->profile.zombieDays, 120);
    }

    // The CLI contract: scenario --compare --json, bad names exit 2, plan --scenario.
    void cli()
    {
        const QString project = m_store->path();
        const QString json = m_dir.filePath(QStringLiteral("cmp.json"));
        testing::Run r = testing::cli({QStringLiteral("scenario"), QStringLiteral("--project"), project,
                                       QStringLiteral("--compare"), QStringLiteral("strict"), QStringLiteral("mild"),
                                       QStringLiteral("--as-of"), QStringLiteral("2026-11-22"),
                                       QStringLiteral("--json"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("a")).toString(), QStringLiteral("strict"));
        QCOMPARE(o.value(QStringLiteral("b")).toString(), QStringLiteral("mild"));
        const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("a")).toObject().value(QStringLiteral("after")).toObject()
                     .value(QStringLiteral("total")).toInt(), 151);
        const QJsonArray changed = o.value(QStringLiteral("changed")).toArray();
        // mild now holds the leadership's "keep" for QX-APP-004.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("QX-APP-004"));
        QCOMPARE(changed[0].toObject().value(QStringLiteral("a")).toString(), QStringLiteral("merge"));
        QCOMPARE(changed[0].toObject().value(QStringLiteral("b")).toString(), QStringLiteral("keep"));
        r = testing::cli({QStringLiteral("scenario"), QStringLiteral("--project"), project,
                          QStringLiteral("--compare"), QStringLiteral("strict"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("nope")));
        r = testing::cli({QStringLiteral("plan"), QStringLiteral("--project"), project,
                          QStringLiteral("--scenario"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 2);
        r = testing::cli({QStringLiteral("scenario"), QStringLiteral("--project"), project, QStringLiteral("--list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("amended")));
    }

    void promote()
    {
        QString error;
        QVERIFY2(promoteScenario(*m_store, m_inventory, QStringLiteral("mild"), kAsOf, QStringLiteral("张科长"), &error),
                 qPrintable(error));
        QCOMPARE(m_store->policyProfile().zombieDays, 120);
        const std::vector<Override> baseline = m_store->overrides();
        QCOMPARE(baseline.size(), std::size_t(1));
        QCOMPARE(baseline[0].itemId, QStringLiteral("QX-APP-004"));
        QCOMPARE(baseline[0].action, Action::Keep);
        QVERIFY(m_store->decisionLog().back().scenario.isEmpty());
        const std::optional<Plan> saved = m_store->loadPlan(m_inventory);
        QVERIFY(saved);
        QCOMPARE(saved->profile.overlapThreshold, 0.7);
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "test_scenarios.moc"
