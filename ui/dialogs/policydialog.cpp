#include "dialogs/policydialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slimplan {

namespace {
QDoubleSpinBox *ratioBox(QWidget *parent)
{
    auto *b = new QDoubleSpinBox(parent);
    b->setRange(0.0, 1.0);
    b->setSingleStep(0.05);
    b->setDecimals(2);
    return b;
}
QSpinBox *daysBox(QWidget *parent)
{
    auto *b = new QSpinBox(parent);
    b->setRange(1, 3650);
    return b;
}
} // namespace

PolicyDialog::PolicyDialog(const PolicyProfile &profile, const QDate &asOf, QWidget *parent)
    : QDialog(parent)
    , m_base(profile)
{
    setWindowTitle(tr("Policy Profile"));
    m_asOf = new QDateEdit(this);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31));
    m_name = new QLineEdit(this);
    m_zombieDays = daysBox(this);
    m_zombieDays->setSuffix(tr(" days"));
    m_groupIdleDays = daysBox(this);
    m_groupIdleDays->setSuffix(tr(" days"));
    m_tempIdleDays = daysBox(this);
    m_tempIdleDays->setSuffix(tr(" days"));
    m_overlap = ratioBox(this);
    m_containment = ratioBox(this);
    m_lowUsers = new QSpinBox(this);
    m_lowUsers->setRange(0, 10000000);
    m_lowRatio = ratioBox(this);
    m_lowRatio->setDecimals(3);
    m_lowRatio->setSingleStep(0.01);
    m_platform = new QLineEdit(this);
    m_app = new QLineEdit(this);
    m_wFunctions = ratioBox(this);
    m_wData = ratioBox(this);
    m_wMembers = ratioBox(this);
    m_wName = ratioBox(this);
    m_wOwner = ratioBox(this);
    m_wPlatform = ratioBox(this);

    auto *rules = new QGroupBox(tr("Thresholds"), this);
    auto *rf = new QFormLayout(rules);
    rf->addRow(tr("Profile name:"), m_name);
    rf->addRow(tr("Count days up to (as of):"), m_asOf);
    rf->addRow(tr("Zombie after no post for (P3, A9):"), m_zombieDays);
    rf->addRow(tr("Group idle after (G1):"), m_groupIdleDays);
    rf->addRow(tr("Temporary group idle after (G1):"), m_tempIdleDays);
    rf->addRow(tr("Overlap threshold (A10, P2, G2):"), m_overlap);
    rf->addRow(tr("Containment threshold:"), m_containment);
    rf->addRow(tr("Low usage: monthly active users below (A9):"), m_lowUsers);
    rf->addRow(tr("Low usage: active/registered below (A9):"), m_lowRatio);
    auto *platforms = new QGroupBox(tr("Platforms"), this);
    auto *pf = new QFormLayout(platforms);
    pf->addRow(tr("Provincial reporting platform (A3, A8):"), m_platform);
    pf->addRow(tr("Provincial service app (A1):"), m_app);
    auto *weights = new QGroupBox(tr("Overlap weights"), this);
    auto *wf = new QFormLayout(weights);
    wf->addRow(tr("Functions:"), m_wFunctions);
    wf->addRow(tr("Data items:"), m_wData);
    wf->addRow(tr("Members:"), m_wMembers);
    wf->addRow(tr("Name:"), m_wName);
    wf->addRow(tr("Same owner:"), m_wOwner);
    wf->addRow(tr("Same platform:"), m_wPlatform);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                m_base = PolicyProfile{};
                setProfile(m_base);
                setAsOf(QDate::currentDate());
            });
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re-plan"));

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(rules);
    left->addWidget(platforms);
    columns->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(weights);
    right->addWidget(deadlineGroup());
    right->addStretch(1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    setProfile(profile);
    setAsOf(asOf);
}

QGroupBox *PolicyDialog::deadlineGroup()
{
    auto *group = new QGroupBox(tr("Notice deadlines"), this);
    auto *form = new QFormLayout(group);
    const auto add = [&](const QString &label, const QString &name) {
        QSpinBox *b = daysBox(group);
        b->setSuffix(tr(" days"));
        b->setObjectName(name);
        form->addRow(label, b);
        return b;
    };
    m_shutdownDays = add(tr("Shut down within:"), QStringLiteral("shutdownDeadlineDays"));
    m_mergeDays = add(tr("Merge within:"), QStringLiteral("mergeDeadlineDays"));
    m_migrateDays = add(tr("Migrate within:"), QStringLiteral("migrateDeadlineDays"));
    m_rectifyDays = add(tr("Rectify within:"), QStringLiteral("rectifyDeadlineDays"));
    return group;
}

QDate PolicyDialog::asOf() const { return m_asOf->date(); }
void PolicyDialog::setAsOf(const QDate &date) { m_asOf->setDate(date.isValid() ? date : QDate::currentDate()); }

void PolicyDialog::setProfile(const PolicyProfile &p)
{
    m_name->setText(p.name);
    m_zombieDays->setValue(p.zombieDays);
    m_groupIdleDays->setValue(p.groupIdleDays);
    m_tempIdleDays->setValue(p.temporaryGroupIdleDays);
    m_overlap->setValue(p.overlapThreshold);
    m_containment->setValue(p.containmentThreshold);
    m_lowUsers->setValue(int(p.lowUsageActiveUsers));
    m_lowRatio->setValue(p.lowUsageActiveRatio);
    m_platform->setText(p.provincialPlatform);
    m_app->setText(p.provincialApp);
    m_wFunctions->setValue(p.weights.functions);
    m_wData->setValue(p.weights.dataItems);
    m_wMembers->setValue(p.weights.members);
    m_wName->setValue(p.weights.name);
    m_wOwner->setValue(p.weights.owner);
    m_wPlatform->setValue(p.weights.platform);
    m_shutdownDays->setValue(p.shutdownDeadlineDays);
    m_mergeDays->setValue(p.mergeDeadlineDays);
    m_migrateDays->setValue(p.migrateDeadlineDays);
    m_rectifyDays->setValue(p.rectifyDeadlineDays);
}

PolicyProfile PolicyDialog::profile() const
{
    PolicyProfile p = m_base;
    p.name = m_name->text().trimmed().isEmpty() ? PolicyProfile{}.name : m_name->text().trimmed();
    p.zombieDays = m_zombieDays->value();
    p.groupIdleDays = m_groupIdleDays->value();
    p.temporaryGroupIdleDays = m_tempIdleDays->value();
    p.overlapThreshold = m_overlap->value();
    p.containmentThreshold = m_containment->value();
    p.lowUsageActiveUsers = m_lowUsers->value();
    p.lowUsageActiveRatio = m_lowRatio->value();
    p.provincialPlatform = m_platform->text().trimmed();
    p.provincialApp = m_app->text().trimmed();
    p.weights.functions = m_wFunctions->value();
    p.weights.dataItems = m_wData->value();
    p.weights.members = m_wMembers->value();
    p.weights.name = m_wName->value();
    p.weights.owner = m_wOwner->value();
    p.weights.platform = m_wPlatform->value();
    p.shutdownDeadlineDays = m_shutdownDays->value();
    p.mergeDeadlineDays = m_mergeDays->value();
    p.migrateDeadlineDays = m_migrateDays->value();
    p.rectifyDeadlineDays = m_rectifyDays->value();
    return p;
}

} // namespace slimplan
