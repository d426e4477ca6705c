#include "dialogs/overridedialog.h"

#include "actioncolors.h"
#include "document.h"
#include "settings.h"
#include "util/i18n.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slimplan {

OverrideDialog::OverrideDialog(const Document &document, int row, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_row(row)
    , m_action(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const Item &item = document.inventory().at(row);
    const Decision &d = document.plan().decisions[std::size_t(row)];
    setWindowTitle(tr("Override the recommendation"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>%1</b><br>Recommended: %2. %3")
                                 .arg(item.name.toHtmlEscaped(), actionLabel(document.recommendedAction(row)),
                                      d.reason(isChinese()).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (int a = 0; a < kActionCount; ++a) {
        QPixmap swatch(12, 12);
        swatch.fill(actionColor(Action(a)));
        m_action->addItem(QIcon(swatch), actionLabel(Action(a)), a);
    }
    m_action->setCurrentIndex(int(d.action));
    form->addRow(tr("&Action:"), m_action);

    // Targets: the other members of the item's family and its overlap partners, then the
    // provincial platforms of the profile; any other text may be typed.
    m_target->setEditable(true);
    m_target->addItem(QString(), QString());
    QList<int> candidates;
    const OverlapResult &ov = document.overlap();
    if (std::size_t(row) < ov.familyOf.size() && ov.familyOf[std::size_t(row)] >= 0)
        for (int m : ov.families[std::size_t(ov.familyOf[std::size_t(row)])])
            if (m != row && !candidates.contains(m))
                candidates << m;
    for (int e : document.edgesOf(row)) {
        const OverlapEdge &edge = ov.edges[std::size_t(e)];
        const int other = edge.a == row ? edge.b : edge.a;
        if (!candidates.contains(other))
            candidates << other;
    }
    for (int c : candidates)
        m_target->addItem(document.inventory().at(c).name, document.inventory().at(c).id);
    m_target->addItem(document.profile().provincialPlatform, document.profile().provincialPlatform);
    m_target->addItem(document.profile().provincialApp, document.profile().provincialApp);
    if (!d.target.isEmpty()) {
        const int i = m_target->findData(d.target);
        if (i >= 0)
            m_target->setCurrentIndex(i);
        else
            m_target->setEditText(d.target);
    }
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Reason (required):"), m_reason);
    m_reason->setPlaceholderText(tr("Why the plan differs from the recommendation, for the report"));
    m_reason->setTabChangesFocus(true);
    layout->addLayout(form);
    m_hint->setStyleSheet(QStringLiteral("color:#a33"));
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateState);
    connect(m_target, &QComboBox::editTextChanged, this, &OverrideDialog::updateState);
    connect(m_action, &QComboBox::currentIndexChanged, this, &OverrideDialog::updateState);
    resize(480, 320);
    updateState();
}

Override OverrideDialog::result() const
{
    Override o;
    o.itemId = m_document.inventory().at(m_row).id;
    o.action = Action(m_action->currentData().toInt());
    const bool needsTarget = o.action == Action::Merge || o.action == Action::Migrate;
    if (needsTarget)
        o.target = chosenTarget(*m_target);
    o.reason = m_reason->toPlainText().trimmed();
    o.who = Settings::userName();
    o.when = QDateTime::currentDateTime();
    return o;
}

QString OverrideDialog::chosenTarget(const QComboBox &box)
{
    const int i = box.currentIndex();
    const QString text = box.currentText().trimmed();
    return i >= 0 && box.itemText(i) == text ? box.itemData(i).toString() : text;
}

void OverrideDialog::setAction(Action action) { m_action->setCurrentIndex(int(action)); }
void OverrideDialog::setTarget(const QString &target) { m_target->setEditText(target); }
void OverrideDialog::setReason(const QString &reason) { m_reason->setPlainText(reason); }

QString OverrideDialog::problem() const
{
    const Override o = result();
    if ((o.action == Action::Merge || o.action == Action::Migrate)) {
        if (o.target.isEmpty())
            return tr("Merge and migrate need a target: the item or platform it goes into.");
        if (o.target == o.itemId)
            return tr("An item cannot merge or migrate into itself.");
    }
    if (o.reason.isEmpty())
        return tr("A reason is required.");
    return {};
}

bool OverrideDialog::canAccept() const
{
    return problem().isEmpty();
}

void OverrideDialog::updateState()
{
    const Action a = Action(m_action->currentData().toInt());
    m_target->setEnabled(a == Action::Merge || a == Action::Migrate);
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_hint->setText(why);
}

} // namespace slimplan
