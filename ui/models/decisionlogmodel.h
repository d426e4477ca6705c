#pragma once
// The Decision Log view's table over Document::decisionLog(): newest first, one row per entry —
// time, who, item, old → new action/target, reason, kind, scenario — filtered by a text (kept
// here as a list of matching entries, so that a log of a million entries filters without a
// QSortFilterProxyModel's per-row bookkeeping). New entries appear at the top as they are made.

#include "model/campaign.h"

#include <QAbstractTableModel>

#include <vector>

namespace slimplan {

class Document;

class DecisionLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WhoColumn, ItemColumn, ChangeColumn, ReasonColumn, KindColumn, ScenarioColumn,
                  ColumnCount };
    enum Role {
        ItemRowRole = Qt::UserRole + 1, // the entry's inventory row, -1 when the item is gone
        LogIndexRole,                   // the entry's index in Document::decisionLog()
    };

    explicit DecisionLogModel(const Document &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows only the entries whose texts contain `text` (case-insensitive); empty = all.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    int totalCount() const;
    // The entry shown on a row.
    const DecisionLogEntry &entry(int row) const;
    // Texts in the interface language have changed.
    void retranslate();

    static QString kindLabel(DecisionLogEntry::Kind kind);
    // "Merge into 青溪政务通", "Keep"; "Recommendation" when no override stood.
    QString decisionText(const std::optional<Action> &action, const QString &target) const;

private:
    int logIndex(int row) const;
    QString itemName(const DecisionLogEntry &e) const;
    QString cellText(const DecisionLogEntry &e, int column) const;
    bool matches(const DecisionLogEntry &e) const;
    void onAppended(int first, int count);
    void rebuild();

    const Document &m_document;
    QString m_filter;
    bool m_filtered = false;
    std::vector<int> m_matches; // log indices that match, oldest first (shown newest first)
    int m_shown = 0;            // unfiltered: the entries the view knows of (the oldest ones)
};

} // namespace slimplan
