#pragma once
// Plan ▸ Scenarios ▸ New Scenario…: a name, where it starts from (the baseline or another
// scenario: its profile and decisions) and the policy thresholds that make it differ.

#include "model/policyprofile.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace slimplan {

class NewScenarioDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing`: the project's scenarios (offered as starting points); `base`: the profile shown.
    NewScenarioDialog(const QStringList &existing, const PolicyProfile &base, QWidget *parent = nullptr);

    QString name() const;
    QString from() const; // empty = the baseline
    // `base` with the thresholds of the form and the scenario's name.
    PolicyProfile profile() const;

private:
    void updateOk();

    QStringList m_existing;
    PolicyProfile m_base;
    QLineEdit *m_name;
    QComboBox *m_from;
    QSpinBox *m_zombieDays;
    QDoubleSpinBox *m_overlap;
    QPushButton *m_ok = nullptr;
};

} // namespace slimplan
