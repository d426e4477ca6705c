#pragma once
// Asks the official for another action (and target) for an item, with a reason that cannot be
// left empty: an override without a reason cannot be defended in the report.

#include "model/plan.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace slimplan {

class Document;

class OverrideDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(const Document &document, int row, QWidget *parent = nullptr);

    // The override as entered (who = the OS user, when = now).
    Override result() const;

    // For tests and scripted use.
    void setAction(Action action);
    void setTarget(const QString &target);
    void setReason(const QString &reason);
    bool canAccept() const;
    // Why OK is disabled ("" when the decision can be accepted).
    QString problem() const;
    // The target a target box names: an offered entry's item id, else the text typed.
    static QString chosenTarget(const QComboBox &box);

private:
    void updateState();

    const Document &m_document;
    int m_row;
    QComboBox *m_action;
    QComboBox *m_target;
    QPlainTextEdit *m_reason;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace slimplan
