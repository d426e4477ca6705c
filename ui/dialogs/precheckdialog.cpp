#include "dialogs/precheckdialog.h"

#include "import/normalize.h"
#include "policy/rulecatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextEdit>
#include <QVBoxLayout>

namespace slimplan {

namespace {
bool chineseUi() { return QLocale().language() == QLocale::Chinese; }
} // namespace

PrecheckDialog::PrecheckDialog(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
                               QWidget *parent)
    : QDialog(parent), m_inventory(inventory), m_profile(profile), m_asOf(asOf)
{
    setWindowTitle(tr("Pre-check of a Proposed App"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_owner = new QLineEdit;
    m_platform = new QLineEdit;
    m_functions = new QLineEdit;
    m_dataItems = new QLineEdit;
    m_kind = new QComboBox;
    for (int k = 0; k < kKindCount; ++k)
        m_kind->addItem(kindLabel(static_cast<Kind>(k)), k);
    m_audience = new QComboBox;
    m_audience->addItem(tr("Unknown"), -1);
    m_audience->addItem(tr("Internal"), int(Audience::Internal));
    m_audience->addItem(tr("Public"), int(Audience::Public));
    m_audience->addItem(tr("Enterprise"), int(Audience::Enterprise));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Owner:"), m_owner);
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Functions:"), m_functions);
    form->addRow(tr("Data items:"), m_dataItems);
    form->addRow(tr("Audience:"), m_audience);
    m_name->setObjectName(QStringLiteral("precheckName"));
    m_owner->setObjectName(QStringLiteral("precheckOwner"));
    m_functions->setObjectName(QStringLiteral("precheckFunctions"));

    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("precheckVerdict"));
    m_verdict->setWordWrap(true);
    m_overlaps = new QTableWidget(0, 4);
    m_overlaps->setHorizontalHeaderLabels({tr("Existing item"), tr("Owner"), tr("Score"), tr("Shared")});
    m_overlaps->horizontalHeader()->setStretchLastSection(true);
    m_overlaps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules = new QTextEdit;
    m_rules->setReadOnly(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *checkButton = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    checkButton->setObjectName(QStringLiteral("precheckCheck"));
    connect(checkButton, &QPushButton::clicked, this, &PrecheckDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_overlaps, 2);
    layout->addWidget(m_rules, 1);
    layout->addWidget(buttons);
    resize(820, 680);
}

Item PrecheckDialog::proposal() const
{
    Item p;
    p.name = m_name->text().trimmed();
    p.owner = m_owner->text().trimmed();
    p.platform = m_platform->text().trimmed();
    p.kind = static_cast<Kind>(m_kind->currentData().toInt());
    p.functions = parseList(m_functions->text());
    p.dataItems = parseList(m_dataItems->text());
    if (const int a = m_audience->currentData().toInt(); a >= 0)
        p.audience = static_cast<Audience>(a);
    p.level = levelFromOwner(p.owner);
    p.flags = flagsFromFunctions(p.functions);
    return p;
}

void PrecheckDialog::check()
{
    const Item p = proposal();
    if (p.name.isEmpty() || p.owner.isEmpty()) {
        m_verdict->setText(tr("Enter at least the name and the owner."));
        m_verdict->setStyleSheet(QString());
        return;
    }
    m_result = precheck(m_inventory, p, m_profile, m_asOf);
    showResult();
}

void PrecheckDialog::showResult()
{
    const bool zh = chineseUi();
    QString verdict, colour;
    switch (m_result.verdict) {
    case PrecheckVerdict::Approve: verdict = tr("Approve"); colour = QStringLiteral("#1b7f3b"); break;
    case PrecheckVerdict::Revise: verdict = tr("Revise and resubmit"); colour = QStringLiteral("#b36b00"); break;
    case PrecheckVerdict::Reject: verdict = tr("Reject"); colour = QStringLiteral("#b3261e"); break;
    }
    m_verdict->setText(QStringLiteral("<b>%1</b> — %2").arg(verdict, m_result.reason(zh).toHtmlEscaped()));
    m_verdict->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_overlaps->setRowCount(int(m_result.overlaps.size()));
    for (int r = 0; r < int(m_result.overlaps.size()); ++r) {
        const PrecheckOverlap &o = m_result.overlaps[std::size_t(r)];
        m_overlaps->setItem(r, 0, new QTableWidgetItem(o.name));
        m_overlaps->setItem(r, 1, new QTableWidgetItem(o.owner));
        m_overlaps->setItem(r, 2, new QTableWidgetItem(QString::number(o.score, 'f', 2)));
        m_overlaps->setItem(r, 3, new QTableWidgetItem(zh ? o.explanationZh : o.explanationEn));
    }
    QStringList rules;
    for (const Finding &f : m_result.findings)
        rules << ruleLabel(f.rule, zh) + QStringLiteral(": ") + f.evidence(zh);
    m_rules->setPlainText(rules.isEmpty() ? tr("No rule is broken.") : rules.join(QLatin1Char('\n')));
}

} // namespace slimplan
