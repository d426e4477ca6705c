#include "views/overviewpage.h"

#include "document.h"
#include "policy/rulecatalog.h"
#include "util/i18n.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace slimplan {

namespace {

QString number(int n)
{
    return QLocale().toString(n);
}

QString percent(double p)
{
    return QLocale().toString(p, 'f', 1) + QLatin1Char('%');
}

QLabel *plainLabel(const QString &text, QWidget *parent, bool bold = false)
{
    auto *l = new QLabel(text, parent);
    if (bold) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    return l;
}

} // namespace

OverviewPage::OverviewPage(Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scroll(new QScrollArea(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("OverviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // One refresh per change: a reset emits several signals in a row.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    const auto later = [this] { m_refreshTimer->start(); };
    connect(&m_document, &Document::inventoryReplaced, this, later);
    connect(&m_document, &Document::planChanged, this, later); // re-plan, decisions, undo/redo
    refresh();
}

void OverviewPage::refresh()
{
    m_refreshTimer->stop();
    m_overview = computeOverview(m_document.inventory(), m_document.plan());
    rebuild();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCards();
}

void OverviewPage::rebuild()
{
    // A few dozen widgets: rebuilding them is simpler than updating each and costs nothing.
    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("OverviewBody"));
    auto *outer = new QVBoxLayout(m_body);
    outer->setContentsMargins(12, 12, 12, 12);
    m_cards = new QGridLayout;
    m_cards->setHorizontalSpacing(16);
    m_cards->setVerticalSpacing(16);
    outer->addLayout(m_cards);
    outer->addStretch(1);
    m_cardWidgets.clear();
    m_columns = 0;
    if (m_document.isEmpty()) {
        auto *empty = plainLabel(tr("No region is open. Open a project, import ledgers or open the demo region "
                                    "(File menu) to see what the plan cuts and what needs checking."),
                                 m_body);
        empty->setWordWrap(true);
        m_cardWidgets << empty;
    } else {
        m_cardWidgets << headlineCard() << rulesCard() << checksCard() << unitsCard(false) << unitsCard(true);
        if (QWidget *c = campaignCard())
            m_cardWidgets << c;
    }
    m_scroll->setWidget(m_body); // deletes the previous body and its links
    placeCards();
}

// The headline spans the page; the other cards go in two columns when there is room for both.
void OverviewPage::placeCards()
{
    if (!m_cards)
        return;
    const int columns = width() >= 820 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *w : std::as_const(m_cardWidgets))
        m_cards->removeWidget(w);
    for (int c = 0; c < 2; ++c)
        m_cards->setColumnStretch(c, c < columns ? 1 : 0);
    for (qsizetype i = 0; i < m_cardWidgets.size(); ++i) {
        if (i == 0) {
            m_cards->addWidget(m_cardWidgets[0], 0, 0, 1, columns);
            continue;
        }
        const int k = int(i) - 1;
        m_cards->addWidget(m_cardWidgets[i], 1 + k / columns, k % columns, Qt::AlignTop);
    }
}

QWidget *OverviewPage::card(const QString &title, QGridLayout **grid)
{
    auto *frame = new QFrame(m_body);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(frame);
    QLabel *heading = plainLabel(title, frame, true);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    heading->setFont(f);
    v->addWidget(heading);
    *grid = new QGridLayout;
    (*grid)->setHorizontalSpacing(12);
    (*grid)->setVerticalSpacing(2);
    v->addLayout(*grid);
    v->addStretch(1);
    return frame;
}

QPushButton *OverviewPage::link(const QString &text, const ItemFilter &filter, const QString &name,
                                const QString &toolTip)
{
    auto *b = new QPushButton(text, m_body);
    b->setObjectName(name);
    b->setFlat(true);
    b->setCursor(Qt::PointingHandCursor);
    b->setToolTip(toolTip.isEmpty() ? tr("Show these items in the inventory") : toolTip);
    b->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-align: left; border: none; padding: 1px 3px; }"
                                    "QPushButton:hover, QPushButton:focus { text-decoration: underline; }"));
    connect(b, &QPushButton::clicked, this, [this, filter] { emit filterRequested(filter); });
    return b;
}

QWidget *OverviewPage::headlineCard()
{
    QGridLayout *g = nullptr;
    QWidget *c = card(tr("What the plan cuts"), &g);
    const PlanSummary &s = m_overview.summary;
    g->addWidget(plainLabel(tr("Now"), c, true), 0, 1);
    g->addWidget(plainLabel(tr("After the plan"), c, true), 0, 2);
    g->addWidget(plainLabel(tr("Reduction"), c, true), 0, 3);
    for (int k = 0; k <= kKindCount; ++k) {
        const bool total = k == kKindCount;
        ItemFilter f;
        if (!total)
            f.kind = Kind(k);
        const int before = total ? s.before.total() : s.before.perKind[std::size_t(k)];
        const int after = total ? s.after.total() : s.after.perKind[std::size_t(k)];
        const double pct = total ? s.reductionPctTotal : s.reductionPct[std::size_t(k)];
        g->addWidget(plainLabel(total ? tr("Total") : kindLabel(Kind(k)), c, total), k + 1, 0);
        ItemFilter stay = f, leave = f;
        stay.actionMask = kStayingActions;
        leave.actionMask = kLeavingActions;
        g->addWidget(link(number(before), f, QStringLiteral("overviewBefore%1").arg(k)), k + 1, 1);
        g->addWidget(link(number(after), stay, QStringLiteral("overviewAfter%1").arg(k),
                          tr("Items that stay (kept or rectified)")), k + 1, 2);
        g->addWidget(link(tr("−%1 (%2)").arg(number(before - after), percent(pct)), leave,
                          QStringLiteral("overviewReduction%1").arg(k),
                          tr("Items that leave the count (merged, migrated or shut down)")),
                     k + 1, 3);
    }
    ItemFilter leaving;
    leaving.actionMask = kLeavingActions;
    const QString cost = QLocale().toString(s.annualCostSaved, 'f', 1);
    g->addWidget(plainLabel(tr("Running cost saved a year"), c), kKindCount + 2, 0);
    g->addWidget(link(s.annualCostUnknown > 0 ? tr("at least %1 (10,000 CNY)").arg(cost) : tr("%1 (10,000 CNY)").arg(cost),
                      leaving, QStringLiteral("overviewCost")),
                 kKindCount + 2, 1, 1, 2);
    if (s.annualCostUnknown > 0) {
        auto *note = plainLabel(tr("%n leaving item(s) have no known cost.", nullptr, s.annualCostUnknown), c);
        note->setWordWrap(true);
        g->addWidget(note, kKindCount + 3, 0, 1, 4);
    }
    ItemFilter changing;
    changing.actionMask = kChangingActions;
    g->addWidget(plainLabel(tr("Items with an action"), c), kKindCount + 4, 0);
    g->addWidget(link(number(m_overview.changing), changing, QStringLiteral("overviewChanging"),
                      tr("Items rectified, merged, migrated or shut down")),
                 kKindCount + 4, 1);
    g->setColumnStretch(4, 1);
    return c;
}

QWidget *OverviewPage::rulesCard()
{
    QGridLayout *g = nullptr;
    QWidget *c = card(tr("Most frequent findings"), &g);
    const bool zh = isChinese();
    if (m_overview.topRules.empty())
        g->addWidget(plainLabel(tr("No rule applied to any item."), c), 0, 0);
    for (std::size_t i = 0; i < m_overview.topRules.size(); ++i) {
        const OverviewRule &r = m_overview.topRules[i];
        ItemFilter f;
        f.rule = r.rule;
        const RuleInfo *info = findRule(r.rule);
        const QString name = ruleLabel(r.rule, zh);
        const QString tip = info ? info->explanation(zh) + QStringLiteral("\n\n") + info->source(zh) : QString();
        g->addWidget(link(number(r.items), f, QStringLiteral("overviewRuleCount%1").arg(i), tip), int(i), 0,
                     Qt::AlignRight);
        g->addWidget(link(name, f, QStringLiteral("overviewRuleName%1").arg(i), tip), int(i), 1);
    }
    g->setColumnStretch(1, 1);
    return c;
}

QWidget *OverviewPage::unitsCard(bool byActions)
{
    QGridLayout *g = nullptr;
    QWidget *c = card(byActions ? tr("Units with the most actions") : tr("Units with the most items"), &g);
    const std::vector<OverviewUnit> &units = byActions ? m_overview.unitsByActions : m_overview.unitsByItems;
    if (units.empty())
        g->addWidget(plainLabel(byActions ? tr("No unit has an action.") : tr("No item names its unit."), c), 0, 0);
    const QString prefix = byActions ? QStringLiteral("overviewUnitActions") : QStringLiteral("overviewUnitItems");
    for (std::size_t i = 0; i < units.size(); ++i) {
        const OverviewUnit &u = units[i];
        ItemFilter f;
        f.owner = u.owner;
        if (byActions)
            f.actionMask = kChangingActions;
        const int n = byActions ? u.actions : u.items;
        g->addWidget(link(number(n), f, prefix + QString::number(i)), int(i), 0, Qt::AlignRight);
        auto *name = link(u.owner, f, prefix + QStringLiteral("Name%1").arg(i),
                          byActions ? tr("%1 of its %2 items have an action").arg(number(u.actions), number(u.items))
                                    : tr("%1 items, %2 with an action").arg(number(u.items), number(u.actions)));
        name->setMaximumWidth(360);
        g->addWidget(name, int(i), 1, Qt::AlignLeft);
    }
    if (m_overview.units > int(units.size()))
        g->addWidget(plainLabel(tr("%1 units in all").arg(number(m_overview.units)), c), int(units.size()), 1);
    g->setColumnStretch(1, 1);
    return c;
}

QWidget *OverviewPage::checksCard()
{
    QGridLayout *g = nullptr;
    QWidget *c = card(tr("Needs checking"), &g);
    ItemFilter all;
    all.needsCheck = kAllChecks;
    g->addWidget(link(number(m_overview.needsCheck), all, QStringLiteral("overviewCheckAll")), 0, 0, Qt::AlignRight);
    g->addWidget(plainLabel(tr("items need checking"), c, true), 0, 1);
    ItemFilter missing;
    missing.needsCheck = kMissingDataChecks;
    g->addWidget(link(number(m_overview.missingData), missing, QStringLiteral("overviewMissing")), 1, 0, Qt::AlignRight);
    g->addWidget(plainLabel(tr("lack data the rules read:"), c), 1, 1);
    const QString labels[kCheckFlagCount] = {
        tr("no owning unit"),
        tr("no administrative level"),
        tr("no function list"),
        tr("no activity (last active date or posts in 90 days)"),
        tr("no monthly active users (apps)"),
        tr("recommended with low confidence (below %1), not yet decided").arg(QLocale().toString(kLowConfidence * 100, 'f', 0) + QLatin1Char('%')),
    };
    for (int b = 0; b < kCheckFlagCount; ++b) {
        ItemFilter f;
        f.needsCheck = quint8(1u << b);
        const int row = b + 2 + (b == kCheckFlagCount - 1 ? 1 : 0);
        QPushButton *n = link(number(m_overview.perCheck[std::size_t(b)]), f, QStringLiteral("overviewCheck%1").arg(b));
        n->setEnabled(m_overview.perCheck[std::size_t(b)] > 0);
        g->addWidget(n, row, 0, Qt::AlignRight);
        auto *l = plainLabel((b < kCheckFlagCount - 1 ? QStringLiteral("· ") : QString()) + labels[b], c);
        l->setWordWrap(true);
        g->addWidget(l, row, 1);
    }
    g->setColumnStretch(1, 1);
    return c;
}

// The campaign features (returns received, actions done) do not exist yet: core leaves
// Overview::campaign empty and nothing is shown. When they come, this is where they appear.
QWidget *OverviewPage::campaignCard()
{
    if (!m_overview.campaign)
        return nullptr;
    QGridLayout *g = nullptr;
    QWidget *c = card(tr("Campaign"), &g);
    const OverviewCampaign &k = *m_overview.campaign;
    g->addWidget(plainLabel(tr("Returns received"), c), 0, 0);
    g->addWidget(plainLabel(tr("%1 of %2").arg(number(k.returnsReceived), number(k.returnsExpected)), c), 0, 1);
    g->addWidget(plainLabel(tr("Actions done"), c), 1, 0);
    g->addWidget(plainLabel(number(k.actionsDone), c), 1, 1);
    return c;
}

} // namespace slimplan
