#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slimplan {

namespace {
QString plain(QString text)
{
    // "&Open Project…" → "Open Project…"; "&&" stays one "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar &bar, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    for (const QAction *a : bar.actions())
        if (a->menu())
            addMenu(*a->menu(), plain(a->text()));
    addGroup(tr("In tables and lists"));
    addRow(tr("Move between controls"), tr("Tab / Shift+Tab"));
    addRow(tr("Select several rows"), tr("Shift+arrow keys, Ctrl+click"));
    addRow(tr("Sort by a column"), tr("click its header"));
    addRow(tr("Open a figure of the overview as a filtered table"), tr("Space on the figure"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 600);
}

void ShortcutsDialog::addGroup(const QString &title)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(title);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setFlags(Qt::ItemIsEnabled);
    m_table->setItem(row, 0, item);
    m_table->setSpan(row, 0, 1, 2);
}

void ShortcutsDialog::addRow(const QString &what, const QString &key)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(what));
    m_table->setItem(row, 1, new QTableWidgetItem(key));
}

// A menu's actions with keys, under the menu's title; submenus follow as their own groups.
void ShortcutsDialog::addMenu(const QMenu &menu, const QString &title)
{
    bool grouped = false;
    for (const QAction *a : menu.actions()) {
        if (a->menu()) {
            addMenu(*a->menu(), title + QStringLiteral(" ▸ ") + plain(a->text()));
            continue;
        }
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty())
            continue;
        if (!grouped) {
            addGroup(title);
            grouped = true;
        }
        // One row per key: redo has Ctrl+Shift+Z and the platform's own.
        for (const QKeySequence &key : keys)
            addRow(plain(a->text()), key.toString(QKeySequence::NativeText));
    }
}

} // namespace slimplan
