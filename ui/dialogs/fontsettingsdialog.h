#pragma once
// View ▸ Document Fonts…: the font of each role of an official document (小标宋 title, 仿宋 body,
// 楷体 and 黑体 headings, 宋体 page numbers). Each role is "Automatic" (the official family when
// installed, else a stand-in from a Debian package) or a family the user picks; the page shows
// which font each role resolves to now and which fonts were refused by the extraction check.

#include "report/officialfonts.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;

namespace slimplan {

class FontSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FontSettingsDialog(QWidget *parent = nullptr);

    // The combo box of a role (tests).
    QComboBox *combo(FontRole role) const;
    // Stores the choices in the settings (OK).
    void apply();

private:
    void updateStatus(int index);

    struct Row
    {
        FontRole role;
        QComboBox *combo;
        QLabel *status;
    };
    std::vector<Row> m_rows;
};

} // namespace slimplan
