#pragma once
// Edits the policy profile: the thresholds the rules read, the provincial platform names and the
// overlap weights. Accepting with changes re-plans (an undoable command).

#include "policy/policyprofile.h"

#include <QDialog>

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace slimplan {

class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PolicyDialog(const PolicyProfile &profile, QWidget *parent = nullptr);

    PolicyProfile profile() const;
    void setProfile(const PolicyProfile &profile);

private:
    QLineEdit *m_name;
    QSpinBox *m_zombieDays;
    QSpinBox *m_groupIdleDays;
    QDoubleSpinBox *m_overlap;
    QDoubleSpinBox *m_containment;
    QSpinBox *m_lowUsers;
    QDoubleSpinBox *m_lowRatio;
    QLineEdit *m_platform;
    QLineEdit *m_app;
    QDoubleSpinBox *m_wFunctions, *m_wData, *m_wMembers, *m_wName, *m_wOwner, *m_wPlatform;
};

} // namespace slimplan
