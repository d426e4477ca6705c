#include "report/trackingxlsx.h"

#include "report/reporttext.h"
#include "report/xlsxstreamwriter.h"

#include <numeric>

#include <QCoreApplication>

namespace slimplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(slimplan::TrackingXlsx)
};

QString stateText(const ReportText &t, TrackingState s)
{
    switch (s) {
    case TrackingState::Planned: return t.tx("已计划", "Planned");
    case TrackingState::Notified: return t.tx("已通知", "Notified");
    case TrackingState::InProgress: return t.tx("整改中", "In progress");
    case TrackingState::Done: return t.tx("已完成", "Done");
    case TrackingState::Verified: return t.tx("已核验", "Verified");
    }
    return {};
}

QString unitText(const ReportText &t, const QString &owner)
{
    return owner.isEmpty() ? t.tx("（未填单位）", "(no unit given)") : owner;
}

QStringList stateHeaders(const ReportText &t)
{
    QStringList h;
    for (int s = 0; s < kTrackingStateCount; ++s)
        h << stateText(t, TrackingState(s));
    return h;
}

void stateCells(XlsxStreamWriter &w, const std::array<int, kTrackingStateCount> &states)
{
    for (int n : states)
        w.number(n);
}

void unitRow(XlsxStreamWriter &w, const QString &label, const UnitProgress &u, bool bold)
{
    w.text(label, bold ? XlsxStreamWriter::Style::Bold : XlsxStreamWriter::Style::Default);
    w.number(u.actions());
    stateCells(w, u.states);
    w.number(u.overdue);
    w.number(u.stillPresent);
    w.endRow();
}

bool unitSheet(XlsxStreamWriter &w, const ReportText &t, const TrackingProgress &progress)
{
    QStringList header{t.tx("整改单位", "Unit"), t.tx("应办事项", "Actions")};
    header << stateHeaders(t) << t.tx("逾期", "Overdue") << t.tx("已完成但仍在", "Done, still present");
    if (!w.beginSheet(t.tx("按单位", "By unit"), header, {36, 10, 10, 10, 10, 10, 10, 10, 14}))
        return false;
    for (const UnitProgress &u : progress.units)
        unitRow(w, unitText(t, u.owner), u, false);
    unitRow(w, t.tx("合计", "Total"), progress.total, true);
    return true;
}

bool kindSheet(XlsxStreamWriter &w, const ReportText &t, const TrackingProgress &progress)
{
    QStringList header{t.tx("整改单位", "Unit"), t.tx("对象类别", "Kind")};
    header << stateHeaders(t);
    if (!w.beginSheet(t.tx("按单位和类别", "By unit and kind"), header, {36, 12, 10, 10, 10, 10, 10}))
        return false;
    const auto rows = [&](const QString &label, const UnitProgress &u) {
        for (int k = 0; k < kKindCount; ++k) {
            const auto &states = u.byKind[std::size_t(k)];
            if (std::accumulate(states.begin(), states.end(), 0) == 0)
                continue;
            w.text(label);
            w.text(t.kind(Kind(k)));
            stateCells(w, states);
            w.endRow();
        }
    };
    for (const UnitProgress &u : progress.units)
        rows(unitText(t, u.owner), u);
    rows(t.tx("合计", "Total"), progress.total);
    return true;
}

bool overdueSheet(XlsxStreamWriter &w, const ReportText &t, const Inventory &inventory, const Plan &plan,
                  const TrackingProgress &progress, const QDate &today)
{
    if (!w.beginSheet(t.tx("逾期事项", "Overdue"),
                      {t.tx("整改单位", "Unit"), t.tx("对象编号", "Item ID"), t.tx("对象名称", "Item name"),
                       t.tx("对象类别", "Kind"), t.tx("处置", "Action"), t.tx("进度", "State"),
                       t.tx("期限", "Deadline"), t.tx("逾期天数", "Days late"), t.tx("说明", "Note")},
                      {30, 22, 30, 10, 10, 10, 12, 10, 40}))
        return false;
    for (const ItemProgress &p : progress.items) {
        if (!p.overdue || p.row < 0 || p.row >= inventory.size())
            continue;
        const Item &it = inventory.at(p.row);
        w.text(unitText(t, trackingUnitOf(it)));
        w.text(it.id);
        w.text(it.name);
        w.text(t.kind(it.kind));
        w.text(t.action(plan.decisions[std::size_t(p.row)].action));
        w.text(stateText(t, p.status.state));
        w.date(p.status.deadline);
        w.number(double(p.status.deadline.daysTo(today)));
        w.text(p.status.note);
        w.endRow();
    }
    return true;
}

} // namespace

bool writeTrackingXlsx(const Inventory &inventory, const Plan &plan, const TrackingProgress &progress,
                       const QDate &today, const ReportOptions &options, const QString &path,
                       QString *error)
{
    const ReportText t(options.chinese());
    XlsxStreamWriter w(path);
    QString err;
    const bool ok = w.open(&err) && unitSheet(w, t, progress) && kindSheet(w, t, progress)
                    && overdueSheet(w, t, inventory, plan, progress, today) && w.close(&err);
    if (!ok && error)
        *error = err.isEmpty() ? Tr::tr("Cannot write %1").arg(path) : err;
    return ok;
}

} // namespace slimplan
