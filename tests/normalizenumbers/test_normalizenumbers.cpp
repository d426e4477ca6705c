// The number rules of INVENTORY-FORMAT.md (counts, scaled values, costs in 万元), as people type
// them into ledgers: the other cell readers are specified in tests/normalize.

#include "import/normalizenumbers.h"

#include <QTest>

#include <optional>

using namespace slimplan;

Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(std::optional<double>)

class TestNormalizeNumbers : public QObject
{
    Q_OBJECT
private slots:
    void integer_data();
    void integer();
    void count_data();
    void count();
    void cost_data();
    void cost();
};

void TestNormalizeNumbers::integer_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<std::optional<qint64>>("out");
    const std::pair<const char *, std::optional<qint64>> rows[] = {
        {"1234", 1234}, {"1,234", 1234}, {"1，234", 1234}, {"１２３４", 1234}, {"1,234,567", 1234567},
        {"1.2万", 12000}, {"3亿", 300000000}, {"2千", 2000}, {"1.5w", 15000}, {"12k", 12000},
        {"1200人", 1200}, {"约1200", 1200}, {"3000余人", 3000}, {"1.2E+05", 120000}, {"-5", -5},
        {" 42 ", 42}, {"0", 0}, {"9007199254740993", 9007199254740993LL},
        {"1.5", std::nullopt}, {"", std::nullopt}, {"abc", std::nullopt}, {"12abc", std::nullopt},
        {"万", std::nullopt}, {"nan", std::nullopt}, {"1.2.3", std::nullopt},
    };
    for (const auto &[in, out] : rows)
        QTest::newRow(in[0] ? in : "blank") << QString::fromUtf8(in) << out;
}

void TestNormalizeNumbers::integer()
{
    QFETCH(QString, in);
    QFETCH(std::optional<qint64>, out);
    QCOMPARE(parseInteger(in), out);
}

void TestNormalizeNumbers::count_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<std::optional<qint64>>("out");
    QTest::newRow("positive") << QStringLiteral("35") << std::optional<qint64>(35);
    QTest::newRow("zero is a value") << QStringLiteral("0") << std::optional<qint64>(0);
    QTest::newRow("negative is an error") << QStringLiteral("-3") << std::optional<qint64>();
    QTest::newRow("blank is unknown") << QStringLiteral("  ") << std::optional<qint64>();
    QTest::newRow("scaled") << QStringLiteral("1.2万") << std::optional<qint64>(12000);
}

void TestNormalizeNumbers::count()
{
    QFETCH(QString, in);
    QFETCH(std::optional<qint64>, out);
    QCOMPARE(parseCount(in), out);
}

void TestNormalizeNumbers::cost_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<std::optional<double>>("out");
    QTest::newRow("plain is 万元") << QStringLiteral("12.5") << std::optional<double>(12.5);
    QTest::newRow("万") << QStringLiteral("12.5万") << std::optional<double>(12.5);
    QTest::newRow("万元") << QStringLiteral("12.5万元") << std::optional<double>(12.5);
    QTest::newRow("元") << QStringLiteral("125000元") << std::optional<double>(12.5);
    QTest::newRow("亿元") << QStringLiteral("0.1亿元") << std::optional<double>(1000.0);
    QTest::newRow("thousands") << QStringLiteral("1,200") << std::optional<double>(1200.0);
    QTest::newRow("yen sign") << QStringLiteral("￥8万") << std::optional<double>(8.0);
    QTest::newRow("words") << QStringLiteral("免费") << std::optional<double>();
    QTest::newRow("blank") << QString() << std::optional<double>();
}

void TestNormalizeNumbers::cost()
{
    QFETCH(QString, in);
    QFETCH(std::optional<double>, out);
    QCOMPARE(parseCostWan(in), out);
}

QTEST_GUILESS_MAIN(TestNormalizeNumbers)
#include "test_normalizenumbers.moc"
