// Saving a whole document (core/store/projectfile.*, ProjectStore::saveAll): profile, plan and
// overrides in one transaction; Save As built beside the target and renamed over it only when
// complete, with the document's member salt and import report, or as a copy of its project that
// keeps history and snapshots; a failure leaves the target as it was.
#include "../common/testfiles.h"
#include "plan/planner.h"
#include "plan/projectplan.h"
#include "store/projectfile.h"
#include "store/projectstore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

Inventory makeInventory(int n)
{
    Inventory inv;
    for (int i = 0; i < n; ++i) {
        Item it;
        it.id = QStringLiteral("id-%1").arg(i);
        it.name = QStringLiteral("应用%1").arg(i);
        it.kind = Kind::App;
        it.owner = QStringLiteral("青溪县民政局");
        it.region = QStringLiteral("511234");
        it.functions = {QStringLiteral("职能%1").arg(i)};
        inv.upsert(it);
    }
    return inv;
}

Plan makeTestPlan(const Inventory &inv, const QString &profileName)
{
    PolicyProfile profile;
    profile.name = profileName;
    Plan plan = makePlan(inv, profile, QDate(2026, 1, 1), nullptr);
    return plan;
}

Override makeOverride(const QString &id, const QString &reason)
{
    Override o;
    o.itemId = id;
    o.action = Action::Shutdown;
    o.reason = reason;
    o.who = QStringLiteral("tester");
    o.when = QDateTime::currentDateTimeUtc();
    return o;
}

QStringList leftovers(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp-*"), QStringLiteral("*-journal")}, QDir::Files);
}

} // namespace

class TestStoreSave : public QObject
{
    Q_OBJECT
private slots:
    void saveAll_writesProfilePlanAndOverrides();
    void memberSalt_setOnlyWithoutItems();
    void writeNew_carriesSaltReportAndTitle();
    void writeFromSource_keepsHistoryAndSnapshots();
    void writeFailure_keepsTarget();
};

void TestStoreSave::saveAll_writesProfilePlanAndOverrides()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.slimplan"));
    const Inventory inv = makeInventory(5);
    QString error;
    {
        auto store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->importInventory(inv, {}, {}, nullptr, &error));
        const Plan plan = makeTestPlan(inv, QStringLiteral("strict"));
        QVERIFY2(store->saveAll(plan.profile, plan, inv, {makeOverride(QStringLiteral("id-2"), QStringLiteral("why"))}, &error),
                 qPrintable(error));
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->policyProfile().name, QStringLiteral("strict"));
    const std::optional<Plan> loaded = savedPlan(*store, inv);
    QVERIFY(loaded);
    QCOMPARE(loaded->profile.name, QStringLiteral("strict"));
    QCOMPARE(loaded->decisions[2].action, Action::Shutdown);
    QCOMPARE(store->overrides().size(), std::size_t(1));
}

void TestStoreSave::memberSalt_setOnlyWithoutItems()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::open(dir.filePath(QStringLiteral("p.slimplan")), &error);
    QVERIFY2(store, qPrintable(error));
    const QByteArray salt = ProjectStore::newMemberSalt();
    QCOMPARE(salt.size(), 16);
    QVERIFY(salt != ProjectStore::newMemberSalt());
    QVERIFY(!store->setMemberSalt(QByteArray("short"), &error));
    QVERIFY2(store->setMemberSalt(salt, &error), qPrintable(error));
    QCOMPARE(store->memberSalt(), salt);
    QVERIFY(store->importInventory(makeInventory(1), {}, {}, nullptr, &error));
    QVERIFY(!store->setMemberSalt(ProjectStore::newMemberSalt(), &error));
    QCOMPARE(store->memberSalt(), salt);
    const QString path = store->path();
    store.reset();
    store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->memberSalt(), salt);
}

void TestStoreSave::writeNew_carriesSaltReportAndTitle()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.slimplan"));
    const Inventory inv = makeInventory(3);
    ProjectContent c;
    c.inventory = &inv;
    c.plan = makeTestPlan(inv, QStringLiteral("p1"));
    c.overrides = {makeOverride(QStringLiteral("id-0"), QStringLiteral("duplicate"))};
    c.title = QStringLiteral("青溪县");
    c.memberSalt = ProjectStore::newMemberSalt();
    ImportReport report;
    report.rowsRead = 4;
    report.rowsImported = 3;
    c.pendingImport = PendingImport{report, {QStringLiteral("/data/ledger.csv")}};
    QString error;
    QVERIFY2(writeProjectFile(path, c, nullptr, &error), qPrintable(error));
    QVERIFY(leftovers(dir.path()).isEmpty());
    QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther)); // not a private temporary file
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->memberSalt(), c.memberSalt);
    QCOMPARE(store->regionName(), QStringLiteral("青溪县"));
    QCOMPARE(store->itemCount(), 3);
    const std::vector<ImportRecord> history = store->importHistory();
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history.front().rowsRead, 4);
    QCOMPARE(history.front().files, QStringList{QStringLiteral("/data/ledger.csv")});
    QCOMPARE(store->overrides().size(), std::size_t(1));
    QVERIFY(savedPlan(*store, store->loadInventory()));
}

void TestStoreSave::writeFromSource_keepsHistoryAndSnapshots()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.slimplan"));
    const QString target = dir.filePath(QStringLiteral("copy.slimplan"));
    const Inventory inv = makeInventory(4);
    QString error;
    {
        auto store = ProjectStore::open(source, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->importInventory(inv, {}, {QStringLiteral("a.csv")}, nullptr, &error));
        QVERIFY(store->importInventory(inv, {}, {QStringLiteral("b.csv")}, nullptr, &error));
        QVERIFY(store->createSnapshot(QStringLiteral("2026-Q1"), QDate(2026, 3, 31), &error));
    }
    ProjectContent c;
    c.inventory = &inv;
    c.plan = makeTestPlan(inv, QStringLiteral("copied"));
    c.overrides = {makeOverride(QStringLiteral("id-1"), QStringLiteral("only in the copy"))};
    c.sourcePath = source;
    QVERIFY2(writeProjectFile(target, c, nullptr, &error), qPrintable(error));
    QVERIFY(leftovers(dir.path()).isEmpty());
    auto copy = ProjectStore::open(target, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->importHistory().size(), std::size_t(2));
    QCOMPARE(copy->snapshots().size(), std::size_t(2));
    QCOMPARE(copy->overrides().size(), std::size_t(1));
    QCOMPARE(copy->policyProfile().name, QStringLiteral("copied"));
    auto original = ProjectStore::open(source, &error);
    QVERIFY2(original, qPrintable(error));
    QVERIFY(original->overrides().empty());
    QVERIFY(!original->hasPolicyProfile());
    QCOMPARE(copy->memberSalt(), original->memberSalt());

    // Saving into the source itself: one transaction.
    c.plan.profile.name = QStringLiteral("saved");
    QVERIFY2(saveIntoProject(c, nullptr, &error), qPrintable(error));
    QCOMPARE(original->policyProfile().name, QStringLiteral("saved"));
    QCOMPARE(original->overrides().size(), std::size_t(1));
}

void TestStoreSave::writeFailure_keepsTarget()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.slimplan"));
    QVERIFY(testing::writeFile(target, "the old file"));
    const Inventory inv = makeInventory(2);
    ProjectContent c;
    c.inventory = &inv;
    c.plan = makeTestPlan(inv, QStringLiteral("x"));
    c.sourcePath = dir.filePath(QStringLiteral("missing.slimplan"));
    QString error;
    QVERIFY(!writeProjectFile(target, c, nullptr, &error));
    QVERIFY(!error.isEmpty());
    // A cancelled write fails the same way.
    c.sourcePath.clear();
    AtomicProgress cancelled;
    cancelled.cancel();
    QVERIFY(!writeProjectFile(target, c, &cancelled, &error));
    QCOMPARE(testing::readFile(target), QByteArray("the old file"));
    QVERIFY(leftovers(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestStoreSave)
#include "test_storesave.moc"
