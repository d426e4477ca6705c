// The survey sheets (核查表) written for the units, as the campaign's record of who was asked:
// appended in one transaction per export, read back in the order they were written. Part of
// ProjectStore.

#include "store/projectstore.h"

#include "store/sqlitestatement.h"

namespace slimplan {

bool ProjectStore::recordSurveys(const std::vector<SurveyRecord> &surveys, QString *error)
{
    return inTransaction(error, [&](QString *err) {
        SqliteStatement st(m_handle, "INSERT INTO surveys (snapshot_id, owner, file, items, at)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const SurveyRecord &s : surveys) {
            st.bindInt(1, m_snapshot);
            st.bindText(2, s.owner);
            st.bindText(3, s.file);
            st.bindInt(4, s.items);
            const QDateTime when = s.when.isValid() ? s.when : QDateTime::currentDateTimeUtc();
            st.bindText(5, when.toUTC().toString(Qt::ISODateWithMs));
            if (!st.exec()) {
                *err = st.errorString();
                return false;
            }
            st.reset();
        }
        return true;
    });
}

std::vector<SurveyRecord> ProjectStore::surveys() const
{
    std::vector<SurveyRecord> out;
    SqliteStatement st(m_handle, "SELECT owner, file, items, at FROM surveys WHERE snapshot_id = ?1 ORDER BY id");
    st.bindInt(1, m_snapshot);
    while (st.step()) {
        SurveyRecord s;
        s.owner = st.textAt(0);
        s.file = st.textAt(1);
        s.items = static_cast<int>(st.intAt(2));
        s.when = QDateTime::fromString(st.textAt(3), Qt::ISODateWithMs);
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace slimplan
