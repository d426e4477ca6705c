// The layouts of the overlap graph: rings around a survivor (layoutAround) and the force layout
// of unconnected parts set side by side (layoutGraph), both filling the box they are given.
#include "overlap/graphlayout.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace slimplan;

namespace {

double distance(const LayoutPoint &p, double x, double y)
{
    return std::hypot(p.x - x, p.y - y);
}

// A family as a clique of `n` items (indices base, base + 1, …), scores falling with the index.
std::vector<OverlapEdge> clique(int base, int n)
{
    std::vector<OverlapEdge> edges;
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            edges.push_back({base + i, base + j, float(0.95 - 0.3 * double(j) / n), -1});
    return edges;
}

bool allDistinct(const std::vector<LayoutPoint> &points, double minGap)
{
    for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = i + 1; j < points.size(); ++j)
            if (distance(points[i], points[j].x, points[j].y) < minGap)
                return false;
    return true;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT
private slots:
    void ringSizes_data();
    void ringSizes();
    void aroundPutsCentreInMiddle_data();
    void aroundPutsCentreInMiddle();
    void aroundStrongestInnermost();
    void aroundWithoutCentreFallsBack();
    void partsFillTheBox_data();
    void partsFillTheBox();
};

void TestGraphLayout::ringSizes_data()
{
    QTest::addColumn<int>("others");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("nobody around") << 0 << QList<int>{};
    QTest::newRow("a pair") << 1 << QList<int>{1};
    QTest::newRow("one full ring") << 8 << QList<int>{8};
    QTest::newRow("one more than a ring") << 9 << QList<int>{3, 6};
    QTest::newRow("two full rings") << 24 << QList<int>{8, 16};
    QTest::newRow("three rings") << 25 << QList<int>{4, 8, 13};
    QTest::newRow("the most a graph draws") << 299 << QList<int>{};
}

void TestGraphLayout::ringSizes()
{
    QFETCH(int, others);
    QFETCH(QList<int>, expected);
    const std::vector<int> sizes = slimplan::ringSizes(others);
    QCOMPARE(std::accumulate(sizes.begin(), sizes.end(), 0), others);
    if (!expected.isEmpty() || others == 0)
        QCOMPARE(QList<int>(sizes.begin(), sizes.end()), expected);
    // Outer rings are longer: they never hold fewer than the inner ones, nor far more than their share.
    for (std::size_t k = 1; k < sizes.size(); ++k)
        QVERIFY(sizes[k] >= sizes[k - 1]);
    for (std::size_t k = 0; k < sizes.size(); ++k)
        QVERIFY(sizes[k] <= kRingStep * int(k + 1) + int(sizes.size()));
}

void TestGraphLayout::aroundPutsCentreInMiddle_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("centreAt");
    QTest::newRow("pair, centre first") << 2 << 0;
    QTest::newRow("family of 7, centre third") << 7 << 2;
    QTest::newRow("family of 30, centre last") << 30 << 29;
    QTest::newRow("family of 300") << 300 << 150;
}

void TestGraphLayout::aroundPutsCentreInMiddle()
{
    QFETCH(int, size);
    QFETCH(int, centreAt);
    std::vector<int> items(static_cast<std::size_t>(size));
    std::iota(items.begin(), items.end(), 100);
    const std::vector<OverlapEdge> edges = clique(100, std::min(size, 40));
    const int centre = items[std::size_t(centreAt)];
    const auto p1 = layoutAround(items, edges, centre);
    const auto p2 = layoutAround(items, edges, centre);
    QCOMPARE(p1.size(), items.size());
    double minX = 1, maxX = 0, minY = 1, maxY = 0;
    for (std::size_t k = 0; k < p1.size(); ++k) {
        QCOMPARE(p1[k].item, items[k]);
        QCOMPARE(p1[k].x, p2[k].x);
        QCOMPARE(p1[k].y, p2[k].y);
        QVERIFY(p1[k].x >= 0 && p1[k].x <= 1 && p1[k].y >= 0 && p1[k].y <= 1);
        minX = std::min(minX, p1[k].x);
        maxX = std::max(maxX, p1[k].x);
        minY = std::min(minY, p1[k].y);
        maxY = std::max(maxY, p1[k].y);
    }
    if (size == 2) {
        QCOMPARE(p1[std::size_t(centreAt)].x, 0.0);
    } else {
        QCOMPARE(p1[std::size_t(centreAt)].x, 0.5);
        QCOMPARE(p1[std::size_t(centreAt)].y, 0.5);
    }
    // The outer ring touches the box: the picture fills it.
    QVERIFY(maxX - minX >= 0.99);
    if (size > 2)
        QVERIFY(maxY - minY >= 0.8);
    QVERIFY(allDistinct(p1, 0.01));
}

void TestGraphLayout::aroundStrongestInnermost()
{
    // 12 items around item 0: two rings; the four strongest overlaps with 0 sit nearest to it.
    std::vector<int> items(13);
    std::iota(items.begin(), items.end(), 0);
    std::vector<OverlapEdge> edges;
    for (int m = 1; m <= 12; ++m)
        edges.push_back({0, m, float(0.6 + 0.03 * m), -1});
    const auto points = layoutAround(items, edges, 0);
    std::vector<std::pair<double, int>> byDistance;
    for (const LayoutPoint &p : points) {
        if (p.item != 0)
            byDistance.emplace_back(distance(p, 0.5, 0.5), p.item);
    }
    std::sort(byDistance.begin(), byDistance.end());
    const int inner = slimplan::ringSizes(12).front();
    QVERIFY(inner < 12);
    for (int k = 0; k < inner; ++k)
        QVERIFY2(byDistance[std::size_t(k)].second > 12 - inner, qPrintable(QString::number(byDistance[std::size_t(k)].second)));
}

void TestGraphLayout::aroundWithoutCentreFallsBack()
{
    const std::vector<int> items{4, 7, 9};
    const std::vector<OverlapEdge> edges{{4, 7, 0.8f, -1}};
    const auto points = layoutAround(items, edges, 42);
    QCOMPARE(points.size(), items.size());
    for (std::size_t k = 0; k < points.size(); ++k) {
        QCOMPARE(points[k].item, items[k]);
        QVERIFY(points[k].x >= 0 && points[k].x <= 1 && points[k].y >= 0 && points[k].y <= 1);
    }
    QVERIFY(allDistinct(points, 0.05));
    QVERIFY(layoutAround({}, {}, 1).empty());
}

void TestGraphLayout::partsFillTheBox_data()
{
    QTest::addColumn<QList<int>>("partSizes");
    QTest::newRow("one family of 6") << QList<int>{6};
    QTest::newRow("two families") << QList<int>{5, 3};
    QTest::newRow("five families and two loners") << QList<int>{4, 4, 3, 2, 2, 1, 1};
}

void TestGraphLayout::partsFillTheBox()
{
    QFETCH(QList<int>, partSizes);
    std::vector<int> items;
    std::vector<OverlapEdge> edges;
    int base = 0;
    for (int n : partSizes) {
        for (int i = 0; i < n; ++i)
            items.push_back(base + i);
        const auto c = clique(base, n);
        edges.insert(edges.end(), c.begin(), c.end());
        base += n + 10;
    }
    const double w = 400, h = 300;
    const auto points = layoutGraph(items, edges, w, h);
    QCOMPARE(points.size(), items.size());
    double minX = w, maxX = 0, minY = h, maxY = 0;
    for (const LayoutPoint &p : points) {
        QVERIFY(p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h);
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    // Not knots in the corners: the points span most of the box.
    QVERIFY2((maxX - minX) >= 0.6 * w, qPrintable(QString::number(maxX - minX)));
    QVERIFY2((maxY - minY) >= 0.6 * h, qPrintable(QString::number(maxY - minY)));
    QVERIFY(allDistinct(points, 5.0));
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "test_graphlayout.moc"
