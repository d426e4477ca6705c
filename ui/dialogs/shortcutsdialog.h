#pragma once
// Help ▸ Keyboard Shortcuts: every menu action that has a key, read from the menu bar itself (so
// the list cannot drift from the keys that work), grouped by menu, plus the keys of the views.

#include <QDialog>

class QMenu;
class QMenuBar;
class QTableWidget;

namespace slimplan {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar &bar, QWidget *parent = nullptr);

private:
    void addGroup(const QString &title);
    void addRow(const QString &what, const QString &key);
    void addMenu(const QMenu &menu, const QString &title);

    QTableWidget *m_table;
};

} // namespace slimplan
