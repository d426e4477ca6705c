// How sure each recommendation is and why: the missing facts of an item, its completeness, what a
// family merge rests on, and the per-unit completeness on a generated region counted by hand.

#include "plan/planner.h"
#include "report/overview.h"
#include "synth/generator.h"

#include <QTest>

#include <memory>

using namespace slimplan;

class TestConfidence : public QObject
{
    Q_OBJECT
private slots:
    void missingFieldsLowerCompleteness();
    void mergeOnNamesOnlyIsLow();
    void unitCompletenessByHand();
};

void TestConfidence::missingFieldsLowerCompleteness()
{
    Item app;
    app.id = QStringLiteral("x1");
    app.name = QStringLiteral("青溪打卡通");
    app.kind = Kind::App;
    app.owner = QStringLiteral("青溪县民政局");
    app.level = Level::County; // owner and level known; functions, activity and users missing
    const ConfidenceNote n = explainConfidence(app, nullptr);
    QCOMPARE(n.missing, (QStringList{QStringLiteral("functions"), QStringLiteral("last_active"),
                                     QStringLiteral("active_users")}));
    QCOMPARE(n.completeness, 2.0 / 5.0);
    QCOMPARE(n.confidence, 1.0);
    QVERIFY(!n.family);
    // The planner's keep for it is less sure by 0.1 per missing fact.
    Inventory inv;
    inv.upsert(app);
    const Plan plan = makePlan(inv, PolicyProfile(), QDate(2026, 6, 30));
    QCOMPARE(plan.decisions.size(), std::size_t(1));
    const ConfidenceNote p = explainConfidence(inv.at(0), &plan.decisions[0]);
    QCOMPARE(plan.decisions[0].action, Action::Keep);
    QVERIFY(qAbs(p.confidence - 0.7) < 1e-9);
    QVERIFY(p.text(true).contains(QStringLiteral("functions")));
    // An account (not an app) has no usage fact: four facts, and it lacks posts as well.
    Item acct = app;
    acct.kind = Kind::Account;
    acct.functions = {QStringLiteral("信息发布")};
    QCOMPARE(completeness(acct), 3.0 / 4.0);
    QCOMPARE(missingFields(acct), (QStringList{QStringLiteral("last_active"), QStringLiteral("posts_90d")}));
}

void TestConfidence::mergeOnNamesOnlyIsLow()
{
    Item it;
    it.name = QStringLiteral("青溪政务通");
    it.owner = QStringLiteral("青溪县政务服务中心");
    it.level = Level::County;
    Decision d;
    d.action = Action::Merge;
    d.confidence = 0.9;
    Finding f;
    f.rule = QStringLiteral("A10");
    f.suggested = Action::Merge;
    auto names = std::make_shared<FamilyEvidence>();
    names->survivorName = QStringLiteral("青溪政务服务");
    f.family = names;
    d.findings.push_back(f);
    const ConfidenceNote byName = explainConfidence(it, &d);
    QVERIFY(byName.family);
    QVERIFY(byName.namesOnly());
    QVERIFY(byName.low()); // high score, but names only: needs checking
    QVERIFY(byName.text(false).contains(QStringLiteral("names only")));

    auto shared = std::make_shared<FamilyEvidence>(*names);
    shared->shared = {4, 0, 2};
    shared->own = {5, 0, 3};
    d.findings[0].family = shared;
    const ConfidenceNote byFunctions = explainConfidence(it, &d);
    QVERIFY(!byFunctions.namesOnly());
    QCOMPARE(byFunctions.sharedFunctions, 4);
    QCOMPARE(byFunctions.sharedDataItems, 2);
    QVERIFY(!byFunctions.low());
    // A kept item's family findings (the survivor) are no merge.
    d.findings[0].suggested = Action::Keep;
    QVERIFY(!explainConfidence(it, &d).family);
}

void TestConfidence::unitCompletenessByHand()
{
    GeneratorOptions o;
    o.items = 3000;
    o.seed = 7;
    const Inventory inv = generateInventory(o);
    const Plan plan = makePlan(inv, PolicyProfile(), QDate(2026, 6, 30));
    const std::vector<UnitCompleteness> units = unitCompleteness(inv, plan);
    QVERIFY(!units.empty());
    // The first unit, counted here from the field definitions.
    const UnitCompleteness &u = units.front();
    int items = 0, needs = 0;
    double sum = 0;
    for (int i = 0; i < inv.size(); ++i) {
        const Item &it = inv.at(i);
        if (it.owner != u.owner)
            continue;
        ++items;
        const bool app = it.kind == Kind::App;
        int known = 0;
        known += it.owner.trimmed().isEmpty() ? 0 : 1;
        known += it.level ? 1 : 0;
        known += it.functions.isEmpty() ? 0 : 1;
        known += (it.lastActive.isValid() || it.posts90d) ? 1 : 0;
        known += app && it.activeUsers ? 1 : 0;
        sum += double(known) / (app ? 5.0 : 4.0);
        const Decision &d = plan.decisions[std::size_t(i)];
        const bool missing = known < (app ? 5 : 4);
        needs += (missing || (d.action != Action::Keep && d.confidence < kLowConfidence)) ? 1 : 0;
    }
    QCOMPARE(u.items, items);
    QCOMPARE(u.needsCheck, needs);
    QVERIFY(qAbs(u.completeness - sum / items) < 1e-9);
    int total = 0;
    for (const UnitCompleteness &x : units) {
        QVERIFY(x.completeness >= 0 && x.completeness <= 1);
        total += x.items;
    }
    QVERIFY(total <= inv.size());
}

QTEST_GUILESS_MAIN(TestConfidence)
#include "test_confidence.moc"
