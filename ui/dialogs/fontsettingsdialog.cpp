#include "dialogs/fontsettingsdialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace slimplan {

namespace {
QString roleLabel(FontRole role)
{
    switch (role) {
    case FontRole::XiaoBiaoSong: return FontSettingsDialog::tr("Title (%1):");
    case FontRole::FangSong: return FontSettingsDialog::tr("Body (%1):");
    case FontRole::KaiTi: return FontSettingsDialog::tr("Second-level headings (%1):");
    case FontRole::HeiTi: return FontSettingsDialog::tr("First-level headings (%1):");
    case FontRole::SongTi: return FontSettingsDialog::tr("Page numbers and tables (%1):");
    }
    return QString();
}
} // namespace

FontSettingsDialog::FontSettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Document Fonts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Official documents use the official fonts when they are installed. "
                                "Otherwise a font from a Debian package stands in; every font must "
                                "pass the text-extraction check (用/身/方 searchable in the PDF)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    const QStringList families = OfficialFonts::installedCjkFamilies();
    for (FontRole role : OfficialFonts::roles()) {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("Automatic"), QString());
        for (const QString &family : families)
            combo->addItem(family, family);
        const QString current = Settings::fontOverride(role);
        if (!current.isEmpty()) {
            if (combo->findData(current) < 0)
                combo->addItem(current, current); // chosen earlier, not installed now
            combo->setCurrentIndex(combo->findData(current));
        }
        auto *status = new QLabel(this);
        status->setWordWrap(true);
        form->addRow(roleLabel(role).arg(OfficialFonts::officialName(role, true)), combo);
        form->addRow(QString(), status);
        const int index = int(m_rows.size());
        m_rows.push_back({role, combo, status});
        connect(combo, &QComboBox::currentIndexChanged, this, [this, index] { updateStatus(index); });
        updateStatus(index);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QComboBox *FontSettingsDialog::combo(FontRole role) const
{
    for (const Row &r : m_rows)
        if (r.role == role)
            return r.combo;
    return nullptr;
}

void FontSettingsDialog::apply()
{
    for (const Row &r : m_rows)
        Settings::setFontOverride(r.role, r.combo->currentData().toString());
}

void FontSettingsDialog::updateStatus(int index)
{
    const Row &row = m_rows[std::size_t(index)];
    const ResolvedFont f = OfficialFonts::resolve(row.role, row.combo->currentData().toString());
    QString text = f.substituted ? tr("Uses %1 in place of %2.").arg(f.used, f.wanted)
                                 : tr("Uses %1.").arg(f.used);
    if (!f.refused.isEmpty())
        text += QLatin1Char(' ') + tr("Refused: %1.").arg(f.refused.join(QStringLiteral("; ")));
    if (!f.extractionOk)
        text += QLatin1Char(' ') + tr("Warning: %1.").arg(f.note);
    row.status->setText(text);
}

} // namespace slimplan
