#include "synth/generator.h"

#include "import/stringpool.h"
#include "synth/generatorvocab.h"

#include <QByteArray>

#include <algorithm>
#include <cmath>
#include <deque>
#include <span>

namespace slimplan {

using namespace synth;

namespace {

// A fixed reference date, so the ledger does not change with the day it is generated.
const QDate kToday(2026, 11, 1);

// Where an item sits: its owner and the owner's region and level, shared by the items of one unit.
struct Seat
{
    QString owner;
    QString region;
    std::optional<Level> level;
};

Seat seatOf(const Item &it)
{
    return {it.owner, it.region, it.level};
}

void setSeat(Item &it, const Seat &seat)
{
    it.owner = seat.owner;
    it.region = seat.region;
    it.level = seat.level;
}

struct RecentGroup
{
    QString topic;
    Seat seat;
    QString platform;
    QStringList functions;
    std::vector<int> persons;
};

struct RecentAccount
{
    QString name;
    Seat seat;
    QString platform;
    QStringList functions;
};

// Everything a county's items draw on: its name, codes, towns and the templates that make its
// look-alike apps and duplicate groups.
struct County
{
    int index = 0;
    QString name;      // 青溪
    QString code;      // 6 digits
    QString city;      // 江州
    QStringList towns; // 红星镇 …
    QStringList townCodes;
    QStringList templateFunctions; // the "same functions" of its look-alike apps
    QStringList templateData;
    std::deque<RecentGroup> groups;
    std::deque<RecentAccount> accounts;
};

// How often the generator sets a flag on an item of one kind.
using FlagOdds = std::pair<Flag, double>;

// One pass over the ledger: draws the counties one after the other and the items of each from a
// single seeded random stream, so the order of the draws below is the ledger (do not reorder them).
class Generator
{
public:
    explicit Generator(const GeneratorOptions &o);
    void run(const std::function<void(const GeneratedRow &)> &sink);

private:
    County makeCounty(int r);
    QStringList drawList(const QStringList &vocab, const Zipf &zipf, int k);
    // The template with one function dropped and one added, now and then: "near-identical".
    QStringList vary(const QStringList &base, const QStringList &vocab, const Zipf &zipf);
    QDate lastActive();
    // Sets each flag with its odds, one draw per flag in the table's order.
    void drawFlags(Item &it, std::span<const FlagOdds> odds);
    void setOwnerAndLevel(const County &c, Item &it, int dept);
    void makeItem(County &c, qint64 index, GeneratedRow &row);
    void makeApp(County &c, Item &it, int dept);
    void makeAccount(County &c, Item &it, int dept);
    QString memberId(const County &c, int person) const;
    void makeGroup(County &c, Item &it, QStringList &memberIds, int dept);

    GeneratorOptions m_options;
    Random m_random;
    const Vocabulary &m_v;
    StringPool m_pool;
    Zipf m_appZipf, m_accountZipf, m_topicZipf, m_groupFnZipf, m_dataZipf;
    QString m_unit; // short name of the current item's unit: 民政, 红星镇, 上家村
};

Generator::Generator(const GeneratorOptions &o)
    : m_options(o), m_random(o.seed * 0x9E3779B97F4A7C15ull + 12345),
      m_v(Vocabulary::instance()), m_appZipf(int(m_v.appFunctions.size()), 1.0),
      m_accountZipf(int(m_v.accountFunctions.size()), 0.6),
      m_topicZipf(int(m_v.groupTopics.size()), 0.8),
      m_groupFnZipf(int(m_v.groupFunctions.size()), 0.5),
      m_dataZipf(int(m_v.dataItems.size()), 0.7)
{
}

void Generator::run(const std::function<void(const GeneratedRow &)> &sink)
{
    const qint64 n = std::max<qint64>(0, m_options.items);
    const int regions = m_options.regions > 0
        ? m_options.regions
        : static_cast<int>(std::max<qint64>(1, (n + 499) / 500));
    qint64 next = 0;
    for (int r = 0; r < regions && next < n; ++r) {
        const qint64 count = n / regions + (r < n % regions ? 1 : 0);
        County county = makeCounty(r);
        for (qint64 k = 0; k < count; ++k, ++next) {
            GeneratedRow row;
            makeItem(county, next, row);
            sink(row);
        }
    }
}

County Generator::makeCounty(int r)
{
    County c;
    c.index = r;
    const int np = static_cast<int>(m_v.placeFirst.size());
    c.name = m_v.placeFirst.at(r % np) + m_v.placeSecond.at((r / np + r) % int(m_v.placeSecond.size()));
    // Fictional places need fictional codes: real province digits (11–82, so the level reads
    // right) with city digits 91–99, which no real prefecture uses, so no generated 青溪县 is
    // ever shown under a real county's name from the division table.
    c.code = QStringLiteral("%1%2%3")
                 .arg(11 + (r / 180) % 72, 2, 10, QLatin1Char('0')) // 11–82: real province codes
                 .arg(91 + (r / 20) % 9, 2, 10, QLatin1Char('0'))
                 .arg(1 + r % 20, 2, 10, QLatin1Char('0'));
    c.city = m_v.cities.at((r / 20) % int(m_v.cities.size()));
    const int towns = m_random.between(6, 14);
    static const QString suffix[] = {QStringLiteral("镇"), QStringLiteral("乡"), QStringLiteral("街道")};
    for (int t = 0; t < towns; ++t) {
        c.towns << m_v.townFirst.at((r * 3 + t) % int(m_v.townFirst.size()))
                + m_v.townSecond.at((t * 7 + r) % int(m_v.townSecond.size())) + suffix[m_random.below(3)];
        c.townCodes << c.code + QStringLiteral("%1").arg(t + 1, 3, 10, QLatin1Char('0'));
    }
    for (int i : m_appZipf.distinct(m_random, m_random.between(6, 8)))
        c.templateFunctions << m_v.appFunctions.at(i);
    for (int i : m_dataZipf.distinct(m_random, m_random.between(4, 8)))
        c.templateData << m_v.dataItems.at(i);
    return c;
}

QStringList Generator::drawList(const QStringList &vocab, const Zipf &zipf, int k)
{
    QStringList out;
    for (int i : zipf.distinct(m_random, k))
        out << vocab.at(i);
    return out;
}

QStringList Generator::vary(const QStringList &base, const QStringList &vocab, const Zipf &zipf)
{
    QStringList out = base;
    if (out.size() > 2 && m_random.chance(0.5))
        out.removeAt(m_random.below(int(out.size())));
    if (m_random.chance(0.4)) {
        const QString &f = vocab.at(zipf.draw(m_random));
        if (!out.contains(f))
            out << f;
    }
    return out;
}

void Generator::drawFlags(Item &it, std::span<const FlagOdds> odds)
{
    for (const auto &[flag, p] : odds) {
        if (m_random.chance(p))
            it.flags = withFlag(it.flags, flag);
    }
}

QDate Generator::lastActive()
{
    const int days = m_random.chance(0.7) ? m_random.between(0, 45) : m_random.between(46, 720);
    return kToday.addDays(-days);
}

void Generator::setOwnerAndLevel(const County &c, Item &it, int dept)
{
    const double u = m_random.unit();
    const QString county = c.name + QStringLiteral("县");
    m_unit = m_v.departmentShort.at(dept);
    if (u < 0.05) {
        it.level = Level::City;
        it.owner = c.city + QStringLiteral("市") + m_v.departments.at(dept);
        it.region = c.code.left(4) + QStringLiteral("00");
    } else if (u < 0.55 || it.kind == Kind::App) {
        it.level = Level::County;
        it.owner = county + m_v.departments.at(dept);
        it.region = c.code;
    } else {
        const int t = m_random.below(int(c.towns.size()));
        if (u < 0.9) {
            it.level = Level::Township;
            it.owner = county + c.towns.at(t)
                + (m_random.chance(0.5) ? QStringLiteral("人民政府") : m_random.pick(m_v.townOffices));
            it.region = c.townCodes.at(t);
            m_unit = c.towns.at(t);
        } else {
            it.level = Level::Village;
            const int v = m_random.below(40);
            m_unit = m_v.villageFirst.at(v % int(m_v.villageFirst.size()))
                + m_v.villageSecond.at(v % int(m_v.villageSecond.size())) + QStringLiteral("村");
            it.owner = c.towns.at(t) + m_unit + QStringLiteral("村民委员会");
            it.region = c.townCodes.at(t) + QStringLiteral("%1").arg(v + 1, 3, 10, QLatin1Char('0'));
        }
    }
    // One buffer per distinct owner and region, as the importer keeps them.
    it.owner = m_pool.intern(it.owner);
    it.region = m_pool.intern(it.region);
}

void Generator::makeItem(County &c, qint64 index, GeneratedRow &row)
{
    Item &it = row.item;
    it.id = QStringLiteral("SP%1").arg(index + 1, 8, 10, QLatin1Char('0'));
    const double u = m_random.unit();
    it.kind = u < 0.1 ? Kind::App : u < 0.4 ? Kind::Account : Kind::Group;
    const int dept = m_random.below(int(m_v.departments.size()));
    setOwnerAndLevel(c, it, dept);
    it.launched = QDate(2014, 1, 1).addDays(m_random.between(0, 11 * 365));
    it.lastActive = lastActive();
    if (m_random.chance(0.03))
        it.scene = m_random.chance(0.5) ? QStringLiteral("安保") : QStringLiteral("应急");
    switch (it.kind) {
    case Kind::App:
        makeApp(c, it, dept);
        break;
    case Kind::Account:
        makeAccount(c, it, dept);
        break;
    case Kind::Group:
        makeGroup(c, it, row.memberIds, dept);
        break;
    }
    it.memberHashes.reserve(row.memberIds.size());
    for (const QString &m : std::as_const(row.memberIds))
        it.memberHashes.push_back(generatorMemberHash(m));
}

void Generator::makeApp(County &c, Item &it, int dept)
{
    it.platform = m_random.pick(m_v.appPlatforms);
    if (m_random.chance(0.35)) {
        // One of the county's look-alikes: 政务通, 便民宝, 服务云 … with the same functions.
        it.name = c.name + m_random.pick(m_v.appSuffixes);
        it.functions = vary(c.templateFunctions, m_v.appFunctions, m_appZipf);
        it.dataItems = vary(c.templateData, m_v.dataItems, m_dataZipf);
    } else {
        const int style = m_random.below(4);
        const QString &d = m_v.departmentShort.at(dept);
        it.name = style == 0 ? QStringLiteral("智慧") + c.name + d
            : style == 1    ? QStringLiteral("掌上") + c.name + d
            : style == 2    ? c.name + d + QStringLiteral("通")
                            : c.name + d + m_random.pick(m_v.appSuffixes);
        it.functions = drawList(m_v.appFunctions, m_appZipf, m_random.between(3, 9));
        if (m_random.chance(0.4))
            it.dataItems = drawList(m_v.dataItems, m_dataZipf, m_random.between(3, 15));
    }
    it.audience = m_random.chance(0.7) ? Audience::Public
        : m_random.chance(0.67)        ? Audience::Internal
                                       : Audience::Enterprise;
    if (m_random.chance(0.92)) {
        it.users = static_cast<qint64>(std::exp(m_random.unit() * 11.0 + 3.0));
        if (m_random.chance(0.9))
            it.activeUsers = static_cast<qint64>(double(*it.users) * m_random.unit() * 0.4);
    }
    it.annualCost = std::round((2.0 + m_random.unit() * 148.0) * 10.0) / 10.0;
    it.filingNo = m_random.chance(0.75)
        ? QStringLiteral("%1%2A%3").arg(c.code.left(2)).arg(it.launched.year()).arg(m_random.between(100000, 999999))
        : QString();
    static const FlagOdds flags[] = {
        {Flag::CheckIn, 0.08}, {Flag::Ranking, 0.05}, {Flag::OnlineTime, 0.03},
        {Flag::ForcedDownload, 0.04}, {Flag::TraceUpload, 0.03}, {Flag::StudyTimeAssessment, 0.02},
        {Flag::Commercial, 0.01}, {Flag::NoFeedback, 0.10}, {Flag::NoIpv6, 0.20}};
    drawFlags(it, flags);
}

void Generator::makeAccount(County &c, Item &it, int dept)
{
    if (!c.accounts.empty() && m_random.chance(0.15)) {
        // The same unit's second account on the same platform (P1).
        const RecentAccount &r = c.accounts.at(std::size_t(m_random.below(int(c.accounts.size()))));
        setSeat(it, r.seat);
        it.platform = r.platform;
        static const QString second[] = {QStringLiteral("服务号"), QStringLiteral("微发布"),
                                         QStringLiteral("资讯"), QStringLiteral("在线")};
        it.name = r.name + second[m_random.below(4)];
        it.functions = vary(r.functions, m_v.accountFunctions, m_accountZipf);
    } else {
        it.platform = m_random.pick(m_v.accountPlatforms);
        const int style = m_random.below(3);
        it.name = style == 0 ? c.name + m_v.departmentShort.at(dept)
            : style == 1    ? c.name + m_unit + QStringLiteral("发布")
                            : it.owner;
        it.functions = drawList(m_v.accountFunctions, m_accountZipf, m_random.between(2, 6));
    }
    c.accounts.push_back({it.name, seatOf(it), it.platform, it.functions});
    if (c.accounts.size() > 16)
        c.accounts.pop_front();
    it.audience = Audience::Public;
    it.users = static_cast<qint64>(std::exp(m_random.unit() * 10.0 + 2.0));
    it.posts90d = m_random.chance(0.15) ? 0 : m_random.between(1, 200);
    if (m_random.chance(0.5))
        it.annualCost = std::round(m_random.unit() * 30.0) / 10.0;
    it.filingNo = m_random.chance(0.8) ? QStringLiteral("ZH%1").arg(m_random.between(100000, 999999)) : QString();
    static const FlagOdds flags[] = {
        {Flag::ForcedFollow, 0.05}, {Flag::LikeAssessment, 0.03}, {Flag::NoFeedback, 0.10}};
    drawFlags(it, flags);
}

QString Generator::memberId(const County &c, int person) const
{
    // A fictional mobile number: 19 + county (4 digits) + person (5 digits).
    return QStringLiteral("19%1%2").arg(c.index % 10000, 4, 10, QLatin1Char('0')).arg(person, 5, 10, QLatin1Char('0'));
}

void Generator::makeGroup(County &c, Item &it, QStringList &memberIds, int dept)
{
    static const QString variants[] = {QStringLiteral("工作群"), QStringLiteral("群"),
                                       QStringLiteral("协调群"), QStringLiteral("专班群"),
                                       QStringLiteral("工作群2"), QStringLiteral("通知群")};
    RecentGroup g;
    if (!c.groups.empty() && m_random.chance(0.3)) {
        // The same people in another group for the same work ("7 social-affairs groups").
        g = c.groups.at(std::size_t(m_random.below(int(c.groups.size()))));
        for (int k = m_random.below(4); k > 0 && !g.persons.empty(); --k)
            g.persons[std::size_t(m_random.below(int(g.persons.size())))] = m_random.between(0, 1199);
        g.functions = vary(g.functions, m_v.groupFunctions, m_groupFnZipf);
        if (m_random.chance(0.5))
            g.seat = seatOf(it);
        setSeat(it, g.seat);
    } else {
        g.topic = m_v.groupTopics.at(m_topicZipf.draw(m_random));
        g.seat = seatOf(it);
        g.platform = m_random.pick(m_v.groupPlatforms);
        g.functions = QStringList{g.topic} + drawList(m_v.groupFunctions, m_groupFnZipf, m_random.between(2, 4));
        // People of one department (overlapping ranges), so unrelated groups share a few.
        const int size = std::min(200, 5 + static_cast<int>(std::exp(m_random.unit() * 4.0)));
        const int base = dept * 50;
        for (int k = 0; k < size; ++k)
            g.persons.push_back(base + m_random.below(std::max(80, size * 2)));
    }
    std::sort(g.persons.begin(), g.persons.end());
    g.persons.erase(std::unique(g.persons.begin(), g.persons.end()), g.persons.end());
    it.name = m_unit + g.topic + variants[m_random.below(6)];
    it.platform = g.platform;
    it.functions = g.functions;
    for (int p : g.persons)
        memberIds << memberId(c, p);
    it.users = static_cast<qint64>(g.persons.size());
    it.posts90d = m_random.chance(0.2) ? 0 : m_random.between(1, 500);
    it.audience = Audience::Internal;
    static const FlagOdds flags[] = {{Flag::Temporary, 0.15}, {Flag::CheckIn, 0.05}};
    drawFlags(it, flags);
    c.groups.push_back(std::move(g));
    if (c.groups.size() > 24)
        c.groups.pop_front();
}

} // namespace

void generateRows(const GeneratorOptions &options,
                  const std::function<void(const GeneratedRow &row)> &sink)
{
    Generator(options).run(sink);
}

Inventory generateInventory(const GeneratorOptions &options)
{
    Inventory inv;
    inv.reserve(static_cast<int>(std::max<qint64>(0, options.items)));
    generateRows(options, [&](const GeneratedRow &row) { inv.upsert(row.item); });
    return inv;
}

quint64 generatorMemberHash(QStringView memberId)
{
    const QByteArray utf8 = memberId.trimmed().toUtf8();
    quint64 h = 1469598103934665603ull;
    for (char ch : utf8) {
        h ^= static_cast<unsigned char>(ch);
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace slimplan
