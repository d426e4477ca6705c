#pragma once
// The scenarios of the open project in the main window (issue #20): a switcher in its own tool
// bar (基线方案 + each scenario), and Plan ▸ Scenarios ▸ New…, Compare…, Promote to Plan….

#include <QObject>

class QAction;
class QComboBox;
class QMainWindow;
class QMenu;
class QToolBar;

namespace slimplan {

class Document;
struct PolicyProfile;

class ScenarioController : public QObject
{
    Q_OBJECT
public:
    ScenarioController(Document &document, QMainWindow &window, QMenu &planMenu);

    QComboBox *switcher() const { return m_switcher; }
    QAction *newScenario() const { return m_new; }
    QAction *compareScenarios() const { return m_compare; }
    QAction *promoteScenario() const { return m_promote; }

    // The steps behind the actions, without their dialogs (tests and the actions share them).
    bool create(const QString &name, const QString &from, const PolicyProfile &profile,
                QString *error = nullptr);
    bool promote(const QString &name, QString *error = nullptr);

    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void switchTo(int index);
    void showNewDialog();
    void showCompareDialog();
    void confirmPromote();
    void showError(const QString &message);

    Document &m_document;
    QMainWindow &m_window;
    QToolBar *m_bar;
    QComboBox *m_switcher;
    QMenu *m_menu;
    QAction *m_new, *m_compare, *m_promote;
    bool m_refreshing = false;
};

} // namespace slimplan
