#include "views/detailpane.h"

#include "actioncolors.h"
#include "document.h"
#include "overlap/overlap.h"
#include "policy/rulecatalog.h"
#include "util/i18n.h"

#include <QEvent>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace slimplan {

DetailPane::DetailPane(Document &document, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("item"))
            emit itemActivated(url.path().toInt());
    });
    connect(&document, &Document::inventoryReplaced, this, [this] { setRow(-1); });
    connect(&document, &Document::decisionsChanged, this, [this](const QList<int> &rows) {
        if (rows.isEmpty() || rows.contains(m_row))
            refresh();
    });
    connect(&document, &Document::overlapChanged, this, &DetailPane::refresh);
    refresh();
}

void DetailPane::setRow(int row)
{
    m_row = row >= 0 && row < m_document.rowCount() ? row : -1;
    refresh();
}

void DetailPane::refresh()
{
    setHtml(html());
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QTextBrowser::changeEvent(event);
}

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
QString fieldRow(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}
// Like fieldRow, for a value of several lines (each escaped).
QString linesRow(const QString &label, const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    QStringList escaped;
    for (const QString &l : lines)
        escaped << l.toHtmlEscaped();
    return QStringLiteral("<tr><td style='color:#555;padding-right:8px;vertical-align:top'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), escaped.join(QStringLiteral("<br>")));
}
QString number(const std::optional<qint64> &v)
{
    return v ? QLocale().toString(*v) : QString();
}
} // namespace

QString DetailPane::html() const
{
    if (m_row < 0)
        return QStringLiteral("<p style='color:#777'>%1</p>").arg(esc(tr("Select an item to see its details.")));
    const bool zh = isChinese();
    const Inventory &inv = m_document.inventory();
    const Item &it = inv.at(m_row);
    const Decision &d = m_document.plan().decisions[std::size_t(m_row)];
    QString h;
    h += QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(esc(it.name));
    h += QStringLiteral("<p style='margin-top:0'><span style='background:%1;color:white;padding:2px'>&nbsp;%2&nbsp;</span>")
             .arg(actionColor(d.action).name(), esc(actionLabel(d.action)));
    if (!d.target.isEmpty()) {
        const int t = inv.indexOf(d.target);
        h += QStringLiteral(" → ");
        h += t >= 0 ? QStringLiteral("<a href='item:%1'>%2</a>").arg(t).arg(esc(inv.at(t).name)) : esc(d.target);
    }
    if (const Override *o = m_document.overrideFor(m_row)) {
        const bool accepted = m_document.isAccepted(m_row);
        h += QStringLiteral("<br><i>%1</i>")
                 .arg(esc(accepted ? tr("Accepted by %1 on %2").arg(o->who, QLocale().toString(o->when, QLocale::ShortFormat))
                                   : tr("Overridden by %1 on %2 (recommended: %3). Reason: %4")
                                         .arg(o->who, QLocale().toString(o->when, QLocale::ShortFormat),
                                              actionLabel(m_document.recommendedAction(m_row)), o->reason)));
    }
    h += QStringLiteral("</p>");
    if (const QString reason = d.reason(zh); !reason.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(reason));

    h += QStringLiteral("<table cellspacing=0>");
    h += fieldRow(tr("ID"), it.id);
    h += fieldRow(tr("Kind"), kindLabel(it.kind));
    h += fieldRow(tr("Platform"), it.platform);
    h += fieldRow(tr("Owner"), it.owner);
    h += fieldRow(tr("Level"), it.level ? levelLabel(*it.level) : QString());
    h += fieldRow(tr("Region"), it.region);
    h += fieldRow(tr("Functions"), it.functions.join(zh ? QStringLiteral("、") : QStringLiteral(", ")));
    h += fieldRow(tr("Data items"), it.dataItems.join(zh ? QStringLiteral("、") : QStringLiteral(", ")));
    h += fieldRow(tr("Users"), number(it.users));
    h += fieldRow(tr("Active users"), number(it.activeUsers));
    h += fieldRow(tr("Last active"), it.lastActive.isValid() ? it.lastActive.toString(Qt::ISODate) : QString());
    h += fieldRow(tr("Posts in 90 days"), number(it.posts90d));
    h += fieldRow(tr("Annual cost (10k CNY)"), it.annualCost ? QLocale().toString(*it.annualCost, 'f', 1) : QString());
    h += fieldRow(tr("Launched"), it.launched.isValid() ? it.launched.toString(Qt::ISODate) : QString());
    h += fieldRow(tr("Filing no."), it.filingNo ? (it.filingNo->isEmpty() ? tr("not filed") : *it.filingNo) : QString());
    QStringList flags;
    for (int b = 0; b < kFlagCount; ++b)
        if (it.has(flagAt(b)))
            flags << flagLabel(flagAt(b));
    h += fieldRow(tr("Flags"), flags.join(QStringLiteral(", ")));
    h += fieldRow(tr("Scene"), it.scene);
    h += fieldRow(tr("Notes"), it.notes);
    for (const auto &extra : it.extra)
        h += fieldRow(extra.first, extra.second);
    h += fieldRow(tr("Aliases"), it.aliases.join(zh ? QStringLiteral("、") : QStringLiteral(", ")));
    const QString source = it.sourceFile.isEmpty()
        ? QString()
        : QStringLiteral("%1%2:%3").arg(it.sourceFile, it.sourceSheet.isEmpty() ? QString() : QLatin1Char(':') + it.sourceSheet)
              .arg(it.sourceRow);
    if (it.alsoReportedAt.isEmpty()) {
        h += fieldRow(tr("Source"), source);
    } else {
        // The same item in several returns: every report, the first one first. A widely shared
        // app could be reported by hundreds of units; the list is capped.
        constexpr int kMaxSources = 50;
        QStringList sources;
        if (!source.isEmpty())
            sources << source;
        for (int i = 0; i < it.alsoReportedAt.size() && sources.size() < kMaxSources; ++i)
            sources << it.alsoReportedAt.at(i);
        const int total = int(it.alsoReportedAt.size()) + (source.isEmpty() ? 0 : 1);
        if (total > sources.size())
            sources << tr("… and %n more", nullptr, total - int(sources.size()));
        h += linesRow(tr("Reported at (%n)", nullptr, total), sources);
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Findings")));
    if (d.findings.empty() && d.rules.isEmpty()) {
        h += QStringLiteral("<p style='color:#777'>%1</p>").arg(esc(tr("No rule applies.")));
    } else {
        h += QStringLiteral("<ul style='margin-left:-20px'>");
        QStringList listed;
        for (const Finding &f : d.findings) {
            listed << f.rule;
            const RuleInfo *r = findRule(f.rule);
            h += QStringLiteral("<li><b>%1</b> %2 — %3<br>%4<br><span style='color:#666'>%5</span></li>")
                     .arg(esc(f.rule), esc(r ? r->title(zh) : QString()), esc(actionLabel(f.suggested)),
                          esc(f.evidence(zh)), esc(r ? r->source(zh) : QString()));
        }
        for (const QString &rule : d.rules) {
            if (listed.contains(rule))
                continue;
            const RuleInfo *r = findRule(rule);
            h += QStringLiteral("<li><b>%1</b> %2<br><span style='color:#666'>%3</span></li>")
                     .arg(esc(rule), esc(r ? r->title(zh) : QString()), esc(r ? r->source(zh) : QString()));
        }
        h += QStringLiteral("</ul>");
    }

    const std::vector<int> &edges = m_document.edgesOf(m_row);
    if (!edges.empty()) {
        h += QStringLiteral("<h4>%1</h4><ul style='margin-left:-20px'>").arg(esc(tr("Overlaps with")));
        std::vector<int> sorted = edges;
        const auto &all = m_document.overlap().edges;
        std::sort(sorted.begin(), sorted.end(), [&](int a, int b) { return all[std::size_t(a)].score > all[std::size_t(b)].score; });
        int shown = 0;
        for (int e : sorted) {
            if (shown++ >= kMaxOverlaps)
                break;
            const OverlapEdge &edge = all[std::size_t(e)];
            const int other = edge.a == m_row ? edge.b : edge.a;
            h += QStringLiteral("<li><a href='item:%1'>%2</a> (%3) — %4</li>")
                     .arg(other)
                     .arg(esc(inv.at(other).name), QString::number(edge.score, 'f', 2),
                          esc(explainOverlap(inv, m_row, other, m_document.profile(), zh)));
        }
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace slimplan
