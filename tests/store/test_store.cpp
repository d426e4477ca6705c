// The project file: transactions, upserts, cancel/failure rollback, migrations, refusal of newer
// and damaged files, member hashes and the SQLite settings a travelling document needs.
#include "../common/testfiles.h"
#include "import/importer.h"
#include "import/memberhasher.h"
#include "plan/projectplan.h"
#include "plan/planner.h"
#include "store/projectstore.h"
#include "store/reportjson.h"
#include "store/schema.h"
#include "synth/generator.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

Item makeItem(const QString &id, const QString &name, Kind kind = Kind::App)
{
    Item it;
    it.id = id;
    it.name = name;
    it.kind = kind;
    it.owner = QStringLiteral("青溪县民政局");
    return it;
}

Item fullItem()
{
    Item it = makeItem(QStringLiteral("app-001"), QStringLiteral("青溪\"政务通\""));
    it.platform = QStringLiteral("微信小程序");
    it.level = Level::County;
    it.region = QStringLiteral("510999");
    it.functions = {QStringLiteral("打卡签到"), QStringLiteral("a,b;c\\d"), QStringLiteral("line\nbreak")};
    it.dataItems = {QStringLiteral("户籍人口"), QStringLiteral("低保户数")};
    it.audience = Audience::Public;
    it.users = 12000;
    it.activeUsers = 0; // known zero must stay zero, not become unknown
    it.lastActive = QDate(2025, 3, 1);
    it.posts90d = 7;
    it.annualCost = 12.5;
    it.launched = QDate(2019, 12, 31);
    it.filingNo = QString(QLatin1String(""));
    it.flags = withFlag(withFlag(0, Flag::CheckIn), Flag::Temporary);
    it.scene = QStringLiteral("应急");
    it.memberHashes = {1, 0xFFFFFFFFFFFFFFFFull, 0x0123456789ABCDEFull};
    it.notes = QStringLiteral("备注\t制表");
    it.extra = {{QStringLiteral("联系人"), QStringLiteral("张三")}, {QStringLiteral("联系人"), QStringLiteral("李四")}};
    it.sourceFile = QStringLiteral("台账.xlsx");
    it.sourceSheet = QStringLiteral("应用程序");
    it.sourceRow = 17;
    return it;
}

Inventory makeInventory(int n, const QString &prefix = QStringLiteral("id-"))
{
    Inventory inv;
    for (int i = 0; i < n; ++i)
        inv.upsert(makeItem(prefix + QString::number(i), QStringLiteral("应用%1").arg(i)));
    return inv;
}

ImportReport reportFor(const Inventory &inv)
{
    ImportReport r;
    r.rowsRead = inv.size();
    r.rowsImported = inv.size();
    return r;
}

void compareItems(const Item &a, const Item &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.platform, b.platform);
    QCOMPARE(a.owner, b.owner);
    QCOMPARE(a.level, b.level);
    QCOMPARE(a.region, b.region);
    QCOMPARE(a.functions, b.functions);
    QCOMPARE(a.dataItems, b.dataItems);
    QCOMPARE(a.audience, b.audience);
    QCOMPARE(a.users, b.users);
    QCOMPARE(a.activeUsers, b.activeUsers);
    QCOMPARE(a.lastActive, b.lastActive);
    QCOMPARE(a.posts90d, b.posts90d);
    QCOMPARE(a.annualCost, b.annualCost);
    QCOMPARE(a.launched, b.launched);
    QCOMPARE(a.filingNo, b.filingNo);
    QCOMPARE(a.flags, b.flags);
    QCOMPARE(a.scene, b.scene);
    QCOMPARE(a.memberHashes, b.memberHashes);
    QCOMPARE(a.notes, b.notes);
    QCOMPARE(a.extra, b.extra);
    QCOMPARE(a.sourceFile, b.sourceFile);
    QCOMPARE(a.sourceSheet, b.sourceSheet);
    QCOMPARE(a.sourceRow, b.sourceRow);
}

// Cancels once the store has reported `after` items done.
class CancelAfter : public Progress
{
public:
    explicit CancelAfter(qint64 after) : m_after(after) {}
    void advance(qint64 done) override { m_done = done; }
    bool isCanceled() const override { return m_done >= m_after; }

private:
    qint64 m_after;
    qint64 m_done = 0;
};

QStringList ids(const Inventory &inv)
{
    QStringList out;
    for (const Item &it : inv.items())
        out << it.id;
    return out;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void create_reopenKeepsSalt();
    void roundTrip_data();
    void roundTrip();
    void reimport_upsertsWithoutDuplicates();
    void reimport_emptyFlagAndListCellsKeepStoredValues();
    void importHistory_keepsPerFileSummaries();
    void cancelledImport_leavesProjectUnchanged();
    void failedImport_rollsBack();
    void migration_v1ToV2KeepsDataAndWritesBackup();
    void newerVersion_refused();
    void damagedFile_refusedWithMessage_data();
    void damagedFile_refusedWithMessage();
    void foreignDatabase_refused();
    void memberIds_neverInTheFile();
    void pragmas_travellingDocument();
    void plan_savedAndLoadedWithOverrides();
    void plan_composedReasonsSavedAsText();
    void policyProfile_roundTrip();
    void region_derivedFromOwnersAndCodes();
    void snapshots_scopeItems();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString file(const QString &name) const { return m_dir->filePath(name); }
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::create_reopenKeepsSalt()
{
    QString error;
    QByteArray salt;
    {
        auto store = ProjectStore::open(file(QStringLiteral("a.slimplan")), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), schema::kCurrentVersion);
        salt = store->memberSalt();
        QCOMPARE(salt.size(), 16);
        QCOMPARE(store->itemCount(), 0);
    }
    auto again = ProjectStore::open(file(QStringLiteral("a.slimplan")), &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->memberSalt(), salt);
    auto other = ProjectStore::open(file(QStringLiteral("b.slimplan")), &error);
    QVERIFY(other->memberSalt() != salt); // a salt per project
}

void TestStore::roundTrip_data()
{
    QTest::addColumn<Item>("item");
    QTest::newRow("every field known, with quotes, escapes and duplicate extra headers") << fullItem();
    Item unknown = makeItem(QStringLiteral("grp-x"), QStringLiteral("工作群"), Kind::Group);
    unknown.owner.clear();
    QTest::newRow("every optional field unknown") << unknown;
    Item filed = makeItem(QStringLiteral("acc-1"), QStringLiteral("青溪发布"), Kind::Account);
    filed.filingNo = QStringLiteral("川ICP备123号");
    filed.level = Level::Village;
    filed.audience = Audience::Enterprise;
    QTest::newRow("filed account at village level") << filed;
}

void TestStore::roundTrip()
{
    QFETCH(Item, item);
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    QVERIFY2(store, qPrintable(error));
    Inventory inv;
    inv.upsert(item);
    QVERIFY2(store->importInventory(inv, reportFor(inv), {QStringLiteral("x.csv")}, nullptr, &error),
             qPrintable(error));
    store.reset();
    store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    const Inventory back = store->loadInventory();
    QCOMPARE(back.size(), 1);
    compareItems(back.at(0), item);
}

void TestStore::reimport_upsertsWithoutDuplicates()
{
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    QVERIFY(store->importInventory(makeInventory(3), {}, {QStringLiteral("a.csv")}, nullptr, &error));
    Inventory second;
    Item changed = makeItem(QStringLiteral("id-1"), QStringLiteral("改名"));
    second.upsert(changed);
    second.upsert(makeItem(QStringLiteral("id-9"), QStringLiteral("新增")));
    QVERIFY(store->importInventory(second, reportFor(second), {QStringLiteral("b.csv")}, nullptr, &error));
    const Inventory inv = store->loadInventory();
    QCOMPARE(ids(inv), (QStringList{QStringLiteral("id-0"), QStringLiteral("id-1"),
                                    QStringLiteral("id-2"), QStringLiteral("id-9")}));
    QCOMPARE(inv.at(1).name, QStringLiteral("改名"));
    const auto history = store->importHistory();
    QCOMPARE(history.size(), std::size_t(2));
    QCOMPARE(history[1].files, QStringList{QStringLiteral("b.csv")});
    QCOMPARE(history[1].rowsImported, 2);
}

// A unit's return leaves the yes/no and list cells of an item empty: the stored flags and lists
// stay; an explicit 否 clears its flag and a 是 raises one (issue #18).
void TestStore::reimport_emptyFlagAndListCellsKeepStoredValues()
{
    auto writeCsv = [this](const QString &name, const QByteArray &text) {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    writeCsv(QStringLiteral("first.csv"),
             "名称,类型,主管单位,功能,是否打卡,是否临时群,是否摊派关注\n"
             "政务通,应用,青溪县民政局,公告/审批,是,是,否\n");
    writeCsv(QStringLiteral("return.csv"),
             "名称,类型,主管单位,功能,是否打卡,是否临时群,是否摊派关注\n"
             "政务通,应用,青溪县民政局,,,否,是\n");
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    QVERIFY2(store, qPrintable(error));
    for (const QString &name : {QStringLiteral("first.csv"), QStringLiteral("return.csv")}) {
        const ImportResult r = importFiles({file(name)}, ImportOptions(), nullptr);
        QCOMPARE(r.report.errorCount(), 0);
        QCOMPARE(r.inventory.size(), 1);
        QVERIFY2(store->importInventory(r.inventory, r.report, {name}, nullptr, &error), qPrintable(error));
    }
    const Inventory inv = store->loadInventory();
    QCOMPARE(inv.size(), 1);
    const Item &it = inv.at(0);
    QCOMPARE(it.functions, (QStringList{QStringLiteral("公告"), QStringLiteral("审批")})); // empty: kept
    QVERIFY(it.has(Flag::CheckIn));       // empty: kept
    QVERIFY(!it.has(Flag::Temporary));    // 否: cleared
    QVERIFY(it.has(Flag::ForcedFollow));  // 是: raised
    QCOMPARE(it.sourceFile.endsWith(QLatin1String("return.csv")), true);
}

// The history keeps each file's summary (rows, items, errors, unit) for the Returns view; the
// JSON written by hand is the one QJsonDocument writes (valid, keys sorted).
void TestStore::importHistory_keepsPerFileSummaries()
{
    ImportReport report = reportFor(makeInventory(3));
    report.rowsFolded = 1;
    FileImportSummary a;
    a.file = QStringLiteral("returns/民政局.xlsx");
    a.unit = QStringLiteral("青溪县\"民政局\"");
    a.rowsRead = 4;
    a.rowsKept = 3;
    a.rowsFolded = 1;
    a.warnings = 2;
    FileImportSummary b;
    b.file = QStringLiteral("returns/教育局.xlsx");
    b.unit = QStringLiteral("青溪县教育局");
    b.rowsRead = 1;
    b.noItemsReported = true;
    FileImportSummary c;
    c.file = QStringLiteral("returns/坏.xls");
    c.errors = 1;
    c.refused = true;
    report.files = {a, b, c};

    int dropped = -1;
    const QByteArray json = reportjson::encode(report, 10, &dropped);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json, doc.toJson(QJsonDocument::Compact));

    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    QVERIFY(store->importInventory(makeInventory(3), report, {QStringLiteral("returns")}, nullptr, &error));
    store.reset();
    store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    const auto history = store->importHistory();
    QCOMPARE(history.size(), std::size_t(1));
    const ImportReport &back = history[0].report;
    QCOMPARE(back.rowsFolded, 1);
    QCOMPARE(back.files.size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i) {
        const FileImportSummary &want = report.files[i];
        const FileImportSummary &got = back.files[i];
        QCOMPARE(got.file, want.file);
        QCOMPARE(got.unit, want.unit);
        QCOMPARE(got.rowsRead, want.rowsRead);
        QCOMPARE(got.rowsKept, want.rowsKept);
        QCOMPARE(got.rowsFolded, want.rowsFolded);
        QCOMPARE(got.errors, want.errors);
        QCOMPARE(got.warnings, want.warnings);
        QCOMPARE(got.refused, want.refused);
        QCOMPARE(got.noItemsReported, want.noItemsReported);
    }
    // A history written before the summaries reads as no files.
    int d = 0;
    QVERIFY(reportjson::decode(QJsonDocument::fromJson("{\"rows_read\":2}").object(), &d).files.empty());
}

void TestStore::cancelledImport_leavesProjectUnchanged()
{
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    QVERIFY(store->importInventory(makeInventory(5), {}, {QStringLiteral("a.csv")}, nullptr, &error));
    Inventory big = makeInventory(20000, QStringLiteral("big-"));
    big.upsert(makeItem(QStringLiteral("id-0"), QStringLiteral("覆盖")));
    CancelAfter cancel(8192);
    QVERIFY(!store->importInventory(big, reportFor(big), {QStringLiteral("big.csv")}, &cancel, &error));
    QVERIFY(error.contains(QLatin1String("cancel")));
    store.reset();
    store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    const Inventory inv = store->loadInventory();
    QCOMPARE(inv.size(), 5);
    QCOMPARE(inv.at(0).name, QStringLiteral("应用0"));
    QCOMPARE(store->importHistory().size(), std::size_t(1));
}

void TestStore::failedImport_rollsBack()
{
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    QVERIFY(store->importInventory(makeInventory(2), {}, {}, nullptr, &error));
    // Stands in for a write that fails midway (disk full, stick pulled): the 1000th row aborts.
    QSqlQuery q(store->database());
    QVERIFY2(q.exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON items WHEN NEW.id = 'big-999'"
                                   " BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")),
             qPrintable(q.lastError().text()));
    const Inventory big = makeInventory(3000, QStringLiteral("big-"));
    QVERIFY(!store->importInventory(big, reportFor(big), {QStringLiteral("big.csv")}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("simulated write failure")), qPrintable(error));
    QCOMPARE(store->itemCount(), 2);
    QCOMPARE(store->importHistory().size(), std::size_t(1));
}

void TestStore::migration_v1ToV2KeepsDataAndWritesBackup()
{
    const QString path = file(QStringLiteral("old.slimplan"));
    {
        // A file as the first release wrote it: schema v1 and some rows.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(schema::migrate(db, 1, &error), qPrintable(error));
        QCOMPARE(schema::userVersion(db, &error), 1);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO items (id, name, kind, owner, users) VALUES"
                                      " ('a1', '青溪政务通', 'app', '青溪县政府', 300),"
                                      " ('g1', '防汛群', 'group', '青溪县水利局', NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO plan_decisions (item_id, action, target, rules,"
                                      " reason_zh) VALUES ('a1', 'keep', NULL, NULL, '保留'),"
                                      " ('g1', 'shutdown', NULL, '[\"G1\"]', '长期无消息')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), schema::kCurrentVersion);
    const Inventory inv = store->loadInventory();
    QCOMPARE(ids(inv), (QStringList{QStringLiteral("a1"), QStringLiteral("g1")}));
    QCOMPARE(inv.at(0).users, std::optional<qint64>(300));
    QCOMPARE(inv.at(1).users, std::optional<qint64>());
    const std::optional<Plan> plan = savedPlan(*store, inv);
    QVERIFY(plan);
    QCOMPARE(plan->decisions[1].action, Action::Shutdown);
    QCOMPARE(plan->decisions[1].rules, QStringList{QStringLiteral("G1")});
    QVERIFY(!plan->asOf.isValid()); // v1 did not keep it: unknown, not invented

    const QString backup = path + QStringLiteral(".v1.bak");
    QVERIFY(QFile::exists(backup));
    QSqlDatabase bak = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bak"));
    bak.setDatabaseName(backup);
    QVERIFY(bak.open());
    QCOMPARE(schema::userVersion(bak, &error), 1);
    bak.close();
    bak = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bak"));
}

void TestStore::newerVersion_refused()
{
    const QString path = file(QStringLiteral("new.slimplan"));
    QString error;
    {
        auto store = ProjectStore::open(path, &error);
        QVERIFY(store);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::kCurrentVersion + 1)));
    }
    auto store = ProjectStore::open(path, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
    QVERIFY(error.contains(path));
}

void TestStore::damagedFile_refusedWithMessage_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char &c : noise)
        c = static_cast<char>(gen.bounded(256));
    QTest::newRow("random bytes") << noise;
    QTest::newRow("SQLite header followed by noise") << QByteArray("SQLite format 3\0", 16) + noise;
    QTest::newRow("a text file") << QByteArray("编号,名称\n1,青溪政务通\n");
}

void TestStore::damagedFile_refusedWithMessage()
{
    QFETCH(QByteArray, content);
    const QString path = file(QStringLiteral("bad.slimplan"));
    QVERIFY(testing::writeFile(path, content));
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("damaged")) || error.contains(QLatin1String("not a SlimPlan")),
             qPrintable(error));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), content); // refusing never rewrites the file
}

void TestStore::foreignDatabase_refused()
{
    const QString path = file(QStringLiteral("other.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QString error;
    QVERIFY(!ProjectStore::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("not a SlimPlan project")), qPrintable(error));
}

void TestStore::memberIds_neverInTheFile()
{
    const QString path = file(QStringLiteral("m.slimplan"));
    QString error;
    auto store = ProjectStore::open(path, &error);
    const QStringList members{QStringLiteral("13800138000"), QStringLiteral("13900139000"),
                              QStringLiteral("work-id-77123")};
    MemberHasher hasher(store->memberSalt());
    Item group = makeItem(QStringLiteral("grp-1"), QStringLiteral("防汛工作群"), Kind::Group);
    for (const QString &m : members)
        group.memberHashes.push_back(hasher.hash(m));
    Inventory inv;
    inv.upsert(group);
    QVERIFY(store->importInventory(inv, reportFor(inv), {}, nullptr, &error));
    QCOMPARE(store->loadInventory().at(0).memberHashes, group.memberHashes);
    store.reset();

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    for (const QString &m : members) {
        QVERIFY2(!bytes.contains(m.toUtf8()), qPrintable(m));
        const QByteArray utf16(reinterpret_cast<const char *>(m.utf16()), m.size() * 2);
        QVERIFY(!bytes.contains(utf16));
    }
    // The hashes are there, little-endian.
    QByteArray le(8, Qt::Uninitialized);
    qToLittleEndian(group.memberHashes[2], le.data());
    QVERIFY(bytes.contains(le));
}

void TestStore::pragmas_travellingDocument()
{
    const QString path = file(QStringLiteral("t.slimplan"));
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY(store->importInventory(makeInventory(10), {}, {}, nullptr, &error));
    QSqlQuery q(store->database());
    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("trusted_schema"), QStringLiteral("0")},
        {QStringLiteral("foreign_keys"), QStringLiteral("1")},
        {QStringLiteral("journal_mode"), QStringLiteral("delete")},
        {QStringLiteral("synchronous"), QStringLiteral("2")}};
    for (const auto &[pragma, value] : expected) {
        QVERIFY(q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next());
        QCOMPARE(q.value(0).toString(), value);
    }
    // Extension loading stays off: load_extension() must fail.
    QVERIFY(!q.exec(QStringLiteral("SELECT load_extension('libc.so.6')")));
    q.finish();
    // One file on the stick: no -wal/-shm/-journal beside it once a write is done.
    const QStringList beside = QDir(m_dir->path()).entryList(QDir::Files);
    QCOMPARE(beside, QStringList{QStringLiteral("t.slimplan")});
}

void TestStore::plan_savedAndLoadedWithOverrides()
{
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    const Inventory inv = makeInventory(4);
    QVERIFY(store->importInventory(inv, reportFor(inv), {}, nullptr, &error));
    Plan plan;
    plan.asOf = QDate(2026, 11, 22);
    plan.profile.zombieDays = 30;
    plan.decisions.resize(4);
    plan.decisions[1].action = Action::Merge;
    plan.decisions[1].target = QStringLiteral("id-2");
    plan.decisions[1].rules = {QStringLiteral("A10"), QStringLiteral("A8")};
    plan.decisions[1].reasonZh = QStringLiteral("功能高度相近");
    plan.decisions[1].reasonEn = QStringLiteral("Highly similar functions");
    plan.decisions[1].cluster = 0;
    plan.decisions[2].cluster = 0;
    Finding f;
    f.rule = QStringLiteral("A10");
    f.suggested = Action::Merge;
    f.setEvidence(QStringLiteral("功能 4/5 相同"), QString());
    f.confidence = 0.75;
    f.removeFunctions = {QStringLiteral("打卡")};
    plan.decisions[1].findings.push_back(f);
    plan.clusters.push_back(Cluster{0, {1, 2}, 2});
    computeSummary(inv, plan);
    QVERIFY2(store->savePlan(plan, inv, &error), qPrintable(error));

    Override o;
    o.itemId = QStringLiteral("id-3");
    o.action = Action::Shutdown;
    o.reason = QStringLiteral("已停用");
    o.who = QStringLiteral("王科长");
    QVERIFY(store->addOverride(o, &error));

    std::optional<Plan> back = savedPlan(*store, inv);
    QVERIFY(back);
    QCOMPARE(back->asOf, plan.asOf);
    QCOMPARE(back->profile.zombieDays, 30);
    QCOMPARE(back->decisions[1].action, Action::Merge);
    QCOMPARE(back->decisions[1].target, QStringLiteral("id-2"));
    QCOMPARE(back->decisions[1].rules, plan.decisions[1].rules);
    QCOMPARE(back->decisions[1].reasonEn, plan.decisions[1].reasonEn);
    QCOMPARE(back->decisions[1].findings.size(), std::size_t(1));
    QCOMPARE(back->decisions[1].findings[0].evidence(true), f.evidence(true));
    QCOMPARE(back->decisions[1].findings[0].confidence, 0.75);
    QCOMPARE(back->decisions[1].findings[0].removeFunctions, f.removeFunctions);
    QCOMPARE(back->decisions[0].cluster, -1);
    QCOMPARE(back->clusters.size(), std::size_t(1));
    QCOMPARE(back->clusters[0].members, (std::vector<int>{1, 2}));
    QCOMPARE(back->clusters[0].survivor, 2);
    QCOMPARE(back->overrides.size(), std::size_t(1));
    QCOMPARE(back->overrides[0].who, o.who);
    QVERIFY(back->overrides[0].when.isValid());
    QCOMPARE(back->decisions[3].action, Action::Shutdown); // the override applied
    QCOMPARE(back->summary.after.total(), 2);

    QVERIFY(store->removeOverride(QStringLiteral("id-3"), &error));
    back = savedPlan(*store, inv);
    QCOMPARE(back->decisions[3].action, Action::Keep);

    // A plan that does not cover the inventory any more is not returned.
    Inventory grown = inv;
    grown.upsert(makeItem(QStringLiteral("new"), QStringLiteral("新")));
    QVERIFY(!savedPlan(*store, grown));
}

// A recommended plan composes its reasons on demand; the project stores them as text, and the
// loaded plan reads back the same sentences in both languages.
void TestStore::plan_composedReasonsSavedAsText()
{
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("r.slimplan")), &error);
    const Inventory inv = generateInventory(GeneratorOptions{600, 7, 2});
    QVERIFY(store->importInventory(inv, reportFor(inv), {}, nullptr, &error));
    const Plan plan = makePlan(inv, PolicyProfile(), QDate(2026, 11, 1));
    QVERIFY2(store->savePlan(plan, inv, &error), qPrintable(error));
    std::optional<Plan> back = savedPlan(*store, inv);
    QVERIFY(back);
    QCOMPARE(back->decisions.size(), plan.decisions.size());
    int merges = 0;
    for (std::size_t i = 0; i < plan.decisions.size(); ++i) {
        const Decision &d = plan.decisions[i];
        QVERIFY(d.reasonFromFacts);
        QVERIFY(!d.reason(true).isEmpty());
        QCOMPARE(back->decisions[i].reason(true), d.reason(true));
        QCOMPARE(back->decisions[i].reason(false), d.reason(false));
        if (d.action == Action::Merge) {
            ++merges;
            QVERIFY2(d.reason(true).startsWith(QStringLiteral("并入「")), qPrintable(d.reason(true)));
        }
    }
    QVERIFY(merges > 0);
}

void TestStore::policyProfile_roundTrip()
{
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    QVERIFY(!store->hasPolicyProfile());
    QCOMPARE(store->policyProfile().toJson(), PolicyProfile().toJson());
    PolicyProfile p;
    p.name = QStringLiteral("严格");
    p.zombieDays = 14;
    p.overlapThreshold = 0.45;
    QVERIFY(store->savePolicyProfile(p, &error));
    QVERIFY(store->hasPolicyProfile());
    QCOMPARE(store->policyProfile().toJson(), p.toJson());
}

void TestStore::region_derivedFromOwnersAndCodes()
{
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    Inventory inv;
    const QStringList owners{QStringLiteral("青溪县民政局"), QStringLiteral("青溪县教育局"),
                             QStringLiteral("青溪县市场监督管理局"), QStringLiteral("云岭市公安局")};
    for (int i = 0; i < owners.size(); ++i) {
        Item it = makeItem(QString::number(i), QStringLiteral("n%1").arg(i));
        it.owner = owners[i];
        it.region = i < 3 ? QStringLiteral("510999") : QStringLiteral("510900");
        inv.upsert(it);
    }
    QVERIFY(store->importInventory(inv, reportFor(inv), {}, nullptr, &error));
    QCOMPARE(store->regionName(), QStringLiteral("青溪县"));
    QCOMPARE(store->regionCode(), QStringLiteral("510999"));
    QVERIFY(store->setRegion(QStringLiteral("510998"), QStringLiteral("青溪")));
    QVERIFY(store->importInventory(inv, reportFor(inv), {}, nullptr, &error));
    QCOMPARE(store->regionName(), QStringLiteral("青溪")); // set by the user: kept
}

void TestStore::snapshots_scopeItems()
{
    QString error;
    auto store = ProjectStore::open(file(QStringLiteral("p.slimplan")), &error);
    QVERIFY(store->importInventory(makeInventory(3), {}, {}, nullptr, &error));
    const std::optional<int> snap = store->createSnapshot(QStringLiteral("2025年底"), QDate(2025, 12, 25), &error);
    QVERIFY2(snap, qPrintable(error));
    QVERIFY(store->importInventory(makeInventory(5, QStringLiteral("later-")), {}, {}, nullptr, &error));
    QCOMPARE(store->itemCount(), 8);
    QVERIFY(store->selectSnapshot(*snap));
    QCOMPARE(store->itemCount(), 3);
    QCOMPARE(store->snapshots().size(), std::size_t(2));
    QCOMPARE(store->snapshots()[1].asOf, QDate(2025, 12, 25));
    QVERIFY(!store->selectSnapshot(99));
}

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
