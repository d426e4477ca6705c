#pragma once
// Opening a zip spreadsheet (.xlsx, .ods) as the sources of its visible sheets: the book is loaded
// once (its structure, shared by every sheet), and each sheet not marked hidden (often a list
// behind drop-downs) becomes one source, in the book's order.

#include "import/tablesource.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace slimplan {

// Source(path, book, index) reads sheet index of book; Book::load(path, &error) refuses a file
// with a message; sheetsOf lists the sheets (each with a `hidden` flag). With no visible sheet:
// no sources and *error = noVisibleSheet().
template <typename Source, typename Book, typename Info>
std::vector<std::unique_ptr<TableSource>>
openVisibleSheets(const QString &path, QString *error, const QList<Info> &(Book::*sheetsOf)() const,
                  QString (*noVisibleSheet)())
{
    std::vector<std::unique_ptr<TableSource>> sources;
    QString why;
    const std::shared_ptr<const Book> book = Book::load(path, &why);
    if (!book) {
        if (error)
            *error = why;
        return sources;
    }
    const QList<Info> &sheets = ((*book).*sheetsOf)();
    for (int i = 0; i < sheets.size(); ++i) {
        if (!sheets.at(i).hidden)
            sources.push_back(std::make_unique<Source>(path, book, i));
    }
    if (sources.empty() && error)
        *error = noVisibleSheet();
    return sources;
}

} // namespace slimplan
