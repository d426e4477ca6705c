// The overlap engine: each part of the score, containment, cohesive families, determinism,
// cancellation, recall of the candidate filter against brute force, and the explanations.
#include "overlap/overlap.h"
#include "overlap/overlapfeatures.h"
#include "synth/generator.h"

#include <QtTest>

#include <set>

using namespace slimplan;

namespace {

QStringList list(const QString &s)
{
    return s.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// "lo-hi": member hashes lo … hi-1 (half-open), so 0-28 and 1-30 share 27 of 30.
std::vector<quint64> members(const QString &range)
{
    std::vector<quint64> out;
    if (range.isEmpty())
        return out;
    const QStringList p = range.split(QLatin1Char('-'));
    for (int k = p.at(0).toInt(); k < p.at(1).toInt(); ++k)
        out.push_back(generatorMemberHash(QString::number(1000 + k)));
    return out;
}

Item item(const QString &name, const QString &owner, const QString &functions,
          const QString &data = QString(), const QString &memberRange = QString(),
          const QString &platform = QString(), Kind kind = Kind::App)
{
    Item it;
    it.name = name;
    it.owner = owner;
    it.kind = kind;
    it.region = QStringLiteral("330101");
    it.platform = platform;
    it.functions = list(functions);
    it.dataItems = list(data);
    it.memberHashes = members(memberRange);
    it.id = deriveItemId(kind, owner, name);
    return it;
}

Inventory inventoryOf(const std::vector<Item> &items)
{
    Inventory inv;
    for (const Item &it : items)
        inv.upsert(it);
    return inv;
}

bool sameEdges(const std::vector<OverlapEdge> &x, const std::vector<OverlapEdge> &y)
{
    if (x.size() != y.size())
        return false;
    for (std::size_t k = 0; k < x.size(); ++k)
        if (x[k].a != y[k].a || x[k].b != y[k].b || x[k].score != y[k].score
            || x[k].containedItem != y[k].containedItem)
            return false;
    return true;
}

class CancelAfter : public Progress
{
public:
    explicit CancelAfter(int polls) : m_left(polls) {}
    bool isCanceled() const override { return m_left.fetch_sub(1) <= 0; }

private:
    mutable std::atomic<int> m_left;
};

// A synthetic inventory of `items` items over `regions` regions (the seed fixes it).
Inventory generated(int items, quint64 seed, int regions)
{
    GeneratorOptions o;
    o.items = items;
    o.seed = seed;
    o.regions = regions;
    return generateInventory(o);
}

} // namespace

class TestOverlap : public QObject
{
    Q_OBJECT
private slots:
    void parts_data();
    void parts();
    void idf_rareFunctionCountsMore();
    void renormalise_missingPartsDoNotPenalise();
    void containment_smallInsideBig();
    void chain_isNotOneFamily();
    void family_lookAlikeAppsAreOneFamily();
    void determinism_sameResultAnyThreads();
    void determinism_sharedAndCopiedStringsAgree();
    void names_placesRemovedLikeQStringRemove_data();
    void names_placesRemovedLikeQStringRemove();
    void cancel_givesCanceledResultWithoutFamilies_data();
    void cancel_givesCanceledResultWithoutFamilies();
    void recall_matchesBruteForce_data();
    void recall_matchesBruteForce();
    void explain_namesSharedCounts_data();
    void explain_namesSharedCounts();
    void layout_isDeterministicAndInside();
};

void TestOverlap::parts_data()
{
    QTest::addColumn<QString>("nameA");
    QTest::addColumn<QString>("ownerA");
    QTest::addColumn<QString>("dataA");
    QTest::addColumn<QString>("membersA");
    QTest::addColumn<QString>("platformA");
    QTest::addColumn<QString>("nameB");
    QTest::addColumn<QString>("ownerB");
    QTest::addColumn<QString>("dataB");
    QTest::addColumn<QString>("membersB");
    QTest::addColumn<QString>("platformB");
    QTest::addColumn<QString>("part");
    QTest::addColumn<double>("expected");

    const QString qx = QStringLiteral("青溪县民政局");
    const QString bs = QStringLiteral("白水县人社局");
    QTest::newRow("data items: 2 of 4 shared")
        << "甲" << qx << "姓名|身份证号|联系电话" << "" << "" << "乙" << bs << "姓名|身份证号|家庭住址" << "" << ""
        << "dataItems" << 0.5;
    QTest::newRow("members: 27 of 30 shared")
        << "甲" << qx << "" << "0-28" << "" << "乙" << bs << "" << "1-30" << "" << "members" << 0.9;
    QTest::newRow("members: disjoint") << "甲" << qx << "" << "0-10" << "" << "乙" << bs << "" << "10-20" << ""
                                       << "members" << 0.0;
    QTest::newRow("name: county name removed, rest equal")
        << "青溪政务通" << qx << "" << "" << "" << "白水政务通" << bs << "" << "" << "" << "name" << 1.0;
    QTest::newRow("name: same county, different rest")
        << "青溪政务通" << qx << "" << "" << "" << "青溪便民宝" << qx << "" << "" << "" << "name" << 0.0;
    QTest::newRow("name: township name removed too")
        << "红星镇便民服务" << "青溪县红星镇人民政府" << "" << "" << "" << "便民服务" << qx << "" << "" << ""
        << "name" << 1.0;
    QTest::newRow("name: one bigram of three shared") // 政务 通办 vs 政务 务云
        << "青溪政务通办" << qx << "" << "" << "" << "白水政务云" << bs << "" << "" << "" << "name" << 0.25;
    QTest::newRow("owner: same") << "甲" << qx << "" << "" << "" << "乙" << qx << "" << "" << "" << "owner" << 1.0;
    QTest::newRow("owner: different") << "甲" << qx << "" << "" << "" << "乙" << bs << "" << "" << "" << "owner" << 0.0;
    QTest::newRow("platform: same") << "甲" << qx << "" << "" << "微信小程序" << "乙" << bs << "" << ""
                                    << "微信小程序" << "platform" << 1.0;
    QTest::newRow("platform: one unknown") << "甲" << qx << "" << "" << "微信小程序" << "乙" << bs << "" << ""
                                           << "" << "platform" << 0.0;
}

void TestOverlap::parts()
{
    QFETCH(QString, nameA);
    QFETCH(QString, ownerA);
    QFETCH(QString, dataA);
    QFETCH(QString, membersA);
    QFETCH(QString, platformA);
    QFETCH(QString, nameB);
    QFETCH(QString, ownerB);
    QFETCH(QString, dataB);
    QFETCH(QString, membersB);
    QFETCH(QString, platformB);
    QFETCH(QString, part);
    QFETCH(double, expected);
    const Inventory inv = inventoryOf({item(nameA, ownerA, QString(), dataA, membersA, platformA),
                                       item(nameB, ownerB, QString(), dataB, membersB, platformB)});
    const OverlapParts p = overlapParts(inv, 0, 1, PolicyProfile());
    const double got = part == QLatin1String("dataItems") ? p.dataItems
        : part == QLatin1String("members")                ? p.members
        : part == QLatin1String("name")                   ? p.name
        : part == QLatin1String("owner")                  ? (p.sameOwner ? 1.0 : 0.0)
                                                          : (p.samePlatform ? 1.0 : 0.0);
    QVERIFY2(qAbs(got - expected) < 1e-9, qPrintable(QStringLiteral("%1 = %2").arg(part).arg(got)));
    QCOMPARE(overlapParts(inv, 1, 0, PolicyProfile()).score, p.score); // symmetric
}

void TestOverlap::idf_rareFunctionCountsMore()
{
    // Twenty fillers make 信息发布 common; 防汛预警 and 地灾预警 stay rare.
    std::vector<Item> items;
    for (int k = 0; k < 20; ++k)
        items.push_back(item(QStringLiteral("填充%1").arg(k), QStringLiteral("单位%1").arg(k),
                             QStringLiteral("信息发布|功能%1").arg(k)));
    items.push_back(item(QStringLiteral("甲"), QStringLiteral("单位甲"), QStringLiteral("信息发布|防汛预警")));
    items.push_back(item(QStringLiteral("乙"), QStringLiteral("单位乙"), QStringLiteral("信息发布|地灾预警")));
    items.push_back(item(QStringLiteral("丙"), QStringLiteral("单位丙"), QStringLiteral("防汛预警|功能1")));
    const Inventory inv = inventoryOf(items);
    const PolicyProfile profile;
    const OverlapParts common = overlapParts(inv, 20, 21, profile); // share only 信息发布
    const OverlapParts rare = overlapParts(inv, 20, 22, profile);   // share only 防汛预警
    QVERIFY2(common.functions < 0.2, qPrintable(QString::number(common.functions)));
    QVERIFY2(rare.functions > 0.4, qPrintable(QString::number(rare.functions)));
    QVERIFY(rare.score > common.score);
}

void TestOverlap::renormalise_missingPartsDoNotPenalise()
{
    // No data items, no members: the score is taken over functions, name, owner and platform.
    const QString owner = QStringLiteral("青溪县民政局");
    const QString plat = QStringLiteral("微信小程序");
    const Inventory inv = inventoryOf({item(QStringLiteral("青溪民政通"), owner, QStringLiteral("低保申请|临时救助"),
                                            QString(), QString(), plat),
                                       item(QStringLiteral("民政通"), owner, QStringLiteral("低保申请|临时救助"),
                                            QString(), QString(), plat)});
    const OverlapParts p = overlapParts(inv, 0, 1, PolicyProfile());
    QCOMPARE(p.functions, 1.0);
    QCOMPARE(p.name, 1.0);
    QVERIFY(qAbs(p.score - 1.0) < 1e-12);
    // Members known for one only: now members count, and they do not match.
    Inventory withMembers = inv;
    withMembers.items()[0].memberHashes = members(QStringLiteral("0-5"));
    const OverlapParts q = overlapParts(withMembers, 0, 1, PolicyProfile());
    const OverlapWeights w;
    const double expected = (w.functions + w.name + w.owner + w.platform)
        / (w.functions + w.name + w.owner + w.platform + w.members);
    QVERIFY2(qAbs(q.score - expected) < 1e-12, qPrintable(QString::number(q.score)));
}

void TestOverlap::containment_smallInsideBig()
{
    // Same unit and platform, names barely alike: the score stays below the threshold, but every
    // function of the small app is in the big one, so it can fold into it.
    const QString owner = QStringLiteral("青溪县人社局");
    const QString plat = QStringLiteral("微信小程序");
    const Inventory inv = inventoryOf(
        {item(QStringLiteral("社保查询通"), owner, QStringLiteral("社保查询|养老认证|就业招聘"), {}, {}, plat),
         item(QStringLiteral("社保综合服务"), owner,
              QStringLiteral("社保查询|养老认证|就业招聘|技能培训|创业补贴"), {}, {}, plat)});
    const PolicyProfile profile;
    const OverlapParts p = overlapParts(inv, 0, 1, profile);
    QCOMPARE(p.containment, 1.0);
    QVERIFY(p.score < profile.overlapThreshold);
    const OverlapResult r = computeOverlap(inv, profile);
    QCOMPARE(r.edges.size(), std::size_t(1));
    QCOMPARE(r.edges[0].containedItem, 0);
    QCOMPARE(r.families.size(), std::size_t(1));
}

void TestOverlap::chain_isNotOneFamily()
{
    // A~B (members 0-20 inside 0-40) and B~C (20-40 inside 0-40); A and C share no member.
    const QString owner = QStringLiteral("青溪县红星镇人民政府");
    const QString name = QStringLiteral("社会事务工作群");
    const Inventory inv = inventoryOf({item(name + QStringLiteral("A"), owner, {}, {}, QStringLiteral("0-20"), {}, Kind::Group),
                                       item(name + QStringLiteral("B"), owner, {}, {}, QStringLiteral("0-40"), {}, Kind::Group),
                                       item(name + QStringLiteral("C"), owner, {}, {}, QStringLiteral("20-40"), {}, Kind::Group)});
    const PolicyProfile profile;
    QVERIFY(overlapParts(inv, 0, 1, profile).score >= profile.overlapThreshold);
    QVERIFY(overlapParts(inv, 1, 2, profile).score >= profile.overlapThreshold);
    QVERIFY(overlapParts(inv, 0, 2, profile).score < profile.overlapThreshold);
    const OverlapResult r = computeOverlap(inv, profile);
    QCOMPARE(r.edges.size(), std::size_t(2));
    QCOMPARE(r.families.size(), std::size_t(1));
    QCOMPARE(r.families[0].size(), std::size_t(2));
    QVERIFY(r.familyOf[0] == -1 || r.familyOf[0] != r.familyOf[2]);
    QVERIFY(r.familyOf[1] >= 0);
}

void TestOverlap::family_lookAlikeAppsAreOneFamily()
{
    // The seed's county with 政务通, 便民宝, 服务云 doing the same things, and one app apart.
    const QString f = QStringLiteral("政务服务|办事指南|在线咨询|投诉建议|社保查询");
    const Inventory inv = inventoryOf({item(QStringLiteral("青溪政务通"), QStringLiteral("青溪县政务服务中心"), f),
                                       item(QStringLiteral("青溪便民宝"), QStringLiteral("青溪县民政局"), f),
                                       item(QStringLiteral("青溪服务云"), QStringLiteral("青溪县人社局"), f),
                                       item(QStringLiteral("青溪旅游"), QStringLiteral("青溪县文旅局"), QStringLiteral("旅游导览|文化活动"))});
    const OverlapResult r = computeOverlap(inv, PolicyProfile());
    QCOMPARE(r.families.size(), std::size_t(1));
    QCOMPARE(r.families[0], (std::vector<int>{0, 1, 2}));
    QCOMPARE(r.familyOf[3], -1);
}

void TestOverlap::determinism_sameResultAnyThreads()
{
    const Inventory inv = generated(2000, 7, 3);
    const PolicyProfile profile;
    const OverlapResult one = computeOverlap(inv, profile, nullptr, 1);
    const OverlapResult two = computeOverlap(inv, profile, nullptr, 2);
    const OverlapResult again = computeOverlap(inv, profile, nullptr, 2);
    QVERIFY(!one.edges.empty());
    QVERIFY(sameEdges(one.edges, two.edges));
    QVERIFY(sameEdges(two.edges, again.edges));
    QCOMPARE(one.families, two.families);
    QCOMPARE(one.familyOf, two.familyOf);
}

void TestOverlap::determinism_sharedAndCopiedStringsAgree()
{
    // The engine looks texts up by buffer address first (interned inventories share buffers);
    // the same texts in buffers of their own must give the same graph.
    const Inventory shared = generated(3000, 5, 2);
    Inventory copied = shared;
    const auto deepCopy = [](QStringList &l, int every) {
        for (qsizetype k = 0; k < l.size(); ++k)
            if (k % every == 0)
                l[k] = QString(l.at(k).constData(), l.at(k).size()); // a buffer of its own
    };
    int n = 0;
    for (Item &it : copied.items()) {
        deepCopy(it.functions, 1 + n % 2); // every string, or every other one
        deepCopy(it.dataItems, 1 + n % 3);
        it.owner = QString(it.owner.constData(), it.owner.size());
        ++n;
    }
    QVERIFY(copied.at(0).functions.at(0).constData() != shared.at(0).functions.at(0).constData());
    const OverlapResult a = computeOverlap(shared, PolicyProfile(), nullptr, 2);
    const OverlapResult b = computeOverlap(copied, PolicyProfile(), nullptr, 2);
    QVERIFY(a.edges.size() > 100);
    QVERIFY(sameEdges(a.edges, b.edges));
    QCOMPARE(a.families, b.families);
}

void TestOverlap::names_placesRemovedLikeQStringRemove_data()
{
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stripped");
    const QString qx = QStringLiteral("青溪县人民政府");
    QTest::newRow("county and its short name") << qx << QStringLiteral("青溪县青溪政务通") << QStringLiteral("政务通");
    QTest::newRow("spaces, punctuation, case") << qx << QStringLiteral("青溪 E-Gov·通") << QStringLiteral("egov通");
    QTest::newRow("only the place") << qx << QStringLiteral("青溪") << QStringLiteral("青溪");
    const QString qq = QStringLiteral("青青县人民政府");
    // Occurrences are found left to right without overlaps, never across a join made by removing.
    QTest::newRow("overlapping occurrences") << qq << QStringLiteral("青青青青通") << QStringLiteral("通");
    QTest::newRow("odd run") << qq << QStringLiteral("青青青通") << QStringLiteral("青通");
    // 青青县 leaves 青青县县, which holds 青青县 again across the join: not removed. 青青 then goes.
    QTest::newRow("join after removal") << qq << QStringLiteral("青青青青县县县") << QStringLiteral("县县");
    QTest::newRow("town under county") << QStringLiteral("青溪县青山镇人民政府")
                                      << QStringLiteral("青山镇青溪县便民通") << QStringLiteral("便民通");
}

void TestOverlap::names_placesRemovedLikeQStringRemove()
{
    QFETCH(QString, owner);
    QFETCH(QString, name);
    QFETCH(QString, stripped);
    Item it = item(name, owner, QString());
    QCOMPARE(overlapdetail::strippedName(it), stripped);
    // The same as QString::remove of each place, then letters and digits case-folded.
    QString reference = name;
    for (const QString &p : overlapdetail::placesToStrip(it))
        reference.remove(p);
    reference.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    QCOMPARE(reference.isEmpty() ? name : reference.toCaseFolded(), stripped);
    // The block path (places worked out once per owner) gives the bigrams of the same text.
    std::vector<std::uint32_t> tokens;
    overlapdetail::appendNameTokens(it, overlapdetail::placesToStrip(it), tokens);
    QCOMPARE(tokens, overlapdetail::nameBigrams(stripped));
    // A region given as a place name is stripped too.
    it.owner.clear();
    it.region = owner;
    QCOMPARE(overlapdetail::strippedName(it), stripped);
}

void TestOverlap::cancel_givesCanceledResultWithoutFamilies_data()
{
    QTest::addColumn<int>("polls");
    QTest::newRow("cancelled before the start") << 0;
    QTest::newRow("cancelled while comparing") << 3;
}

void TestOverlap::cancel_givesCanceledResultWithoutFamilies()
{
    QFETCH(int, polls);
    const Inventory inv = generated(3000, 1, 1);
    CancelAfter progress(polls);
    const OverlapResult r = computeOverlap(inv, PolicyProfile(), &progress, 2);
    QVERIFY(r.canceled);
    QVERIFY(r.families.empty());
    QVERIFY(r.edges.empty());
    QVERIFY(r.familyOf.empty());
}

void TestOverlap::recall_matchesBruteForce_data()
{
    // Profiles that move every bound the filters use: the Jaccard bound τ (threshold, weights),
    // the containment share, and the name-only bound.
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("containment");
    QTest::addColumn<double>("nameWeight");
    QTest::addColumn<double>("ownerWeight");
    QTest::newRow("default") << 0.6 << 0.8 << 0.10 << 0.03;
    QTest::newRow("low threshold") << 0.4 << 0.8 << 0.10 << 0.03;
    QTest::newRow("high threshold, loose containment") << 0.8 << 0.5 << 0.10 << 0.03;
    QTest::newRow("heavy name and owner") << 0.6 << 0.9 << 0.30 << 0.15;
}

void TestOverlap::recall_matchesBruteForce()
{
    using namespace overlapdetail;
    QFETCH(double, threshold);
    QFETCH(double, containment);
    QFETCH(double, nameWeight);
    QFETCH(double, ownerWeight);
    const Inventory inv = generated(3000, 11, 2);
    PolicyProfile profile;
    profile.overlapThreshold = threshold;
    profile.containmentThreshold = containment;
    profile.weights.name = nameWeight;
    profile.weights.owner = ownerWeight;
    const OverlapResult r = computeOverlap(inv, profile);
    std::set<std::pair<int, int>> found;
    for (const OverlapEdge &e : r.edges)
        found.insert({e.a, e.b});

    const TokenTables tables = buildTokenTables(inv, 1);
    std::vector<ItemFeatures> f;
    std::vector<QString> key;
    for (const Item &it : inv.items()) {
        f.push_back(buildFeatures(it, tables));
        key.push_back(blockKey(it));
    }
    qint64 truth = 0, hit = 0;
    for (int a = 0; a < inv.size(); ++a)
        for (int b = a + 1; b < inv.size(); ++b) {
            if (key[std::size_t(a)] != key[std::size_t(b)])
                continue;
            const OverlapParts p = scorePair(inv.at(a), f[std::size_t(a)], inv.at(b), f[std::size_t(b)],
                                             tables.functionWeight, profile.weights);
            if (!judgePair(p, f[std::size_t(a)], f[std::size_t(b)], profile).edge)
                continue;
            ++truth;
            hit += found.count({a, b});
        }
    QVERIFY2(truth > 100, qPrintable(QString::number(truth)));
    const double recall = double(hit) / double(truth);
    QVERIFY2(recall >= 0.995, qPrintable(QStringLiteral("recall %1 (%2 of %3)").arg(recall).arg(hit).arg(truth)));
    // The filters only drop pairs that provably cannot qualify: nothing is missed at all.
    QCOMPARE(hit, truth);
    // Precision: every edge is a real one.
    QCOMPARE(qint64(found.size()), hit);
    // The on-demand parts agree with the graph's score.
    for (std::size_t k = 0; k < std::min<std::size_t>(50, r.edges.size()); ++k) {
        const OverlapEdge &e = r.edges[k];
        QCOMPARE(float(overlapParts(inv, e.a, e.b, profile).score), e.score);
    }
}

void TestOverlap::explain_namesSharedCounts_data()
{
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("zh") << true
                        << QStringList{QStringLiteral("功能重合 4/5"), QStringLiteral("政务服务"),
                                       QStringLiteral("成员重合 27/30"), QStringLiteral("同一主办单位")};
    QTest::newRow("en") << false
                        << QStringList{QStringLiteral("functions 4/5 shared"), QStringLiteral("办事指南"),
                                       QStringLiteral("members 27/30 shared"), QStringLiteral("same owner")};
}

void TestOverlap::explain_namesSharedCounts()
{
    QFETCH(bool, chinese);
    QFETCH(QStringList, expected);
    const QString owner = QStringLiteral("青溪县民政局");
    const Inventory inv = inventoryOf(
        {item(QStringLiteral("民政服务群"), owner, QStringLiteral("政务服务|办事指南|在线咨询|投诉建议"), {},
              QStringLiteral("0-28")),
         item(QStringLiteral("民政工作群"), owner, QStringLiteral("政务服务|办事指南|在线咨询|投诉建议|社保查询"), {},
              QStringLiteral("1-30"))});
    const QString text = explainOverlap(inv, 0, 1, PolicyProfile(), chinese);
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(text));
}

void TestOverlap::layout_isDeterministicAndInside()
{
    const std::vector<int> items{3, 5, 8, 9};
    std::vector<OverlapEdge> edges{{3, 5, 0.7f, -1}, {5, 8, 0.8f, -1}, {3, 8, 0.9f, -1}};
    const auto p1 = layoutGraph(items, edges, 400, 300);
    const auto p2 = layoutGraph(items, edges, 400, 300);
    QCOMPARE(p1.size(), items.size());
    for (std::size_t k = 0; k < p1.size(); ++k) {
        QCOMPARE(p1[k].item, items[k]);
        QCOMPARE(p1[k].x, p2[k].x);
        QCOMPARE(p1[k].y, p2[k].y);
        QVERIFY(p1[k].x >= 0 && p1[k].x <= 400 && p1[k].y >= 0 && p1[k].y <= 300);
    }
    QVERIFY(p1[0].x != p1[1].x || p1[0].y != p1[1].y);
}

QTEST_GUILESS_MAIN(TestOverlap)
#include "test_overlap.moc"
