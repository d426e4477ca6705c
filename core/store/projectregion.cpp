// The project's region: set by the user, or derived from the items (the most common division
// code and place name) inside the import's transaction. Part of ProjectStore.

#include "store/projectstore.h"

#include "place/places.h"
#include "store/sqlitestatement.h"

#include <QHash>

namespace slimplan {

QString ProjectStore::regionName() const
{
    SqliteStatement st(m_handle, "SELECT name FROM regions ORDER BY id LIMIT 1");
    return st.step() ? st.textAt(0) : QString();
}

QString ProjectStore::regionCode() const
{
    SqliteStatement st(m_handle, "SELECT code FROM regions ORDER BY id LIMIT 1");
    return st.step() ? st.textAt(0) : QString();
}

bool ProjectStore::setRegion(const QString &code, const QString &name, QString *error)
{
    SqliteStatement del(m_handle, "DELETE FROM regions");
    SqliteStatement ins(m_handle, "INSERT INTO regions (code, name, derived) VALUES (?1, ?2, 0)");
    ins.bindTextOrNull(1, code);
    ins.bindTextOrNull(2, name);
    if (del.exec() && ins.exec())
        return true;
    if (error)
        *error = ins.errorString();
    return false;
}

namespace {
// The most common value (ties: the smallest in SQLite's BINARY order, i.e. by UTF-8 bytes).
QString mostCommon(const QHash<QString, qint64> &counts)
{
    QString best;
    QByteArray bestUtf8;
    qint64 most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() < most)
            continue;
        const QByteArray utf8 = it.key().toUtf8();
        if (it.value() > most || utf8 < bestUtf8) {
            most = it.value();
            best = it.key();
            bestUtf8 = utf8;
        }
    }
    return best;
}
} // namespace

// Runs inside the import's transaction: the derived region follows the items it was derived from.
// fresh: the snapshot's items when they are exactly these (the import went into an empty one).
bool ProjectStore::updateDerivedRegion(QString *error, const Inventory *fresh)
{
    {
        SqliteStatement set(m_handle, "SELECT 1 FROM regions WHERE derived = 0");
        if (set.step())
            return true; // the user named the region
    }
    QString code;
    QString placeName;
    QHash<QString, qint64> votes;
    if (fresh) {
        // What the two queries below compute, from the items in memory.
        QHash<QString, qint64> codes;
        QHash<QString, qint64> places;
        QHash<QString, qint64> owners;
        for (const Item &it : fresh->items()) {
            if (!it.region.isEmpty()) {
                const char16_t c = it.region.front().unicode();
                ++(c >= u'0' && c <= u'9' ? codes : places)[it.region];
            }
            if (!it.owner.isEmpty())
                ++owners[it.owner];
        }
        code = mostCommon(codes);
        placeName = mostCommon(places);
        if (placeName.isEmpty()) {
            for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
                const QString prefix = Places::instance().ownerCountyName(it.key());
                if (!prefix.isEmpty())
                    votes[prefix] += it.value();
            }
        }
    } else {
        // Division codes are digits; anything else in the column is a place name.
        SqliteStatement st(m_handle, "SELECT region, region GLOB '[0-9]*', count(*) AS n FROM items"
                                     " WHERE snapshot_id = ?1 AND region IS NOT NULL"
                                     " GROUP BY region ORDER BY n DESC, region");
        st.bindInt(1, m_snapshot);
        while (st.step() && (code.isEmpty() || placeName.isEmpty())) {
            QString &slot = st.intAt(1) ? code : placeName;
            if (slot.isEmpty())
                slot = st.textAt(0);
        }
        if (placeName.isEmpty()) {
            SqliteStatement ow(m_handle, "SELECT owner, count(*) FROM items WHERE snapshot_id = ?1"
                                         " AND owner IS NOT NULL GROUP BY owner");
            ow.bindInt(1, m_snapshot);
            while (ow.step()) {
                const QString prefix = Places::instance().ownerCountyName(ow.textAt(0));
                if (!prefix.isEmpty())
                    votes[prefix] += ow.intAt(1);
            }
        }
    }
    QString name = placeName;
    if (name.isEmpty()) {
        qint64 best = 0;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key() < name)) {
                best = it.value();
                name = it.key();
            }
        }
    }
    SqliteStatement del(m_handle, "DELETE FROM regions");
    SqliteStatement ins(m_handle, "INSERT INTO regions (code, name, derived) VALUES (?1, ?2, 1)");
    ins.bindTextOrNull(1, code);
    ins.bindTextOrNull(2, name);
    if (del.exec() && ins.exec())
        return true;
    *error = ins.errorString();
    return false;
}

} // namespace slimplan
