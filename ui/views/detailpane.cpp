#include "views/detailpane.h"

#include "actioncolors.h"
#include "document.h"
#include "overlap/overlap.h"
#include "policy/rulecatalog.h"
#include "report/overview.h"
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
    // New decision log entries about the shown item (undo and redo append entries too).
    connect(&document, &Document::decisionLogAppended, this, [this](int first, int count) {
        if (m_row < 0)
            return;
        const QString id = m_document.inventory().at(m_row).id;
        const auto &log = m_document.decisionLog();
        for (int i = std::max(0, first); i < first + count && std::size_t(i) < log.size(); ++i)
            if (log[std::size_t(i)].itemId == id) {
                refresh();
                return;
            }
    });
    connect(&document, &Document::decisionLogReset, this, [this] {
        if (m_row >= 0)
            refresh();
    });
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
QString number(const std::optional<qint64> &v)
{
    return v ? QLocale().toString(*v) : QString();
}
QString heading(const QString &text)
{
    return QStringLiteral("<h4 style='margin-top:10px;margin-bottom:2px;border-bottom:1px solid #ccc'>%1</h4>")
        .arg(esc(text));
}
QString muted(const QString &text)
{
    return QStringLiteral("<p style='color:#777;margin-top:0'>%1</p>").arg(esc(text));
}
QString itemLink(const Inventory &inv, int row)
{
    return QStringLiteral("<a href='item:%1'>%2</a>").arg(row).arg(esc(inv.at(row).name));
}
} // namespace

QString DetailPane::html() const
{
    if (m_row < 0)
        return QStringLiteral("<p style='color:#777'>%1</p>").arg(esc(tr("Select an item to see its details.")));
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
        h += t >= 0 ? itemLink(inv, t) : esc(d.target);
    }
    h += QStringLiteral("</p>");
    h += recommendationHtml();
    h += familyHtml();
    h += historyHtml();
    h += heading(tr("Fields")) + fieldsHtml();
    h += sourcesHtml();
    h += overlapsHtml();
    return h;
}

QString DetailPane::fieldsHtml() const
{
    const bool zh = isChinese();
    const Item &it = m_document.inventory().at(m_row);
    const QString listSep = zh ? QStringLiteral("、") : QStringLiteral(", ");
    QString h = QStringLiteral("<table cellspacing=0>");
    h += fieldRow(tr("ID"), it.id);
    h += fieldRow(tr("Kind"), kindLabel(it.kind));
    h += fieldRow(tr("Platform"), it.platform);
    h += fieldRow(tr("Owner"), it.owner);
    h += fieldRow(tr("Level"), it.level ? levelLabel(*it.level) : QString());
    h += fieldRow(tr("Region"), it.region);
    h += fieldRow(tr("Functions"), it.functions.join(listSep));
    h += fieldRow(tr("Data items"), it.dataItems.join(listSep));
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
    h += fieldRow(tr("Aliases"), it.aliases.join(listSep));
    h += QStringLiteral("</table>");
    return h;
}

QString DetailPane::sourcesHtml() const
{
    const Item &it = m_document.inventory().at(m_row);
    // "FILE:SHEET:ROW" as the importer keeps it for further reports; the first report is split.
    QStringList sources;
    if (!it.sourceFile.isEmpty()) {
        QString s = tr("File %1").arg(it.sourceFile);
        if (!it.sourceSheet.isEmpty())
            s += (isChinese() ? QStringLiteral("，") : QStringLiteral(", ")) + tr("sheet %1").arg(it.sourceSheet);
        if (it.sourceRow > 0)
            s += (isChinese() ? QStringLiteral("，") : QStringLiteral(", ")) + tr("row %1").arg(it.sourceRow);
        sources << s;
    }
    // A widely shared app could be reported by hundreds of units; the list is capped.
    constexpr int kMaxSources = 50;
    for (int i = 0; i < it.alsoReportedAt.size() && sources.size() < kMaxSources; ++i)
        sources << it.alsoReportedAt.at(i);
    const int total = int(it.alsoReportedAt.size()) + (it.sourceFile.isEmpty() ? 0 : 1);
    QString h = heading(total > 1 ? tr("Reported at (%n)", nullptr, total) : tr("Source"));
    if (sources.isEmpty())
        return h + muted(tr("Not imported from a file (entered by hand or made by the demo)."));
    if (total > sources.size())
        sources << tr("… and %n more", nullptr, total - int(sources.size()));
    QStringList escaped;
    for (const QString &l : sources)
        escaped << esc(l);
    return h + QStringLiteral("<p style='margin-top:0'>%1</p>").arg(escaped.join(QStringLiteral("<br>")));
}

QString DetailPane::recommendationHtml() const
{
    const bool zh = isChinese();
    const Decision &d = m_document.plan().decisions[std::size_t(m_row)];
    const Action recommended = m_document.recommendedAction(m_row);
    QString h = heading(tr("Recommendation"));
    h += QStringLiteral("<p style='margin-top:0'><b>%1</b>").arg(esc(actionLabel(recommended)));
    if (const QString t = m_document.recommendedTarget(m_row); !t.isEmpty()) {
        const int ti = m_document.inventory().indexOf(t);
        h += QStringLiteral(" → ") + (ti >= 0 ? itemLink(m_document.inventory(), ti) : esc(t));
    }
    if (d.confidence < 1.0)
        h += QStringLiteral(" <span style='color:#777'>(%1)</span>")
                 .arg(esc(tr("confidence %1%").arg(qRound(d.confidence * 100))));
    h += QStringLiteral("</p>");
    if (const QString reason = d.reason(zh); !reason.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(reason));
    // How sure and why: missing facts, what a family merge rests on (report/overview.h).
    const ConfidenceNote note = explainConfidence(m_document.inventory().at(m_row), &d);
    h += QStringLiteral("<p style='color:%1'>%2</p>")
             .arg(note.low() ? QStringLiteral("#a15c00") : QStringLiteral("#777"), esc(note.text(zh)));
    if (d.findings.empty() && d.rules.isEmpty())
        return h + muted(tr("No rule applies."));
    h += QStringLiteral("<p style='margin-bottom:0'><b>%1</b></p><ul style='margin-left:-20px;margin-top:0'>").arg(esc(tr("Rules")));
    QStringList listed;
    for (const Finding &f : d.findings) {
        listed << f.rule;
        const RuleInfo *r = findRule(f.rule);
        h += QStringLiteral("<li><b>%1 %2</b> — %3<br>%4<br><span style='color:#666'>%5</span></li>")
                 .arg(esc(f.rule), esc(r ? r->title(zh) : QString()), esc(actionLabel(f.suggested)),
                      esc(f.evidence(zh)), esc(r ? r->source(zh) : QString()));
    }
    for (const QString &rule : d.rules) {
        if (listed.contains(rule))
            continue;
        const RuleInfo *r = findRule(rule);
        h += QStringLiteral("<li><b>%1 %2</b><br>%3<br><span style='color:#666'>%4</span></li>")
                 .arg(esc(rule), esc(r ? r->title(zh) : QString()), esc(r ? r->explanation(zh) : QString()),
                      esc(r ? r->source(zh) : QString()));
    }
    return h + QStringLiteral("</ul>");
}

QString DetailPane::familyHtml() const
{
    const Plan &plan = m_document.plan();
    const Decision &d = plan.decisions[std::size_t(m_row)];
    if (d.cluster < 0)
        return {};
    // Cluster ids are their index in practice; search only when a loaded plan says otherwise.
    const Cluster *c = nullptr;
    if (std::size_t(d.cluster) < plan.clusters.size() && plan.clusters[std::size_t(d.cluster)].id == d.cluster)
        c = &plan.clusters[std::size_t(d.cluster)];
    for (std::size_t i = 0; !c && i < plan.clusters.size(); ++i)
        if (plan.clusters[i].id == d.cluster)
            c = &plan.clusters[i];
    if (!c)
        return {};
    const Inventory &inv = m_document.inventory();
    QString h = heading(tr("Family (%n members)", nullptr, int(c->members.size())));
    h += QStringLiteral("<p style='margin-top:0'>");
    if (c->survivor == m_row)
        h += esc(tr("This item is the survivor: the others fold into it."));
    else if (c->survivor >= 0 && c->survivor < inv.size())
        h += esc(tr("Survivor:")) + QLatin1Char(' ') + itemLink(inv, c->survivor);
    h += QStringLiteral("</p>");
    QStringList others;
    int shown = 0;
    for (int m : c->members) {
        if (m == m_row || m == c->survivor || m < 0 || m >= inv.size())
            continue;
        if (shown++ >= kMaxMembers)
            break;
        others << itemLink(inv, m);
    }
    if (!others.isEmpty()) {
        h += QStringLiteral("<p style='margin-top:0'>%1 %2").arg(esc(tr("Other members:")), others.join(QStringLiteral(", ")));
        const int rest = int(c->members.size()) - 1 - (c->survivor == m_row ? 0 : 1) - int(others.size());
        if (rest > 0)
            h += QLatin1Char(' ') + esc(tr("… and %n more", nullptr, rest));
        h += QStringLiteral("</p>");
    }
    return h;
}

QString DetailPane::historyHtml() const
{
    QString h = heading(tr("Decision history"));
    if (const Override *o = m_document.overrideFor(m_row)) {
        const QString when = QLocale().toString(o->when, QLocale::ShortFormat);
        if (m_document.isAccepted(m_row))
            h += QStringLiteral("<p style='margin-top:0'>%1</p>").arg(esc(tr("Accepted by %1 on %2").arg(o->who, when)));
        else
            h += QStringLiteral("<p style='margin-top:0'>%1<br><b>%2</b> %3</p>")
                     .arg(esc(tr("Overridden by %1 on %2 (recommended: %3). Reason: %4")
                                  .arg(o->who, when, actionLabel(m_document.recommendedAction(m_row)), o->reason)),
                          esc(tr("Now:")), esc(actionLabel(o->action)));
    } else {
        h += muted(tr("No decision recorded: the recommendation stands."));
    }
    // Every decision on this item from the append-only decision log, newest first: who, when,
    // old -> new and the reason (undo and redo appear as entries of their own).
    const QString id = m_document.inventory().at(m_row).id;
    const std::vector<DecisionLogEntry> &log = m_document.decisionLog();
    QStringList entries;
    int more = 0;
    for (auto e = log.rbegin(); e != log.rend(); ++e) {
        if (e->itemId != id)
            continue;
        if (entries.size() >= kMaxHistory) {
            ++more;
            continue;
        }
        entries << logEntryHtml(*e);
    }
    if (entries.isEmpty())
        return h;
    if (more > 0)
        entries << esc(tr("… and %n more", nullptr, more));
    return h + QStringLiteral("<p style='margin-bottom:0'><b>%1</b></p><ul style='margin-left:-20px;margin-top:0'><li>%2</li></ul>")
                   .arg(esc(tr("Decision log")), entries.join(QStringLiteral("</li><li>")));
}

QString DetailPane::decisionText(const std::optional<Action> &action, const QString &target) const
{
    if (!action)
        return tr("Recommendation");
    if (target.isEmpty() || (*action != Action::Merge && *action != Action::Migrate))
        return actionLabel(*action);
    const Inventory &inv = m_document.inventory();
    const int t = inv.indexOf(target);
    const QString where = t >= 0 ? inv.at(t).name : target;
    return *action == Action::Merge ? tr("Merge into %1").arg(where) : tr("Migrate to %1").arg(where);
}

QString DetailPane::logEntryHtml(const DecisionLogEntry &e) const
{
    const QString when = e.when.isValid() ? e.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    QString kind;
    switch (e.kind) {
    case DecisionLogEntry::Kind::Undo: kind = tr("undo"); break;
    case DecisionLogEntry::Kind::Redo: kind = tr("redo"); break;
    case DecisionLogEntry::Kind::Revert: kind = tr("revert"); break;
    case DecisionLogEntry::Kind::Imported: kind = tr("imported"); break;
    case DecisionLogEntry::Kind::Decide: break;
    }
    QString h = QStringLiteral("%1 <b>%2</b>: %3 → %4")
                    .arg(esc(when), esc(e.who.isEmpty() ? tr("unknown") : e.who),
                         esc(decisionText(e.oldAction, e.oldTarget)), esc(decisionText(e.newAction, e.newTarget)));
    if (!kind.isEmpty())
        h += QStringLiteral(" <span style='color:#777'>(%1)</span>").arg(esc(kind));
    if (!e.reason.isEmpty())
        h += QStringLiteral("<br>") + esc(tr("Reason: %1").arg(e.reason));
    if (!e.scenario.isEmpty())
        h += QStringLiteral("<br><span style='color:#777'>%1</span>").arg(esc(tr("Scenario: %1").arg(e.scenario)));
    return h;
}

QString DetailPane::overlapsHtml() const
{
    const std::vector<int> &edges = m_document.edgesOf(m_row);
    if (edges.empty())
        return {};
    const bool zh = isChinese();
    const Inventory &inv = m_document.inventory();
    QString h = heading(tr("Overlaps with")) + QStringLiteral("<ul style='margin-left:-20px;margin-top:0'>");
    std::vector<int> sorted = edges;
    const auto &all = m_document.overlap().edges;
    std::sort(sorted.begin(), sorted.end(), [&](int a, int b) { return all[std::size_t(a)].score > all[std::size_t(b)].score; });
    int shown = 0;
    for (int e : sorted) {
        if (shown++ >= kMaxOverlaps)
            break;
        const OverlapEdge &edge = all[std::size_t(e)];
        const int other = edge.a == m_row ? edge.b : edge.a;
        h += QStringLiteral("<li>%1 (%2) — %3</li>")
                 .arg(itemLink(inv, other), QString::number(edge.score, 'f', 2),
                      esc(explainOverlap(inv, m_row, other, m_document.profile(), zh)));
    }
    return h + QStringLiteral("</ul>");
}

} // namespace slimplan
