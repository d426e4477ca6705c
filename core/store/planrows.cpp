#include "store/planrows.h"

#include "store/itemrows.h"
#include "store/sqlitestatement.h"
#include "util/jsontext.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace slimplan::planrows {

namespace {
// Findings as one flat string array, six tokens per finding plus the functions to remove:
// [rule, suggested action, evidence zh, evidence en, confidence, n, function 1 … function n, …].
// Flat strings read back with the same fast tokenizer as the item lists.
QByteArray encodeFindings(const std::vector<Finding> &findings)
{
    QStringList tokens;
    for (const Finding &f : findings) {
        tokens << f.rule << actionName(f.suggested) << f.evidence(true) << f.evidence(false)
               << QString::number(f.confidence, 'g', QLocale::FloatingPointShortest)
               << QString::number(f.removeFunctions.size());
        tokens += f.removeFunctions;
    }
    QByteArray out;
    jsontext::appendStringArray(out, tokens);
    return out;
}

std::vector<Finding> decodeFindings(const QStringList &tokens)
{
    std::vector<Finding> out;
    qsizetype i = 0;
    while (i + 6 <= tokens.size()) {
        Finding f;
        f.rule = tokens.at(i);
        f.suggested = actionFromName(tokens.at(i + 1)).value_or(Action::Keep);
        f.setEvidence(tokens.at(i + 2), tokens.at(i + 3));
        f.confidence = tokens.at(i + 4).toDouble();
        const qsizetype n = tokens.at(i + 5).toInt();
        i += 6;
        for (qsizetype k = 0; k < n && i < tokens.size(); ++k)
            f.removeFunctions << tokens.at(i++);
        out.push_back(std::move(f));
    }
    return out;
}

bool run(sqlite3 *db, const char *sql, int snapshot, QString *error)
{
    SqliteStatement st(db, sql);
    st.bindInt(1, snapshot);
    if (st.exec())
        return true;
    *error = st.errorString();
    return false;
}

QStringList tokensAt(const SqliteStatement &st, int col)
{
    int size = 0;
    const char *p = st.utf8At(col, &size);
    return p ? jsontext::stringTokens(p, size) : QStringList();
}
} // namespace

bool write(sqlite3 *db, int snapshot, const Plan &plan, const Inventory &inv, QString *error)
{
    if (plan.decisions.size() != inv.items().size()) {
        *error = QStringLiteral("plan has %1 decisions for %2 items")
                     .arg(plan.decisions.size())
                     .arg(inv.items().size());
        return false;
    }
    if (!run(db, "DELETE FROM plan_decisions WHERE snapshot_id = ?1", snapshot, error)
        || !run(db, "DELETE FROM plan_clusters WHERE snapshot_id = ?1", snapshot, error))
        return false;

    SqliteStatement head(db, "INSERT OR REPLACE INTO plans (snapshot_id, as_of, profile, created)"
                             " VALUES (?1, ?2, ?3, ?4)");
    head.bindInt(1, snapshot);
    if (plan.asOf.isValid())
        head.bindUtf8(2, itemrows::encodeDate(plan.asOf));
    head.bindUtf8(3, QJsonDocument(plan.profile.toJson()).toJson(QJsonDocument::Compact));
    head.bindText(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!head.exec()) {
        *error = head.errorString();
        return false;
    }

    SqliteStatement st(db, "INSERT OR REPLACE INTO plan_decisions (snapshot_id, item_id, action,"
                           " target, rules, reason_zh, reason_en, confidence, cluster, findings,"
                           " recommended_action, recommended_target)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    for (std::size_t i = 0; i < plan.decisions.size(); ++i) {
        const Decision &d = plan.decisions[i];
        st.bindInt(1, snapshot);
        st.bindText(2, inv.items()[i].id);
        st.bindUtf8(3, actionName(d.action).toLatin1());
        st.bindTextOrNull(4, d.target);
        if (!d.rules.isEmpty()) {
            QByteArray rules;
            jsontext::appendStringArray(rules, d.rules);
            st.bindUtf8(5, rules);
        }
        st.bindTextOrNull(6, d.reason(true));
        st.bindTextOrNull(7, d.reason(false));
        st.bindDouble(8, d.confidence);
        if (d.cluster >= 0)
            st.bindInt(9, d.cluster);
        if (!d.findings.empty())
            st.bindUtf8(10, encodeFindings(d.findings));
        if (d.recommendedAction) {
            st.bindUtf8(11, actionName(*d.recommendedAction).toLatin1());
            st.bindTextOrNull(12, d.recommendedTarget);
        }
        if (!st.exec()) {
            *error = st.errorString();
            return false;
        }
        st.reset();
    }

    SqliteStatement cl(db, "INSERT INTO plan_clusters (snapshot_id, id, survivor, members)"
                           " VALUES (?1, ?2, ?3, ?4)");
    for (const Cluster &c : plan.clusters) {
        QStringList members;
        for (int m : c.members)
            members << inv.at(m).id;
        QByteArray json;
        jsontext::appendStringArray(json, members);
        cl.bindInt(1, snapshot);
        cl.bindInt(2, c.id);
        if (c.survivor >= 0)
            cl.bindText(3, inv.at(c.survivor).id);
        cl.bindUtf8(4, json);
        if (!cl.exec()) {
            *error = cl.errorString();
            return false;
        }
        cl.reset();
    }
    return true;
}

std::optional<Plan> read(sqlite3 *db, int snapshot, const Inventory &inv)
{
    Plan plan;
    {
        SqliteStatement head(db, "SELECT as_of, profile FROM plans WHERE snapshot_id = ?1");
        head.bindInt(1, snapshot);
        if (!head.step())
            return std::nullopt;
        int size = 0;
        const char *p = head.utf8At(0, &size);
        if (p)
            plan.asOf = itemrows::decodeDate(p, size);
        const QByteArray profile = head.blobAt(1);
        if (!profile.isEmpty())
            plan.profile = PolicyProfile::fromJson(QJsonDocument::fromJson(profile).object());
    }

    plan.decisions.resize(inv.items().size());
    std::vector<bool> seen(inv.items().size(), false);
    std::size_t matched = 0;
    SqliteStatement st(db, "SELECT item_id, action, target, rules, reason_zh, reason_en,"
                           " confidence, cluster, findings, recommended_action, recommended_target"
                           " FROM plan_decisions"
                           " WHERE snapshot_id = ?1");
    st.bindInt(1, snapshot);
    while (st.step()) {
        const int i = inv.indexOf(st.textAt(0));
        if (i < 0)
            continue; // an item removed since the plan was made
        Decision &d = plan.decisions[static_cast<std::size_t>(i)];
        d.action = actionFromName(st.textAt(1)).value_or(Action::Keep);
        d.target = st.textAt(2);
        d.rules = tokensAt(st, 3);
        d.reasonZh = st.textAt(4);
        d.reasonEn = st.textAt(5);
        d.confidence = st.isNull(6) ? 1.0 : st.doubleAt(6);
        d.cluster = st.isNull(7) ? -1 : static_cast<int>(st.intAt(7));
        if (!st.isNull(8))
            d.findings = decodeFindings(tokensAt(st, 8));
        if (!st.isNull(9)) {
            d.recommendedAction = actionFromName(st.textAt(9));
            d.recommendedTarget = st.textAt(10);
        }
        if (!seen[static_cast<std::size_t>(i)]) {
            seen[static_cast<std::size_t>(i)] = true;
            ++matched;
        }
    }
    if (!st.ok() || matched != inv.items().size())
        return std::nullopt;

    SqliteStatement cl(db, "SELECT id, survivor, members FROM plan_clusters"
                           " WHERE snapshot_id = ?1 ORDER BY id");
    cl.bindInt(1, snapshot);
    while (cl.step()) {
        Cluster c;
        c.id = static_cast<int>(cl.intAt(0));
        c.survivor = cl.isNull(1) ? -1 : inv.indexOf(cl.textAt(1));
        for (const QString &id : tokensAt(cl, 2)) {
            const int m = inv.indexOf(id);
            if (m >= 0)
                c.members.push_back(m);
        }
        plan.clusters.push_back(std::move(c));
    }
    return plan;
}

} // namespace slimplan::planrows
