#pragma once
// The selected item in full: its fields, its decision and every finding with the rule id, the
// rule's title and the clause it comes from, and the items it overlaps with and why.

#include <QTextBrowser>

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

signals:
    // A linked item (an overlap partner or a merge target) was clicked.
    void itemActivated(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString html() const;

    Document &m_document;
    int m_row = -1;
};

} // namespace slimplan
