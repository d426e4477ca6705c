// The overrides table of schema 6 (issue #18 part 2): keyed by item WITHOUT ROWID and written
// with INSERT OR REPLACE, read back in the order the decisions were made, across reopening; the
// migration from version 5 keeps every override (the latest per item) and the decision log.
#include "store/projectstore.h"
#include "store/schema.h"

#include <QSqlError>
#include <QSqlQuery>
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
        inv.upsert(it);
    }
    return inv;
}

DecisionLogEntry decide(const QString &item, std::optional<Action> to, const QString &reason)
{
    DecisionLogEntry e;
    e.itemId = item;
    e.who = QStringLiteral("王科长");
    e.newAction = to;
    e.reason = reason;
    return e;
}

// "id-2=shutdown" per override, in the order the store returns them.
QStringList describe(const std::vector<Override> &all)
{
    QStringList out;
    for (const Override &o : all)
        out << o.itemId + QLatin1Char('=') + actionName(o.action);
    return out;
}

qint64 count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestStoreOverrides : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void decisions_keepOneRowPerItemInDecisionOrder();
    void migration_v5ToV6KeepsLatestOverridesAndLog();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestStoreOverrides::decisions_keepOneRowPerItemInDecisionOrder()
{
    const QString path = file(QStringLiteral("order.slimplan"));
    QString error;
    {
        auto store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        const Inventory inv = makeInventory(6);
        QVERIFY2(store->importInventory(inv, ImportReport{}, {}, nullptr, &error), qPrintable(error));

        std::vector<DecisionLogEntry> bulk{decide(QStringLiteral("id-1"), Action::Shutdown, QStringLiteral("停用")),
                                           decide(QStringLiteral("id-2"), Action::Shutdown, QStringLiteral("停用")),
                                           decide(QStringLiteral("id-3"), Action::Shutdown, QStringLiteral("停用"))};
        QVERIFY2(store->recordDecisions(bulk, &error), qPrintable(error));
        QCOMPARE(bulk[1].batch, bulk[0].id); // one bulk decision reads back as one
        std::vector<DecisionLogEntry> again{decide(QStringLiteral("id-1"), Action::Rectify, QStringLiteral("整改"))};
        QVERIFY2(store->recordDecisions(again, &error), qPrintable(error));
        // id-1 decided again: its one row is replaced and moves behind the others.
        QCOMPARE(describe(store->overrides()),
                 (QStringList{QStringLiteral("id-2=shutdown"), QStringLiteral("id-3=shutdown"),
                              QStringLiteral("id-1=rectify")}));
        QCOMPARE(store->overrides().back().reason, QStringLiteral("整改"));
        QCOMPARE(count(store->database(), QStringLiteral("SELECT count(*) FROM overrides")), 3);

        // Back to the recommendation (an undo appends the reverse): the row goes, the log grows.
        std::vector<DecisionLogEntry> undo{decide(QStringLiteral("id-2"), std::nullopt, QStringLiteral("撤销"))};
        undo[0].kind = DecisionLogEntry::Kind::Undo;
        QVERIFY2(store->recordDecisions(undo, &error), qPrintable(error));
        QCOMPARE(describe(store->overrides()),
                 (QStringList{QStringLiteral("id-3=shutdown"), QStringLiteral("id-1=rectify")}));
        QCOMPARE(store->decisionLog().size(), std::size_t(5));
    }
    // The order survives closing the file: a decision after reopening comes last.
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(describe(store->overrides()),
             (QStringList{QStringLiteral("id-3=shutdown"), QStringLiteral("id-1=rectify")}));
    std::vector<DecisionLogEntry> later{decide(QStringLiteral("id-3"), Action::Keep, QStringLiteral("保留"))};
    QVERIFY2(store->recordDecisions(later, &error), qPrintable(error));
    Override o;
    o.itemId = QStringLiteral("id-5");
    o.action = Action::Merge;
    o.target = QStringLiteral("id-4");
    QVERIFY2(store->addOverride(o, &error), qPrintable(error));
    QCOMPARE(describe(store->overrides()),
             (QStringList{QStringLiteral("id-1=rectify"), QStringLiteral("id-3=keep"), QStringLiteral("id-5=merge")}));
    QCOMPARE(store->overrides().back().target, QStringLiteral("id-4"));

    // Replacing them all keeps the given order, and the latest row of an item listed twice.
    Override a;
    a.itemId = QStringLiteral("id-4");
    a.action = Action::Shutdown;
    Override b = a;
    b.itemId = QStringLiteral("id-0");
    Override c = a;
    c.action = Action::Rectify;
    QVERIFY2(store->setOverrides({a, b, c}, &error), qPrintable(error));
    QCOMPARE(describe(store->overrides()), (QStringList{QStringLiteral("id-0=shutdown"), QStringLiteral("id-4=rectify")}));
    QCOMPARE(store->decisionLog().size(), std::size_t(6)); // the log is not touched by overrides
}

void TestStoreOverrides::migration_v5ToV6KeepsLatestOverridesAndLog()
{
    const QString path = file(QStringLiteral("v5.slimplan"));
    {
        // A file as version 5 wrote it: overrides with a rowid, one item decided twice.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(schema::migrate(db, 5, &error), qPrintable(error));
        QCOMPARE(schema::userVersion(db, &error), 5);
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO items (id, name, kind, owner) VALUES"
                                       " ('a1', '青溪政务通', 'app', '青溪县政府'),"
                                       " ('b1', '防汛群', 'group', '青溪县水利局'),"
                                       " ('c1', '打卡小程序', 'app', '青溪县民政局')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO overrides (id, item_id, action, target, reason, who, at) VALUES"
                                       " (1, 'a1', 'shutdown', NULL, '停用', '王科长', '2026-11-01T08:00:00.000Z'),"
                                       " (2, 'b1', 'merge', 'c1', '重复', '李主任', '2026-11-02T08:00:00.000Z'),"
                                       " (3, 'a1', 'keep', NULL, '保留', '王科长', '2026-11-03T08:00:00.000Z')")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO decision_log (item_id, who, at, new_action, reason, kind) VALUES"
                                       " ('a1', '王科长', '2026-11-01T08:00:00.000Z', 'shutdown', '停用', 'decide'),"
                                       " ('b1', '李主任', '2026-11-02T08:00:00.000Z', 'merge', '重复', 'decide'),"
                                       " ('a1', '王科长', '2026-11-03T08:00:00.000Z', 'keep', '保留', 'decide')")),
                 qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), 6);
    QVERIFY(QFile::exists(path + QStringLiteral(".v5.bak")));
    const std::vector<Override> back = store->overrides();
    QCOMPARE(describe(back), (QStringList{QStringLiteral("b1=merge"), QStringLiteral("a1=keep")}));
    QCOMPARE(back[0].target, QStringLiteral("c1"));
    QCOMPARE(back[0].who, QStringLiteral("李主任"));
    QCOMPARE(back[0].when, QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC));
    QCOMPARE(back[1].reason, QStringLiteral("保留"));
    const std::vector<DecisionLogEntry> log = store->decisionLog();
    QCOMPARE(log.size(), std::size_t(3));
    QCOMPARE(log[2].newAction, std::optional<Action>(Action::Keep));

    QSqlDatabase db = store->database();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'overrides'")) && q.next());
    QVERIFY2(q.value(0).toString().contains(QLatin1String("WITHOUT ROWID")), qPrintable(q.value(0).toString()));
    q.finish();
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('overrides_item',"
                                      " 'decision_log_item')")), 0);
    QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"
                                      " AND tbl_name = 'decision_log'")), 2); // still append-only
    QCOMPARE(count(db, QStringLiteral("SELECT value FROM meta WHERE key = 'overrides_seq'")), 3);

    // A decision after the upgrade follows the migrated ones.
    std::vector<DecisionLogEntry> next{decide(QStringLiteral("c1"), Action::Rectify, QStringLiteral("整改"))};
    QVERIFY2(store->recordDecisions(next, &error), qPrintable(error));
    QCOMPARE(describe(store->overrides()),
             (QStringList{QStringLiteral("b1=merge"), QStringLiteral("a1=keep"), QStringLiteral("c1=rectify")}));
    QCOMPARE(store->decisionLog().size(), std::size_t(4));
}

QTEST_GUILESS_MAIN(TestStoreOverrides)
#include "test_storeoverrides.moc"
