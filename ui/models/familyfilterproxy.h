#pragma once
// The family list as shown: filtered by a text (survivor name or owner) and a region, sorted
// by any column with size and saving breaking ties, so the biggest families come first.

#include <QSortFilterProxyModel>

namespace slimplan {

class FamilyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FamilyFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Division-code prefix of the survivor's region; empty = every region.
    void setRegionPrefix(const QString &prefix);
    QString regionPrefix() const { return m_region; }

    // The proxy row of a family (source row), -1 when it is filtered out.
    int proxyRowOf(int family) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_region;
};

} // namespace slimplan
