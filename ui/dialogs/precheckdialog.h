#pragma once
// Campaign ▸ 立项预审…: a proposed app, account or group described in a form, checked against the
// open project's inventory (core/plan/precheck): the verdict in colour, the existing items that
// already do its job, and the rules it would break. The project is not changed.

#include "model/inventory.h"
#include "model/policyprofile.h"
#include "plan/precheck.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTextEdit;

namespace slimplan {

class PrecheckDialog : public QDialog
{
    Q_OBJECT
public:
    PrecheckDialog(const Inventory &inventory, const PolicyProfile &profile, const QDate &asOf,
                   QWidget *parent = nullptr);

    // The proposal as the form describes it.
    Item proposal() const;
    // Runs the check on the form (the Check button).
    void check();
    const PrecheckResult &result() const { return m_result; }

private:
    void showResult();

    const Inventory &m_inventory;
    PolicyProfile m_profile;
    QDate m_asOf;
    PrecheckResult m_result;
    QLineEdit *m_name, *m_owner, *m_platform, *m_functions, *m_dataItems;
    QComboBox *m_kind, *m_audience;
    QLabel *m_verdict;
    QTableWidget *m_overlaps;
    QTextEdit *m_rules;
};

} // namespace slimplan
