// libFuzzer target: arbitrary bytes as a .slimplan project file through ProjectStore::open() and
// the readers of every table. Run with SLIMPLAN_FUZZ_SEED_OUT=DIR once to write seed projects
// (real projects made from the test ledgers, shrunk to 512-byte pages so mutations hit content).
#include "fuzztarget.h"

#include "plan/planner.h"
#include "store/schema.h"

#include <QDate>
#include <QDir>
#include <QSqlQuery>

namespace {

void makeSeed(const QString &dir, const QString &name, const QStringList &ledgers, bool withPlan,
              int version)
{
    const QString path = QDir(dir).filePath(name);
    QFile::remove(path);
    QString error;
    {
        auto store = slimplan::ProjectStore::open(path, &error);
        if (!store) {
            std::fprintf(stderr, "seed %s: %s\n", qPrintable(name), qPrintable(error));
            return;
        }
        slimplan::ImportOptions opt;
        opt.memberSalt = store->memberSalt();
        const slimplan::ImportResult r = slimplan::importFiles(ledgers, opt, nullptr);
        store->importInventory(r.inventory, r.report, ledgers, nullptr, &error);
        if (withPlan) {
            const slimplan::Inventory inv = store->loadInventory();
            const slimplan::Plan plan = slimplan::makePlan(inv, store->policyProfile(), QDate(2026, 1, 1));
            store->savePlan(plan, inv, &error);
        }
        QSqlDatabase db = store->database();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA page_size = 512"));
        q.exec(QStringLiteral("VACUUM"));
    }
    if (version < slimplan::schema::kCurrentVersion) {
        // An old file as that version's migrations made it, with one item.
        QFile::remove(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed-old"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA page_size = 512"));
            slimplan::schema::migrate(db, version, &error);
            q.exec(QStringLiteral("INSERT INTO items (id, name, kind, owner, functions) VALUES"
                                  " ('a1', '青溪通', 'app', '青溪县民政局', '[\"打卡\"]')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed-old"));
    }
    std::fprintf(stderr, "seed %s: %lld bytes\n", qPrintable(name), QFileInfo(path).size());
}

} // namespace

static void slimplanFuzzInit()
{
    const QString out = qEnvironmentVariable("SLIMPLAN_FUZZ_SEED_OUT");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    const QString data = QStringLiteral(SLIMPLAN_TEST_DATA "/csvimport/");
    makeSeed(out, QStringLiteral("empty.slimplan"), {}, false, slimplan::schema::kCurrentVersion);
    makeSeed(out, QStringLiteral("items.slimplan"), {data + QStringLiteral("utf8.csv")}, false,
             slimplan::schema::kCurrentVersion);
    makeSeed(out, QStringLiteral("plan.slimplan"),
             {data + QStringLiteral("青溪县工作群台账.csv")}, true, slimplan::schema::kCurrentVersion);
    makeSeed(out, QStringLiteral("v1.slimplan"), {data + QStringLiteral("quoted.csv")}, false, 1);
    std::exit(0);
}
SLIMPLAN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    slimplan::fuzz::checkOutcome(slimplan::fuzz::runProject(bytes));
    return 0;
}
