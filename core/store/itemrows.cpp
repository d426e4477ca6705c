#include "store/itemrows.h"

#include "store/sqlitestatement.h"
#include "util/jsontext.h"

#include <QCoreApplication>
#include <QStringEncoder>
#include <QtEndian>

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <cstdio>

namespace slimplan::itemrows {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::ProjectStore)
};

constexpr int kProgressEvery = 4096;
// Between the entries of an item's aliases and further sources: a character no ledger text holds.
constexpr QChar kListSeparator(0x1F);

// A re-import (a unit's return) updates the item; a fact the return leaves unknown (NULL: an empty
// cell, or a column its template lacks, as 群成员 in a 核查表) keeps the project's value, as the
// returns diff (core/store/returndiff) counts it "no change". Name, kind and where the row stands
// are the return's; of the flags only those it states (?29, Item::flagsKnown: 是 or 否), an empty
// yes/no cell keeps the project's flag.
const char kUpsert[] =
    "INSERT INTO items (snapshot_id, id, name, kind, platform, owner, level, region, functions,"
    " data_items, audience, users, active_users, last_active, posts_90d, annual_cost, launched,"
    " filing_no, flags, scene, member_hashes, notes, extra, source_file, source_sheet, source_row,"
    " aliases, also_reported_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
    " ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28)"
    " ON CONFLICT (snapshot_id, id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
    " flags = (excluded.flags & ?29) | (items.flags & ~?29), source_file = excluded.source_file,"
    " source_sheet = excluded.source_sheet, source_row = excluded.source_row,"
    " aliases = excluded.aliases, also_reported_at = excluded.also_reported_at,"
    " platform = COALESCE(excluded.platform, items.platform),"
    " owner = COALESCE(excluded.owner, items.owner),"
    " level = COALESCE(excluded.level, items.level),"
    " region = COALESCE(excluded.region, items.region),"
    " functions = COALESCE(excluded.functions, items.functions),"
    " data_items = COALESCE(excluded.data_items, items.data_items),"
    " audience = COALESCE(excluded.audience, items.audience),"
    " users = COALESCE(excluded.users, items.users),"
    " active_users = COALESCE(excluded.active_users, items.active_users),"
    " last_active = COALESCE(excluded.last_active, items.last_active),"
    " posts_90d = COALESCE(excluded.posts_90d, items.posts_90d),"
    " annual_cost = COALESCE(excluded.annual_cost, items.annual_cost),"
    " launched = COALESCE(excluded.launched, items.launched),"
    " filing_no = COALESCE(excluded.filing_no, items.filing_no),"
    " scene = COALESCE(excluded.scene, items.scene),"
    " member_hashes = COALESCE(excluded.member_hashes, items.member_hashes),"
    " notes = COALESCE(excluded.notes, items.notes), extra = COALESCE(excluded.extra, items.extra)";

const char kSelect[] =
    "SELECT id, name, kind, platform, owner, level, region, functions, data_items, audience,"
    " users, active_users, last_active, posts_90d, annual_cost, launched, filing_no, flags, scene,"
    " member_hashes, notes, extra, source_file, source_sheet, source_row, aliases, also_reported_at"
    " FROM items NOT INDEXED WHERE snapshot_id = ?1 ORDER BY rowid";
// NOT INDEXED: through the (snapshot_id, id) index SQLite would sort every row by rowid in a
// temporary sorter (seconds and hundreds of MB at 1,000,000 rows); the table scan is in rowid
// order already.

QDate dateAt(const SqliteStatement &st, int col)
{
    int size = 0;
    const char *p = st.utf8At(col, &size);
    return p ? decodeDate(p, size) : QDate();
}

std::optional<qint64> optionalIntAt(const SqliteStatement &st, int col)
{
    if (st.isNull(col))
        return std::nullopt;
    return st.intAt(col);
}

int twoDigits(const char *p) { return (p[0] - '0') * 10 + (p[1] - '0'); }

// Canonical enum names as bytes, built once, so reading a row allocates no strings for them.
template <typename E, int N>
std::optional<E> enumAt(const SqliteStatement &st, int col, QString (*nameOf)(E))
{
    static const auto names = [nameOf] {
        std::array<QByteArray, N> a;
        for (int i = 0; i < N; ++i)
            a[static_cast<std::size_t>(i)] = nameOf(static_cast<E>(i)).toLatin1();
        return a;
    }();
    int size = 0;
    const char *p = st.utf8At(col, &size);
    if (!p)
        return std::nullopt;
    const QByteArrayView v(p, size);
    for (int i = 0; i < N; ++i) {
        if (names[static_cast<std::size_t>(i)] == v)
            return static_cast<E>(i);
    }
    return std::nullopt;
}
} // namespace

QByteArray encodeDate(const QDate &d)
{
    if (!d.isValid())
        return {};
    char buf[16];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    return QByteArray(buf, n);
}

QDate decodeDate(const char *p, int size)
{
    if (size != 10 || p[4] != '-' || p[7] != '-')
        return QDate::fromString(QString::fromUtf8(p, size), Qt::ISODate);
    const int year = twoDigits(p) * 100 + twoDigits(p + 2);
    return QDate(year, twoDigits(p + 5), twoDigits(p + 8));
}

QByteArray encodeHashes(const std::vector<quint64> &hashes)
{
    QByteArray blob(static_cast<qsizetype>(hashes.size() * 8), Qt::Uninitialized);
    for (std::size_t i = 0; i < hashes.size(); ++i)
        qToLittleEndian(hashes[i], blob.data() + i * 8);
    return blob;
}

std::vector<quint64> decodeHashes(const QByteArray &blob)
{
    std::vector<quint64> out(static_cast<std::size_t>(blob.size() / 8));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = qFromLittleEndian<quint64>(blob.constData() + i * 8);
    return out;
}

namespace {
// The bytes of one row's parameters, reused from row to row: bound without a copy (SQLITE_STATIC),
// converted to UTF-8 here once instead of by SQLite from UTF-16 through two allocations.
class RowWriter
{
public:
    explicit RowWriter(SqliteStatement &st) : m_st(st) {}

    void text(int i, const QString &s) // '' for empty (never NULL)
    {
        QByteArray &b = m_buf[static_cast<std::size_t>(i)];
        b.resize(m_enc.requiredSpace(s.size()));
        char *end = m_enc.appendToBuffer(b.data(), s);
        b.resize(end - b.data());
        m_st.bindUtf8Static(i, b.constData(), static_cast<int>(b.size()));
    }
    void textOrNull(int i, const QString &s)
    {
        if (s.isEmpty())
            m_st.bindNull(i);
        else
            text(i, s);
    }
    void name(int i, const QByteArray &latin1) // names built once, alive for the whole write
    {
        m_st.bindUtf8Static(i, latin1.constData(), static_cast<int>(latin1.size()));
    }
    void list(int i, const QStringList &l)
    {
        if (l.isEmpty()) {
            m_st.bindNull(i);
            return;
        }
        QByteArray &b = m_buf[static_cast<std::size_t>(i)];
        b.resize(0);
        jsontext::appendStringArray(b, l);
        m_st.bindUtf8Static(i, b.constData(), static_cast<int>(b.size()));
    }
    void date(int i, const QDate &d);
    // The enum's name from `names` (indexed by the value), or NULL when unknown.
    template <typename E, std::size_t N>
    void optionalName(int i, const std::array<QByteArray, N> &names, const std::optional<E> &v)
    {
        if (v)
            name(i, names[static_cast<std::size_t>(*v)]);
        else
            m_st.bindNull(i);
    }
    template <typename T>
    void optionalInt(int i, const std::optional<T> &v)
    {
        if (v)
            m_st.bindInt(i, *v);
        else
            m_st.bindNull(i);
    }
    void hashes(int i, const std::vector<quint64> &h);
    void utf8(int i, QByteArray bytes)
    {
        QByteArray &b = m_buf[static_cast<std::size_t>(i)];
        b = std::move(bytes);
        m_st.bindUtf8Static(i, b.constData(), static_cast<int>(b.size()));
    }

private:
    SqliteStatement &m_st;
    QStringEncoder m_enc{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    std::array<QByteArray, 27> m_buf;
    std::array<std::array<char, 10>, 27> m_dates{};
};

// "YYYY-MM-DD" written by hand for the usual years (the common case of a million rows).
inline void RowWriter::date(int i, const QDate &d)
{
    if (!d.isValid()) {
        m_st.bindNull(i);
        return;
    }
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999) {
        QByteArray &b = m_buf[static_cast<std::size_t>(i)];
        b = encodeDate(d);
        m_st.bindUtf8Static(i, b.constData(), static_cast<int>(b.size()));
        return;
    }
    char *p = m_dates[static_cast<std::size_t>(i)].data();
    p[0] = char('0' + y / 1000);
    p[1] = char('0' + y / 100 % 10);
    p[2] = char('0' + y / 10 % 10);
    p[3] = char('0' + y % 10);
    p[4] = '-';
    p[5] = char('0' + m / 10);
    p[6] = char('0' + m % 10);
    p[7] = '-';
    p[8] = char('0' + day / 10);
    p[9] = char('0' + day % 10);
    m_st.bindUtf8Static(i, p, 10);
}

inline void RowWriter::hashes(int i, const std::vector<quint64> &h)
{
    if (h.empty()) {
        m_st.bindNull(i);
        return;
    }
    QByteArray &b = m_buf[static_cast<std::size_t>(i)];
    b.resize(static_cast<qsizetype>(h.size() * 8));
    for (std::size_t k = 0; k < h.size(); ++k)
        qToLittleEndian(h[k], b.data() + k * 8);
    m_st.bindBlobStatic(i, b.constData(), static_cast<int>(b.size()));
}

template <typename E, int N>
std::array<QByteArray, N> enumNames(QString (*nameOf)(E))
{
    std::array<QByteArray, N> a;
    for (int i = 0; i < N; ++i)
        a[static_cast<std::size_t>(i)] = nameOf(static_cast<E>(i)).toLatin1();
    return a;
}
} // namespace

bool write(sqlite3 *db, int snapshot, const Inventory &inv, Progress *progress, QString *error)
{
    SqliteStatement st(db, kUpsert);
    if (!st.isValid()) {
        *error = st.errorString();
        return false;
    }
    const auto kinds = enumNames<Kind, kKindCount>(&kindName);
    const auto levels = enumNames<Level, kLevelCount>(&levelName);
    const auto audiences = enumNames<Audience, 3>(&audienceName);
    RowWriter w(st);
    const auto &items = inv.items();
    if (progress)
        progress->beginStage(Tr::tr("Saving items"), static_cast<qint64>(items.size()));
    for (std::size_t n = 0; n < items.size(); ++n) {
        if (n % kProgressEvery == 0 && progress) {
            if (progress->isCanceled()) {
                *error = Tr::tr("The import was cancelled; the project is unchanged.");
                return false;
            }
            progress->advance(static_cast<qint64>(n));
        }
        // Every parameter is bound on every row (NULL for unknown values), so the bindings need
        // no clearing between rows.
        const Item &it = items[n];
        st.bindInt(1, snapshot);
        w.text(2, it.id);
        w.text(3, it.name);
        w.name(4, kinds[static_cast<std::size_t>(it.kind)]);
        w.textOrNull(5, it.platform);
        w.textOrNull(6, it.owner);
        w.optionalName(7, levels, it.level);
        w.textOrNull(8, it.region);
        w.list(9, it.functions);
        w.list(10, it.dataItems);
        w.optionalName(11, audiences, it.audience);
        w.optionalInt(12, it.users);
        w.optionalInt(13, it.activeUsers);
        w.date(14, it.lastActive);
        w.optionalInt(15, it.posts90d);
        if (it.annualCost)
            st.bindDouble(16, *it.annualCost);
        else
            st.bindNull(16);
        w.date(17, it.launched);
        if (it.filingNo)
            w.text(18, *it.filingNo); // '' = known to be not filed
        else
            st.bindNull(18);
        st.bindInt(19, it.flags);
        w.textOrNull(20, it.scene);
        w.hashes(21, it.memberHashes);
        w.textOrNull(22, it.notes);
        if (!it.extra.isEmpty())
            w.utf8(23, jsontext::encodeStringPairs(it.extra));
        else
            st.bindNull(23);
        w.textOrNull(24, it.sourceFile);
        w.textOrNull(25, it.sourceSheet);
        if (it.sourceRow > 0)
            st.bindInt(26, it.sourceRow);
        else
            st.bindNull(26);
        w.textOrNull(27, it.aliases.join(kListSeparator));
        w.textOrNull(28, it.alsoReportedAt.join(kListSeparator));
        st.bindInt(29, static_cast<qint64>(it.flagsKnown));
        if (!st.exec()) {
            *error = Tr::tr("Saving item %1 failed: %2").arg(it.id, st.errorString());
            return false;
        }
        st.resetKeepBindings();
    }
    if (progress)
        progress->advance(static_cast<qint64>(items.size()));
    return true;
}

namespace {
// Texts that repeat over a million rows (owners, platforms, regions, function names, the source
// file) are decoded once and shared, as the importer's StringPool shares them: loading allocates
// one string per distinct value instead of one per row.
class Utf8Pool
{
public:
    QString get(const char *p, int size)
    {
        if (!p)
            return QString();
        const std::string_view key(p, static_cast<std::size_t>(size));
        auto it = m_map.find(key);
        if (it != m_map.end())
            return it->second;
        QString s = QString::fromUtf8(p, size);
        if (m_map.size() < kMaxEntries)
            m_map.emplace(std::string(key), s);
        return s;
    }
    QString textAt(const SqliteStatement &st, int col)
    {
        int size = 0;
        const char *p = st.utf8At(col, &size);
        return get(p, size);
    }
    // A JSON string array as the writer stores it; escaped texts take the general reader.
    QStringList listAt(const SqliteStatement &st, int col)
    {
        int size = 0;
        const char *p = st.utf8At(col, &size);
        if (!p || size <= 2)
            return {};
        if (std::memchr(p, '\\', static_cast<std::size_t>(size)))
            return jsontext::stringTokens(p, size);
        QStringList out;
        const char *end = p + size;
        while (p < end) {
            const char *open = static_cast<const char *>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
            if (!open)
                break;
            const char *close = static_cast<const char *>(
                std::memchr(open + 1, '"', static_cast<std::size_t>(end - open - 1)));
            if (!close)
                return jsontext::stringTokens(st.utf8At(col, &size), size);
            out << get(open + 1, static_cast<int>(close - open - 1));
            p = close + 1;
        }
        return out;
    }

private:
    static constexpr std::size_t kMaxEntries = 200000;
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); } // not noexcept: hashes cached
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_map;
};
} // namespace

Inventory read(sqlite3 *db, int snapshot, Progress *progress)
{
    Utf8Pool pool;
    Inventory inv;
    qint64 total = 0;
    {
        SqliteStatement count(db, "SELECT count(*) FROM items WHERE snapshot_id = ?1");
        count.bindInt(1, snapshot);
        if (count.step())
            total = count.intAt(0);
    }
    inv.reserve(static_cast<int>(total));
    if (progress)
        progress->beginStage(Tr::tr("Loading items"), total);

    SqliteStatement st(db, kSelect);
    st.bindInt(1, snapshot);
    qint64 n = 0;
    while (st.step()) {
        if (++n % kProgressEvery == 0 && progress) {
            if (progress->isCanceled())
                return {};
            progress->advance(n);
        }
        Item it;
        it.id = st.textAt(0);
        it.name = st.textAt(1);
        it.kind = enumAt<Kind, kKindCount>(st, 2, &kindName).value_or(Kind::App);
        it.platform = pool.textAt(st, 3);
        it.owner = pool.textAt(st, 4);
        it.level = enumAt<Level, kLevelCount>(st, 5, &levelName);
        it.region = pool.textAt(st, 6);
        it.functions = pool.listAt(st, 7);
        it.dataItems = pool.listAt(st, 8);
        it.audience = enumAt<Audience, 3>(st, 9, &audienceName);
        it.users = optionalIntAt(st, 10);
        it.activeUsers = optionalIntAt(st, 11);
        it.lastActive = dateAt(st, 12);
        it.posts90d = optionalIntAt(st, 13);
        if (!st.isNull(14))
            it.annualCost = st.doubleAt(14);
        it.launched = dateAt(st, 15);
        if (!st.isNull(16))
            it.filingNo = st.textAt(16);
        it.flags = static_cast<Flags>(st.intAt(17));
        it.scene = pool.textAt(st, 18);
        if (!st.isNull(19)) {
            int size = 0;
            const char *p = st.blobPtr(19, &size);
            it.memberHashes.resize(static_cast<std::size_t>(size / 8));
            for (std::size_t k = 0; k < it.memberHashes.size(); ++k)
                it.memberHashes[k] = qFromLittleEndian<quint64>(p + k * 8);
        }
        it.notes = st.textAt(20);
        if (!st.isNull(21)) {
            int size = 0;
            const char *p = st.utf8At(21, &size);
            it.extra = jsontext::decodeStringPairs(p, size);
        }
        it.sourceFile = pool.textAt(st, 22);
        it.sourceSheet = pool.textAt(st, 23);
        it.sourceRow = static_cast<int>(st.intAt(24));
        if (!st.isNull(25))
            it.aliases = st.textAt(25).split(kListSeparator, Qt::SkipEmptyParts);
        if (!st.isNull(26))
            it.alsoReportedAt = st.textAt(26).split(kListSeparator, Qt::SkipEmptyParts);
        inv.upsert(std::move(it));
    }
    if (progress)
        progress->advance(n);
    return inv;
}

} // namespace slimplan::itemrows
