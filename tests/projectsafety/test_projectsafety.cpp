// Hostile and damaged project files (they travel by mail and USB stick): a damaged file gives a
// message (CLI exit 1) and never a crash; a crafted file cannot make SlimPlan run anything (no
// extensions, no triggers or views, no altered tables, bounded sizes); a newer format is refused
// and an older one is migrated after a backup. Every file is crafted here with Qt Sql.

#include "store/projectstore.h"
#include "store/schema.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace slimplan;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Runs SQL on a file through a plain Qt Sql connection (no SlimPlan defences): the attacker's tool.
void tamper(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString stderrText;
};

CliRun runCli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SLIMPLAN_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.stderrText = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestProjectSafety : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void damagedFilesGiveAMessage_data();
    void damagedFilesGiveAMessage();
    void craftedSchemaIsRefused_data();
    void craftedSchemaIsRefused();
    void connectionRunsNothing();
    void newerVersionIsRefused();
    void olderVersionIsMigratedAfterBackup();
    void foreignDatabaseIsRefused();

private:
    // A real project with a few items, made by SlimPlan; returns its path.
    QString makeProject(const QString &name);
    QTemporaryDir m_dir;
};

void TestProjectSafety::init()
{
    QVERIFY(m_dir.isValid());
}

QString TestProjectSafety::makeProject(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const CliRun r = runCli({QStringLiteral("import"),
                             QStringLiteral(SLIMPLAN_TEST_DATA "/csvimport/utf8.csv"),
                             QStringLiteral("--project"), path});
    if (r.status != QProcess::NormalExit || r.exitCode != 0)
        qWarning("import failed (%d): %s", r.exitCode, qPrintable(r.stderrText));
    return path;
}

void TestProjectSafety::damagedFilesGiveAMessage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("random bytes") << "random";
    QTest::newRow("SQLite header, then garbage") << "header";
    QTest::newRow("cut in half") << "truncated";
    QTest::newRow("schema page overwritten") << "page1";
    QTest::newRow("every page after the first overwritten") << "pages";
}

void TestProjectSafety::damagedFilesGiveAMessage()
{
    QFETCH(QString, damage);
    const QString path = makeProject(QStringLiteral("damaged.slimplan"));
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 8192);
    QRandomGenerator rng(42);
    auto noise = [&rng](qsizetype n) {
        QByteArray b(n, Qt::Uninitialized);
        for (char &c : b)
            c = static_cast<char>(rng.bounded(256));
        return b;
    };
    if (damage == QLatin1String("random"))
        bytes = noise(bytes.size());
    else if (damage == QLatin1String("header"))
        bytes = QByteArray("SQLite format 3\0", 16) + noise(bytes.size() - 16);
    else if (damage == QLatin1String("truncated"))
        bytes.truncate(bytes.size() / 2 + 100);
    else if (damage == QLatin1String("page1"))
        bytes.replace(100, 3996, noise(3996)); // keep the 100-byte file header
    else
        bytes.replace(4096, bytes.size() - 4096, noise(bytes.size() - 4096));
    writeAll(path, bytes);

    // The library: either a refusal with a message, or (damage it cannot see at open) a store
    // whose readers do not crash.
    QString error;
    {
        auto store = ProjectStore::open(path, &error);
        if (store) {
            (void)store->loadInventory();
            (void)store->importHistory();
        } else {
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(path), qPrintable(error)); // names the file
        }
    }
    // The CLI: exit status 1 and a message, never a crash.
    const CliRun r = runCli({QStringLiteral("plan"), QStringLiteral("--project"), path,
                             QStringLiteral("--json"), m_dir.filePath(QStringLiteral("out.json"))});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText.contains(path), qPrintable(r.stderrText));
}

void TestProjectSafety::craftedSchemaIsRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("named");
    QTest::newRow("trigger") << QStringList{QStringLiteral(
        "CREATE TRIGGER wipe AFTER INSERT ON items BEGIN DELETE FROM meta; END")} << "trigger wipe";
    QTest::newRow("view") << QStringList{QStringLiteral("CREATE VIEW items_v AS SELECT * FROM items")}
                          << "view items_v";
    QTest::newRow("extra table") << QStringList{QStringLiteral("CREATE TABLE payload (x)")}
                                 << "table payload";
    QTest::newRow("extra index on an expression") << QStringList{QStringLiteral(
        "CREATE INDEX slow ON items (length(name) * 2)")} << "index slow";
    // The table's SQL rewritten in place, as a hex editor would: a default that loads a library.
    QTest::newRow("altered table SQL") << QStringList{
        QStringLiteral("PRAGMA writable_schema = ON"),
        QStringLiteral("UPDATE sqlite_schema SET sql = 'CREATE TABLE meta (key TEXT PRIMARY KEY NOT "
                       "NULL, value DEFAULT (load_extension(''/tmp/evil.so'')))' WHERE name = 'meta'"),
        QStringLiteral("PRAGMA writable_schema = OFF")} << "table meta";
}

void TestProjectSafety::craftedSchemaIsRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    const QString path = makeProject(QStringLiteral("crafted.slimplan"));
    tamper(path, statements);
    const QByteArray before = readAll(path);

    QString error;
    QVERIFY(!ProjectStore::open(path, &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QCOMPARE(readAll(path), before); // refused before anything was written

    const CliRun r = runCli({QStringLiteral("plan"), QStringLiteral("--project"), path});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText.contains(named), qPrintable(r.stderrText));
}

// What the store's connection refuses even when asked directly.
void TestProjectSafety::connectionRunsNothing()
{
    const QString path = makeProject(QStringLiteral("plain.slimplan"));
    QString error;
    auto store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA trusted_schema")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(!q.exec(QStringLiteral("SELECT load_extension('/tmp/evil.so')")));
    QVERIFY(!q.exec(QStringLiteral("ATTACH DATABASE ':memory:' AS other")));
    // Strings and blobs are bounded (sqlite3_limit), so a crafted value cannot eat the memory.
    QVERIFY(!q.exec(QStringLiteral("SELECT length(zeroblob(500000000))")));
    QVERIFY(q.exec(QStringLiteral("SELECT length(zeroblob(1000000))")) && q.next());
}

void TestProjectSafety::newerVersionIsRefused()
{
    const QString path = makeProject(QStringLiteral("newer.slimplan"));
    tamper(path, {QStringLiteral("PRAGMA user_version = %1").arg(schema::kCurrentVersion + 1)});
    const QByteArray before = readAll(path);
    QString error;
    QVERIFY(!ProjectStore::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
    QCOMPARE(readAll(path), before);
    const CliRun r = runCli({QStringLiteral("plan"), QStringLiteral("--project"), path});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.stderrText.contains(QLatin1String("newer")), qPrintable(r.stderrText));
}

void TestProjectSafety::olderVersionIsMigratedAfterBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("old.slimplan"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(schema::migrate(db, 1, &error), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO items (id, name, kind, owner) VALUES"
                                      " ('app-1', '青溪通', 'app', '青溪县民政局')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    const QByteArray v1 = readAll(path);

    QString error;
    {
        auto store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), schema::kCurrentVersion);
        const Inventory inv = store->loadInventory();
        QCOMPARE(inv.size(), 1);
        QCOMPARE(inv.at(0).name, QStringLiteral("青溪通"));
    }
    const QString backup = path + QStringLiteral(".v1.bak");
    QVERIFY(QFile::exists(backup));
    QCOMPARE(readAll(backup), v1); // the backup is the file as it was
    // And it opens again without a second migration or a new backup.
    QFile::remove(backup);
    QVERIFY2(ProjectStore::open(path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(backup));
}

void TestProjectSafety::foreignDatabaseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.slimplan"));
    QFile::remove(path);
    tamper(path, {QStringLiteral("CREATE TABLE accounts (id, balance)")});
    QString error;
    QVERIFY(!ProjectStore::open(path, &error));
    QVERIFY2(error.contains(QLatin1String("not a SlimPlan project")), qPrintable(error));
    const CliRun r = runCli({QStringLiteral("plan"), QStringLiteral("--project"), path});
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestProjectSafety)
#include "test_projectsafety.moc"
