#include "report/noticepdf.h"

#include "report/flowdocument.h"
#include "report/pagefurniture.h"
#include "report/reporttext.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace slimplan {

using pagefurniture::setError;

namespace {

// One date for all the items, or one sentence per action kind ("关停：30日内（2027年1月6日前）").
QString deadlineText(const Notice &n, const ReportText &t)
{
    if (n.items.empty())
        return QString();
    const QDate first = n.items.front().deadline;
    const bool same = std::all_of(n.items.begin(), n.items.end(),
                                  [&](const NoticeItem &it) { return it.deadline == first; });
    if (same)
        return t.tx("请于%1前完成上表全部事项的整改。", "Please complete every action above by %1.")
            .arg(t.date(first));
    QStringList parts;
    for (Action a : {Action::Shutdown, Action::Merge, Action::Migrate, Action::Rectify}) {
        const auto it = std::find_if(n.items.begin(), n.items.end(),
                                     [a](const NoticeItem &i) { return i.action == a; });
        if (it == n.items.end())
            continue;
        parts << t.tx("%1类事项%2日内完成（%3前）", "%1 within %2 days (by %3)")
                     .arg(t.action(a))
                     .arg(n.issued.daysTo(it->deadline))
                     .arg(t.date(it->deadline));
    }
    return t.tx("整改期限（自本通知印发之日起计算）：", "Deadlines, counted from the date of this notice: ") + parts.join(t.tx("；", "; ")) + t.tx("。", ".");
}

std::vector<QStringList> itemRows(const Notice &n, const ReportText &t)
{
    std::vector<QStringList> rows;
    int seq = 0;
    for (const NoticeItem &it : n.items) {
        QStringList basis = it.rules;
        basis << it.sources;
        rows.push_back({QString::number(++seq), it.name + QLatin1Char('\n') + it.itemId, t.kind(it.kind),
                        it.actionText, it.target.isEmpty() ? QStringLiteral("—") : it.target, it.reason,
                        basis.isEmpty() ? QStringLiteral("—") : basis.join(QLatin1Char('\n')),
                        t.date(it.deadline)});
    }
    return rows;
}

} // namespace

QString NoticePage::text() const
{
    QStringList lines{title, number, recipient};
    lines << body << columns.join(QLatin1Char('\t'));
    for (const QStringList &r : rows)
        lines << r.join(QLatin1Char('\t'));
    lines << deadline << office << date << receiptTitle << receiptNote;
    for (const QStringList &r : receipt)
        lines << r.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n'));
}

NoticePage noticePage(const Notice &n)
{
    const ReportText t(n.chinese);
    NoticePage p;
    p.title = t.tx("关于政务移动互联网应用程序瘦身整改的通知",
                   "Notice of actions to take on government mobile apps, accounts and groups");
    p.number = n.number;
    p.recipient = n.owner + t.tx("：", ":");
    p.body << t.tx("根据《政务移动互联网应用程序规范化管理办法》等有关规定和本地区瘦身工作方案，经核查，"
                   "你单位共有%1项政务移动互联网应用程序、公众账号或工作群组需要整改，具体事项、"
                   "措施、依据和期限见下表。",
                   "Under the Measures for the Standardised Management of Government Mobile Internet "
                   "Applications and the region's consolidation plan, %1 of your unit's apps, public "
                   "accounts or work groups need action: the table below gives each one's action, "
                   "basis and deadline.")
                  .arg(n.items.size())
           << t.tx("请你单位逐项对照落实，按期完成整改，在随附的整改进度表中填写完成情况，连同回执一并报送%1。",
                   "Please carry out each action by its deadline, fill in the progress sheet that comes "
                   "with this notice and return it with the receipt to %1.")
                  .arg(n.office);
    p.columns = {t.tx("序号", "No."),      t.tx("名称", "Name"),   t.tx("类型", "Kind"),
                 t.tx("整改措施", "Action"), t.tx("目标", "Target"), t.tx("理由", "Reason"),
                 t.tx("依据", "Basis"),    t.tx("期限", "Deadline")};
    p.rows = itemRows(n, t);
    p.deadline = deadlineText(n, t);
    p.office = n.office;
    p.date = t.date(n.issued);
    p.receiptTitle = t.tx("回　执", "Receipt");
    p.receiptNote = t.tx("请签收后将本回执退回%1。", "Please sign and return this receipt to %1.").arg(n.office);
    p.receipt = {{t.tx("通知编号", "Notice"), n.number},
                 {t.tx("签收单位", "Received by (unit)"), n.owner},
                 {t.tx("签收人", "Signed by"), QString()},
                 {t.tx("日期", "Date"), QString()}};
    return p;
}

namespace {

void buildDocument(FlowDocument &doc, const NoticePage &p)
{
    FlowTextStyle title = pagefurniture::textStyle(18, true, 6, 6);
    title.align = Qt::AlignHCenter;
    title.color = QColor(0xb0, 0x1e, 0x1e);
    doc.addText(p.title, title);
    FlowTextStyle number = pagefurniture::textStyle(10.5, false, 0, 12);
    number.align = Qt::AlignHCenter;
    doc.addText(p.number, number);
    doc.addText(p.recipient, pagefurniture::textStyle(12, true, 0, 4));
    for (const QString &para : p.body)
        doc.addText(QStringLiteral("　　") + para, pagefurniture::textStyle(11, false, 0, 4));

    FlowTable t = pagefurniture::table({{p.columns.at(0), 0.45, Qt::AlignRight},
                                        {p.columns.at(1), 1.5},
                                        {p.columns.at(2), 0.8},
                                        {p.columns.at(3), 0.85},
                                        {p.columns.at(4), 1.3},
                                        {p.columns.at(5), 2.3},
                                        {p.columns.at(6), 2.1},
                                        {p.columns.at(7), 1.25}}, 8);
    for (const QStringList &r : p.rows)
        t.addRow(r);
    doc.addTable(std::move(t), 6, 6);
    doc.addText(QStringLiteral("　　") + p.deadline, pagefurniture::textStyle(11, true, 2, 16));

    FlowTextStyle sign = pagefurniture::textStyle(11, false, 0, 2);
    sign.align = Qt::AlignRight;
    doc.addText(p.office, sign);
    doc.addText(p.date, sign);

    // The cut line: the receipt is torn off and returned.
    doc.addSpace(18);
    doc.addCustom(8, [](QPainter &painter, const QRectF &r) {
        painter.setPen(QPen(Qt::gray, 0, Qt::DashLine));
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    }, 8);
    FlowTextStyle receipt = pagefurniture::textStyle(14, true, 0, 4, true);
    receipt.align = Qt::AlignHCenter;
    doc.addText(p.receiptTitle, receipt);
    doc.addText(p.receiptNote, pagefurniture::textStyle(10, false, 0, 4, true));
    FlowTable r = pagefurniture::table({{QString(), 1.0}, {QString(), 3.0}}, 10.5);
    r.showHeader = false;
    r.minRowHeight = 22;
    for (const QStringList &row : p.receipt)
        r.addRow(row);
    doc.addTable(std::move(r), 2, 0);
}

} // namespace

bool renderNotice(QPagedPaintDevice *device, const Notice &notice, QString *error)
{
    if (!device) {
        setError(error, QStringLiteral("no paint device"));
        return false;
    }
    pagefurniture::setA4(device);
    const NoticePage page = noticePage(notice);
    FlowDocument doc(device);
    doc.setBands(22, 20);
    buildDocument(doc, page);
    if (!doc.layout(nullptr)) {
        setError(error, QStringLiteral("canceled"));
        return false;
    }
    const pagefurniture::RunningHeader header{page.title, page.number, notice.chinese, false};
    return pagefurniture::paint(doc, device, header, nullptr, error);
}

bool writeNoticePdf(const Notice &notice, const QString &path, QString *error)
{
    const NoticePage page = noticePage(notice);
    return pagefurniture::writePdf(path, page.title + QStringLiteral(" — ") + notice.owner,
                                   [&](QPagedPaintDevice *device) { return renderNotice(device, notice, error); },
                                   error);
}

} // namespace slimplan
