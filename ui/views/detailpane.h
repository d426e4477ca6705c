#pragma once
// The selected item in full, in sections: its fields, where it was reported (file, sheet, row),
// the recommendation with its reasons and rules (id, name, source clause), its merge family with
// the survivor, the decision history, and the items it overlaps with and why.

#include "model/campaign.h"

#include <QTextBrowser>

#include <optional>

namespace slimplan {

class Document;

class DetailPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPane(Document &document, QWidget *parent = nullptr);

    int row() const { return m_row; }
    void setRow(int row);
    // Shown items in the overlap section (for tests: which items are listed).
    static constexpr int kMaxOverlaps = 30;
    // Family members and decision log entries listed at most (a family can hold thousands).
    static constexpr int kMaxMembers = 30;
    static constexpr int kMaxHistory = 20;

signals:
    // A linked item (an overlap partner or a merge target) was clicked.
    void itemActivated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString html() const;
    QString fieldsHtml() const;
    QString sourcesHtml() const;
    QString recommendationHtml() const;
    QString familyHtml() const;
    QString historyHtml() const;
    QString overlapsHtml() const;
    // One decision log entry: when, who, old -> new, kind, reason, scenario.
    QString logEntryHtml(const DecisionLogEntry &e) const;
    // "Merge into 青溪政务通", "Keep"; "Recommendation" when no override stood.
    QString decisionText(const std::optional<Action> &action, const QString &target) const;

    Document &m_document;
    int m_row = -1;
};

} // namespace slimplan
