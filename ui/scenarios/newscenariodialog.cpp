#include "scenarios/newscenariodialog.h"

#include "store/projectstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slimplan {

NewScenarioDialog::NewScenarioDialog(const QStringList &existing, const PolicyProfile &base, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_base(base)
    , m_name(new QLineEdit(this))
    , m_from(new QComboBox(this))
    , m_zombieDays(new QSpinBox(this))
    , m_overlap(new QDoubleSpinBox(this))
{
    setWindowTitle(tr("New Scenario"));
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_from->setObjectName(QStringLiteral("scenarioFrom"));
    m_zombieDays->setObjectName(QStringLiteral("scenarioZombieDays"));
    m_overlap->setObjectName(QStringLiteral("scenarioOverlap"));
    m_from->addItem(tr("Baseline plan"), QString());
    for (const QString &s : existing)
        m_from->addItem(s, s);
    m_zombieDays->setRange(1, 3650);
    m_zombieDays->setSuffix(tr(" days"));
    m_zombieDays->setValue(base.zombieDays);
    m_overlap->setRange(0.05, 1.0);
    m_overlap->setSingleStep(0.05);
    m_overlap->setDecimals(2);
    m_overlap->setValue(base.overlapThreshold);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Start from:"), m_from);
    form->addRow(tr("&Zombie after:"), m_zombieDays);
    form->addRow(tr("&Overlap threshold:"), m_overlap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewScenarioDialog::updateOk);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

QString NewScenarioDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewScenarioDialog::from() const
{
    return m_from->currentData().toString();
}

PolicyProfile NewScenarioDialog::profile() const
{
    PolicyProfile p = m_base;
    p.name = name();
    p.zombieDays = m_zombieDays->value();
    p.overlapThreshold = m_overlap->value();
    return p;
}

void NewScenarioDialog::updateOk()
{
    const QString n = name();
    const bool ok = !n.isEmpty() && !ProjectStore::isBaselineName(n) && !m_existing.contains(n);
    m_ok->setEnabled(ok);
    m_name->setToolTip(ok || n.isEmpty() ? QString() : tr("This name is taken."));
}

} // namespace slimplan
