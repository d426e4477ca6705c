#include "models/importfilesmodel.h"

#include <QColor>

namespace slimplan {

ImportFilesModel::ImportFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportFilesModel::setFiles(std::vector<FileImportSummary> files,
                                std::function<QString(const QString &)> displayName)
{
    beginResetModel();
    m_files = std::move(files);
    m_names.clear();
    for (const FileImportSummary &f : m_files)
        m_names << (displayName ? displayName(f.file) : f.file);
    endResetModel();
}

void ImportFilesModel::clear()
{
    setFiles({}, {});
}

ImportFilesModel::Status ImportFilesModel::status(const FileImportSummary &f)
{
    if (f.noItemsReported && !f.refused)
        return Status::NoItemsReported;
    if (f.refused || f.rowsKept + f.rowsFolded == 0)
        return Status::NotImported;
    return Status::Imported;
}

QString ImportFilesModel::statusText(Status s)
{
    switch (s) {
    case Status::Imported:
        return tr("imported");
    case Status::NoItemsReported:
        return tr("no items reported");
    case Status::NotImported:
        return tr("not imported");
    }
    return {};
}

void ImportFilesModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_files.empty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

int ImportFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ImportFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FileImportSummary &f = m_files[std::size_t(index.row())];
    if (role == PathRole)
        return f.file;
    const Status s = status(f);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case FileColumn:
            return m_names.value(index.row());
        case UnitColumn:
            return f.unit;
        case ReadColumn:
            return f.rowsRead;
        case KeptColumn:
            return f.rowsKept;
        case FoldedColumn:
            return f.rowsFolded;
        case ErrorsColumn:
            return f.errors;
        case WarningsColumn:
            return f.warnings;
        case StatusColumn:
            return statusText(s);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return f.file;
    if (role == Qt::TextAlignmentRole && index.column() >= ReadColumn && index.column() <= WarningsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if ((index.column() == ErrorsColumn && f.errors > 0) || (index.column() == StatusColumn && s == Status::NotImported))
            return QColor(0xb0, 0x20, 0x20);
        if (index.column() == WarningsColumn && f.warnings > 0)
            return QColor(0x99, 0x66, 0x00);
        if (index.column() == StatusColumn && s == Status::NoItemsReported)
            return QColor(0x55, 0x55, 0x55);
    }
    return {};
}

QVariant ImportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case UnitColumn:
        return tr("Unit");
    case ReadColumn:
        return tr("Rows read");
    case KeptColumn:
        return tr("Kept");
    case FoldedColumn:
        return tr("Folded");
    case ErrorsColumn:
        return tr("Errors");
    case WarningsColumn:
        return tr("Warnings");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace slimplan
