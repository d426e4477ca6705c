#pragma once
// The Overview page (概览), the first tab: what the plan cuts per kind and what it saves, the most
// frequent rule findings, the units with the most items and actions, and what still needs
// checking. Every figure is a link: clicking it asks for the inventory table filtered to exactly
// those items (filterRequested). The figures come from core (report/overview.h).

#include "models/itemfilterproxy.h"
#include "report/overview.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;

namespace slimplan {

class Document;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Document &document, QWidget *parent = nullptr);

    const Overview &overview() const { return m_overview; }
    // Recomputes the figures and rebuilds the page now (it also follows the document by itself,
    // coalescing the signals of one change into one refresh).
    void refresh();

signals:
    void filterRequested(const slimplan::ItemFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void placeCards();
    QWidget *headlineCard();
    QWidget *rulesCard();
    QWidget *unitsCard(bool byActions);
    QWidget *checksCard();
    QWidget *campaignCard();
    QWidget *card(const QString &title, QGridLayout **grid);
    QPushButton *link(const QString &text, const ItemFilter &filter, const QString &name,
                      const QString &toolTip = {});

    Document &m_document;
    Overview m_overview;
    QScrollArea *m_scroll;
    QWidget *m_body = nullptr;
    QGridLayout *m_cards = nullptr;
    QList<QWidget *> m_cardWidgets; // headline first; placed in one or two columns by width
    QTimer *m_refreshTimer;
    int m_columns = 0;
};

} // namespace slimplan
