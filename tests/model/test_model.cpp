// The closed vocabularies and the inventory container.
#include "model/inventory.h"
#include "model/types.h"

#include <QtTest>

using namespace slimplan;

class TestModel : public QObject
{
    Q_OBJECT
private slots:
    void names_roundTrip();
    void derivedId_isStableAndKindSpecific();
    void upsert_replacesSameId();
};

void TestModel::names_roundTrip()
{
    for (int i = 0; i < kKindCount; ++i)
        QCOMPARE(kindFromName(kindName(Kind(i))), std::optional<Kind>(Kind(i)));
    for (int i = 0; i < kLevelCount; ++i)
        QCOMPARE(levelFromName(levelName(Level(i))), std::optional<Level>(Level(i)));
    for (int i = 0; i < kActionCount; ++i)
        QCOMPARE(actionFromName(actionName(Action(i))), std::optional<Action>(Action(i)));
    for (int i = 0; i < kFlagCount; ++i)
        QCOMPARE(flagFromName(flagName(flagAt(i))), std::optional<Flag>(flagAt(i)));
    QCOMPARE(flagNames(withFlag(withFlag(0, Flag::CheckIn), Flag::Temporary)),
             (QStringList{QStringLiteral("check_in"), QStringLiteral("temporary")}));
    QVERIFY(!kindFromName(u"gadget"));
}

void TestModel::derivedId_isStableAndKindSpecific()
{
    const QString a = deriveItemId(Kind::App, QStringLiteral("青溪县民政局"), QStringLiteral("青溪政务通"));
    QCOMPARE(a, deriveItemId(Kind::App, QStringLiteral(" 青溪县民政局"), QStringLiteral("青溪政务通 ")));
    QVERIFY(a.startsWith(QLatin1String("app-")));
    QVERIFY(a != deriveItemId(Kind::Account, QStringLiteral("青溪县民政局"), QStringLiteral("青溪政务通")));
}

void TestModel::upsert_replacesSameId()
{
    Inventory inv;
    Item a;
    a.id = QStringLiteral("x1");
    a.name = QStringLiteral("旧名");
    QCOMPARE(inv.upsert(a), 0);
    a.name = QStringLiteral("新名");
    QCOMPARE(inv.upsert(a), 0);
    QCOMPARE(inv.size(), 1);
    QCOMPARE(inv.at(0).name, QStringLiteral("新名"));
    QCOMPARE(inv.indexOf(QStringLiteral("x1")), 0);
    QCOMPARE(inv.indexOf(QStringLiteral("nope")), -1);
}

QTEST_GUILESS_MAIN(TestModel)
#include "test_model.moc"
