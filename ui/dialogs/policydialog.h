#pragma once
// Edits the policy profile: the thresholds the rules read, the provincial platform names and the
// overlap weights, and the as-of date the rules count days from. Accepting with changes re-plans
// (an undoable command). The notices' deadlines per action kind are edited here too.

#include "model/policyprofile.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace slimplan {

class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    PolicyDialog(const PolicyProfile &profile, const QDate &asOf, QWidget *parent = nullptr);

    // The profile as edited; values the dialog does not show keep those it was given.
    PolicyProfile profile() const;
    void setProfile(const PolicyProfile &profile);
    QDate asOf() const;
    void setAsOf(const QDate &date);

private:
    // The 整改通知 deadlines, in days from the notice, one box per action kind.
    QGroupBox *deadlineGroup();

    PolicyProfile m_base;
    QDateEdit *m_asOf;
    QLineEdit *m_name;
    QSpinBox *m_zombieDays;
    QSpinBox *m_groupIdleDays;
    QSpinBox *m_tempIdleDays;
    QDoubleSpinBox *m_overlap;
    QDoubleSpinBox *m_containment;
    QSpinBox *m_lowUsers;
    QDoubleSpinBox *m_lowRatio;
    QLineEdit *m_platform;
    QLineEdit *m_app;
    QDoubleSpinBox *m_wFunctions, *m_wData, *m_wMembers, *m_wName, *m_wOwner, *m_wPlatform;
    QSpinBox *m_shutdownDays = nullptr, *m_mergeDays = nullptr, *m_migrateDays = nullptr,
             *m_rectifyDays = nullptr;
};

} // namespace slimplan
