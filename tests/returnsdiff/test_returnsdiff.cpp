// A campaign's rounds of returns against a project (tests/data/returnsdiff/make_returnsdiff.py):
// round 1 from three units builds the project; in round 2 青溪县民政局 changes two values, deletes
// a row and adds two, 青溪县教育局 returns the same items typed differently and 青溪县卫生健康局
// sends nothing; round 3 lists the deleted row again. The per-unit diff, the "reported gone" marks
// in the store, and the CLI's --dry-run and real import.
#include "../common/clirun.h"
#include "../common/testfiles.h"
#include "import/importer.h"
#include "store/projectstore.h"
#include "store/returndiff.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace slimplan;
using slimplan::testing::cli;
using slimplan::testing::readFile;

namespace {

const QString kCivil = QStringLiteral("青溪县民政局");
const QString kEducation = QStringLiteral("青溪县教育局");
const QString kHealth = QStringLiteral("青溪县卫生健康局");

QString roundDir(int n)
{
    return QStringLiteral(SLIMPLAN_TEST_DATA "/returnsdiff/round%1").arg(n);
}

ImportResult importRound(int n, const ProjectStore &store)
{
    ImportOptions opt;
    opt.memberSalt = store.memberSalt();
    return importFiles({roundDir(n)}, opt, nullptr);
}

QString idOf(const Inventory &inv, const QString &name)
{
    for (const Item &it : inv.items()) {
        if (it.name == name)
            return it.id;
    }
    return QString();
}

QStringList namesOf(const Inventory &inv, const std::vector<QString> &ids)
{
    QStringList out;
    for (const QString &id : ids) {
        const int at = inv.indexOf(id);
        out << (at >= 0 ? inv.at(at).name : QStringLiteral("?") + id);
    }
    out.sort();
    return out;
}

QString issuesText(const ImportReport &report)
{
    QStringList lines;
    for (const ImportIssue &i : report.issues)
        lines << i.toLine();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestReturnsDiff : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void round1_buildsTheProject();
    void unitCounts_data();
    void unitCounts();
    void changedFields_data();
    void changedFields();
    void addedAndGone();
    void unitThatSentNothing_hasNothingGone();
    void emptyCell_isNoChange();
    void refusedFile_isNotAReturn();
    void store_importRecordsAndClearsGone();
    void store_recordAndClearByHand();
    void cli_dryRun_printsDiffAndChangesNothing();
    void cli_realImport_marksGoneThenClears();
    void cli_emptyReturn_marksAllItsItemsGone();

private:
    std::unique_ptr<ProjectStore> freshProject(const QString &name);

    QTemporaryDir m_dir;
    Inventory m_round1;   // the project after round 1
    Inventory m_incoming; // round 2 as read
    ReturnDiff m_diff;    // round 2 against round 1
};

std::unique_ptr<ProjectStore> TestReturnsDiff::freshProject(const QString &name)
{
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(m_dir.filePath(name), &error);
    if (!store)
        return store;
    const ImportResult r1 = importRound(1, *store);
    if (r1.report.hasErrors() || !store->importInventory(r1.inventory, r1.report, {roundDir(1)}, nullptr, &error))
        return nullptr;
    return store;
}

void TestReturnsDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const std::unique_ptr<ProjectStore> store = freshProject(QStringLiteral("base.slimplan"));
    QVERIFY(store);
    m_round1 = store->loadInventory();
    const ImportResult r2 = importRound(2, *store);
    QVERIFY2(!r2.report.hasErrors(), qPrintable(issuesText(r2.report)));
    m_incoming = r2.inventory;
    m_diff = diffReturns(m_round1, r2.inventory, r2.report);
}

void TestReturnsDiff::round1_buildsTheProject()
{
    QCOMPARE(m_round1.size(), 9);
    QCOMPARE(m_incoming.size(), 8);
}

void TestReturnsDiff::unitCounts_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("changed");
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<int>("gone");
    QTest::newRow("民政局: two rows added, one changed, one deleted")
        << kCivil << 2 << 1 << 2 << 1;
    QTest::newRow("教育局: same items typed differently, all unchanged")
        << kEducation << 0 << 0 << 3 << 0;
}

void TestReturnsDiff::unitCounts()
{
    QFETCH(QString, owner);
    const UnitDiff *u = m_diff.unit(owner);
    QVERIFY2(u, qPrintable(owner));
    QTEST(int(u->added.size()), "added");
    QTEST(int(u->changed.size()), "changed");
    QTEST(int(u->unchanged.size()), "unchanged");
    QTEST(int(u->gone.size()), "gone");
    QCOMPARE(u->files.size(), 1);
    QCOMPARE(u->rowErrors, 0);
}

void TestReturnsDiff::changedFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("line");
    QTest::newRow("users 1200 → 1500") << "users" << "1200" << "1500" << "Users: 1200 → 1500";
    QTest::newRow("annual cost 3.5 → 4.2")
        << "annual_cost" << "3.5" << "4.2" << "Annual cost (10k CNY): 3.5 → 4.2";
}

void TestReturnsDiff::changedFields()
{
    QFETCH(QString, field);
    const UnitDiff *u = m_diff.unit(kCivil);
    QVERIFY(u);
    QCOMPARE(u->changed.size(), std::size_t(1));
    const ItemChange &c = u->changed.front();
    QCOMPARE(c.name, QStringLiteral("民政通"));
    QCOMPARE(c.id, idOf(m_round1, QStringLiteral("民政通")));
    QCOMPARE(c.fields.size(), std::size_t(2)); // exactly the two values the unit changed
    const auto it = std::find_if(c.fields.begin(), c.fields.end(),
                                 [&](const FieldChange &f) { return f.name == field; });
    QVERIFY2(it != c.fields.end(), qPrintable(field));
    QTEST(it->before, "before");
    QTEST(it->after, "after");
    QTEST(ReturnDiffText::changeLine(*it), "line");
}

void TestReturnsDiff::addedAndGone()
{
    const UnitDiff *u = m_diff.unit(kCivil);
    QVERIFY(u);
    QCOMPARE(namesOf(m_incoming, u->added), (QStringList{QStringLiteral("养老服务"), QStringLiteral("婚姻登记预约")}));
    QCOMPARE(namesOf(m_round1, u->gone), QStringList{QStringLiteral("低保查询")});
    QCOMPARE(m_diff.goneIds(), QStringList{idOf(m_round1, QStringLiteral("低保查询"))});
    QCOMPARE(m_diff.addedCount(), 2);
    QCOMPARE(m_diff.changedCount(), 1);
    QCOMPARE(m_diff.unchangedCount(), 5);
    QCOMPARE(m_diff.goneCount(), 1);
    QCOMPARE(m_diff.listedIds().size(), 8);
    QCOMPARE(ReturnDiffText::unitLine(*u), QStringLiteral("青溪县民政局: 2 new, 1 changed, 2 unchanged, 1 gone"));
}

void TestReturnsDiff::unitThatSentNothing_hasNothingGone()
{
    QCOMPARE(m_diff.units.size(), std::size_t(2));
    QVERIFY(m_diff.unit(kHealth) == nullptr);
    // Its two items stay in the project and are not reported gone by anyone.
    for (const QString &name : {QStringLiteral("健康青溪"), QStringLiteral("预约挂号")}) {
        const QString id = idOf(m_round1, name);
        QVERIFY2(!id.isEmpty(), qPrintable(name));
        QVERIFY2(!m_diff.goneIds().contains(id), qPrintable(name));
    }
}

void TestReturnsDiff::emptyCell_isNoChange()
{
    // 青溪民政's 备注 was "每周发文" in round 1 and is blank in round 2: not a change.
    const UnitDiff *u = m_diff.unit(kCivil);
    QVERIFY(u);
    const QString id = idOf(m_round1, QStringLiteral("青溪民政"));
    QVERIFY(std::find(u->unchanged.begin(), u->unchanged.end(), id) != u->unchanged.end());
    QCOMPARE(m_round1.at(m_round1.indexOf(id)).notes, QStringLiteral("每周发文"));
    QVERIFY(m_incoming.at(m_incoming.indexOf(id)).notes.isEmpty());
}

void TestReturnsDiff::refusedFile_isNotAReturn()
{
    // A unit whose only file was refused returned nothing: none of its items is gone.
    ImportReport report;
    FileImportSummary refused;
    refused.file = QStringLiteral("c_卫健局.xlsx");
    refused.unit = kHealth;
    refused.refused = true;
    refused.errors = 1;
    report.files.push_back(refused);
    const ReturnDiff diff = diffReturns(m_round1, Inventory(), report);
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.goneCount(), 0);
}

void TestReturnsDiff::store_importRecordsAndClearsGone()
{
    const std::unique_ptr<ProjectStore> store = freshProject(QStringLiteral("store.slimplan"));
    QVERIFY(store);
    const QString goneId = idOf(m_round1, QStringLiteral("低保查询"));
    QString error;
    {
        const ImportResult r2 = importRound(2, *store);
        const ReturnDiff diff = diffReturns(store->loadInventory(), r2.inventory, r2.report);
        QVERIFY2(store->importInventory(r2.inventory, r2.report, {roundDir(2)}, nullptr, &error, &diff),
                 qPrintable(error));
    }
    const std::vector<ReportedGone> gone = store->reportedGone();
    QCOMPARE(gone.size(), std::size_t(1));
    QCOMPARE(gone.front().itemId, goneId);
    QCOMPARE(gone.front().owner, kCivil);
    QVERIFY2(gone.front().file.endsWith(QStringLiteral("a_民政局.xlsx")), qPrintable(gone.front().file));
    QVERIFY(gone.front().when.isValid());
    // Never deleted: the project holds round 1's nine items and round 2's two new ones.
    QCOMPARE(store->itemCount(), 11);
    const Inventory afterRound2 = store->loadInventory();
    QVERIFY(afterRound2.indexOf(goneId) >= 0);
    // What the diff calls "no change" the import keeps: the blank 备注 leaves "每周发文", while the
    // changed value is taken.
    const QString civilId = idOf(m_round1, QStringLiteral("青溪民政"));
    QCOMPARE(afterRound2.at(afterRound2.indexOf(civilId)).notes, QStringLiteral("每周发文"));
    QCOMPARE(*afterRound2.at(afterRound2.indexOf(idOf(m_round1, QStringLiteral("民政通")))).users, 1500);

    const ImportResult r3 = importRound(3, *store);
    const ReturnDiff diff3 = diffReturns(store->loadInventory(), r3.inventory, r3.report);
    QCOMPARE(diff3.goneCount(), 0);
    QVERIFY(diff3.listedIds().contains(goneId));
    QVERIFY2(store->importInventory(r3.inventory, r3.report, {roundDir(3)}, nullptr, &error, &diff3),
             qPrintable(error));
    QVERIFY(store->reportedGone().empty());
    QCOMPARE(store->itemCount(), 11);
}

void TestReturnsDiff::store_recordAndClearByHand()
{
    const std::unique_ptr<ProjectStore> store = freshProject(QStringLiteral("hand.slimplan"));
    QVERIFY(store);
    QString error;
    const QDateTime first(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    const QDateTime later(QDate(2026, 12, 5), QTime(9, 30), Qt::UTC);
    QVERIFY2(store->recordReportedGone({{QStringLiteral("a"), kCivil, QStringLiteral("r1.xlsx"), first},
                                        {QStringLiteral("b"), kEducation, QStringLiteral("r2.csv"), first}},
                                       &error),
             qPrintable(error));
    // A second mark of the same item replaces the first.
    QVERIFY(store->recordReportedGone({{QStringLiteral("a"), kCivil, QStringLiteral("r3.xlsx"), later}}, &error));
    std::vector<ReportedGone> gone = store->reportedGone();
    QCOMPARE(gone.size(), std::size_t(2));
    QCOMPARE(gone.back().itemId, QStringLiteral("a"));
    QCOMPARE(gone.back().file, QStringLiteral("r3.xlsx"));
    QCOMPARE(gone.back().when, later);
    QVERIFY(store->clearReportedGone({QStringLiteral("a"), QStringLiteral("not-marked")}, &error));
    gone = store->reportedGone();
    QCOMPARE(gone.size(), std::size_t(1));
    QCOMPARE(gone.front().itemId, QStringLiteral("b"));
    QCOMPARE(gone.front().owner, kEducation);
}

void TestReturnsDiff::cli_dryRun_printsDiffAndChangesNothing()
{
    const std::unique_ptr<ProjectStore> store = freshProject(QStringLiteral("dry.slimplan"));
    QVERIFY(store);
    const QString path = store->path();
    const QString goneId = idOf(m_round1, QStringLiteral("低保查询"));
    const QByteArray before = readFile(path);
    QVERIFY(!before.isEmpty());
    const testing::Run r = cli({QStringLiteral("import"), roundDir(2), QStringLiteral("--dry-run"),
                                QStringLiteral("--project"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    for (const QString &expected :
         {QStringLiteral("青溪县民政局: 2 new, 1 changed, 2 unchanged, 1 gone"),
          QStringLiteral("  changed: 民政通 (%1)").arg(idOf(m_round1, QStringLiteral("民政通"))),
          QStringLiteral("    Users: 1200 → 1500"), QStringLiteral("    Annual cost (10k CNY): 3.5 → 4.2"),
          QStringLiteral("  gone: 低保查询 (%1)").arg(goneId),
          QStringLiteral("青溪县教育局: 0 new, 0 changed, 3 unchanged, 0 gone")})
        QVERIFY2(lines.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + r.out));
    QVERIFY2(!r.out.contains(kHealth), qPrintable(r.out));
    // The existing summary line stays.
    QVERIFY2(r.out.contains(QStringLiteral("Dry run: 2 new items and 6 updated")), qPrintable(r.out));
    // Nothing changed: not a byte of the file, no item, no mark.
    QCOMPARE(readFile(path), before);
    const Inventory after = store->loadInventory();
    QCOMPARE(after.size(), 9);
    QCOMPARE(*after.at(after.indexOf(idOf(m_round1, QStringLiteral("民政通")))).users, qint64(1200));
    QVERIFY(store->reportedGone().empty());
}

void TestReturnsDiff::cli_realImport_marksGoneThenClears()
{
    const std::unique_ptr<ProjectStore> store = freshProject(QStringLiteral("real.slimplan"));
    QVERIFY(store);
    const QString path = store->path();
    const QString goneId = idOf(m_round1, QStringLiteral("低保查询"));
    const auto import = [&](int n) {
        return cli({QStringLiteral("import"), roundDir(n), QStringLiteral("--project"), path,
                    QStringLiteral("--lang"), QStringLiteral("en")});
    };
    const testing::Run r2 = import(2);
    QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
    QVERIFY2(r2.out.contains(QStringLiteral("青溪县民政局: 2 new, 1 changed, 2 unchanged, 1 gone\n")), qPrintable(r2.out));
    QVERIFY2(r2.out.contains(QStringLiteral("青溪县教育局: 0 new, 0 changed, 3 unchanged, 0 gone\n")), qPrintable(r2.out));
    QVERIFY2(r2.out.contains(QStringLiteral("no longer listed by")), qPrintable(r2.out));
    QVERIFY2(!r2.out.contains(QStringLiteral("Users: 1200")), qPrintable(r2.out)); // details: dry run only
    QVERIFY2(r2.out.contains(QStringLiteral("the project holds 11 items")), qPrintable(r2.out));
    std::vector<ReportedGone> gone = store->reportedGone();
    QCOMPARE(gone.size(), std::size_t(1));
    QCOMPARE(gone.front().itemId, goneId);
    QCOMPARE(*store->loadInventory().at(store->loadInventory().indexOf(idOf(m_round1, QStringLiteral("民政通")))).users,
             qint64(1500));

    const testing::Run r3 = import(3);
    QVERIFY2(r3.exitCode == 0, qPrintable(r3.err));
    QVERIFY2(r3.out.contains(QStringLiteral("青溪县民政局: 0 new, 0 changed, 6 unchanged, 0 gone\n")), qPrintable(r3.out));
    QVERIFY2(!r3.out.contains(QStringLiteral("no longer listed")), qPrintable(r3.out));
    QVERIFY(store->reportedGone().empty());
    QCOMPARE(store->itemCount(), 11);
}

void TestReturnsDiff::cli_emptyReturn_marksAllItsItemsGone()
{
    // 本单位无…: a valid answer that lists nothing, so both items of 卫健局 are reported gone,
    // and nothing of the other units is.
    const std::unique_ptr<ProjectStore> store = freshProject(QStringLiteral("empty.slimplan"));
    QVERIFY(store);
    const testing::Run r = cli({QStringLiteral("import"), roundDir(4), QStringLiteral("--project"), store->path(),
                                QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("青溪县卫生健康局: 0 new, 0 changed, 0 unchanged, 2 gone\n")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(kCivil) && !r.out.contains(kEducation), qPrintable(r.out));
    QStringList gone;
    for (const ReportedGone &g : store->reportedGone()) {
        QCOMPARE(g.owner, kHealth);
        gone << g.itemId;
    }
    gone.sort();
    QStringList expected{idOf(m_round1, QStringLiteral("健康青溪")), idOf(m_round1, QStringLiteral("预约挂号"))};
    expected.sort();
    QCOMPARE(gone, expected);
    QCOMPARE(store->itemCount(), 9);
}

QTEST_GUILESS_MAIN(TestReturnsDiff)
#include "test_returnsdiff.moc"
