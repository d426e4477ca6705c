#pragma once
// The per-file report of an import as a table: one row per return with its unit, rows read, kept
// and folded, errors, warnings and whether it was imported, shown before the user accepts.

#include "import/importreport.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <vector>

namespace slimplan {

class ImportFilesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FileColumn, UnitColumn, ReadColumn, KeptColumn, FoldedColumn, ErrorsColumn,
                  WarningsColumn, StatusColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1 };
    enum class Status { Imported, NoItemsReported, NotImported };

    explicit ImportFilesModel(QObject *parent = nullptr);

    // displayName: the name a file is shown under (relative to the folder it was found in).
    void setFiles(std::vector<FileImportSummary> files, std::function<QString(const QString &)> displayName);
    void clear();
    const FileImportSummary &file(int row) const { return m_files[std::size_t(row)]; }
    static Status status(const FileImportSummary &f);
    static QString statusText(Status s);
    // Headers are read through tr() on every call, so a language switch only needs this signal.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FileImportSummary> m_files;
    QStringList m_names;
};

} // namespace slimplan
