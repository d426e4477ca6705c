#pragma once
// The small .xlsx workbook a survey sheet (核查表) needs and XlsxStreamWriter does not give: title
// rows above the header, merged cells, hidden columns, drop-down lists (data validation), cells
// filled yellow with a note (comment) and a frozen corner. A unit's sheet has at most a few
// thousand cells, so a sheet is built in memory and written at save(). Written through QuaZip for
// the reason xlsxstreamwriter.h gives; cell values are always values (inline strings, never
// formulas).

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace slimplan {

class SurveyXlsxBook
{
public:
    enum class Style : std::uint8_t {
        Default = 0, Title, Header, Cell, CellNumber, CellDate, Missing, MissingNumber, MissingDate,
        Wrap, Bold, Hint
    };

    // Starts a new sheet; the calls below go to it. Rows and columns are 0-based.
    void addSheet(const QString &name);
    void setColumn(int col, double width, bool hidden = false);
    void setRowHeight(int row, double points);
    // Freezes the rows above `row` and the columns left of `col`.
    void freeze(int row, int col);
    void text(int row, int col, const QString &value, Style style = Style::Cell); // empty = styled blank
    void number(int row, int col, double value, Style style = Style::Cell);
    void date(int row, int col, const QDate &value, Style style = Style::CellDate);
    void blank(int row, int col, Style style = Style::Cell);
    void merge(int row, int col, int lastRow, int lastCol);
    // A drop-down over rows [firstRow, lastRow] of `col`: one of `values` (an error on anything
    // else when strict, a warning Excel lets the user confirm otherwise).
    void listValidation(int col, int firstRow, int lastRow, const QStringList &values, bool strict = true);
    // A note on a cell (Excel's comment, shown on hover).
    void comment(int row, int col, const QString &text);

    // Writes the workbook to `path`. False with *error set (the file is then removed).
    bool save(const QString &path, QString *error) const;

    // "A", "B", …, "AA" for 0, 1, …, 26.
    static QByteArray columnName(int col);

private:
    struct Column
    {
        double width = 10;
        bool hidden = false;
    };
    struct Validation
    {
        int col = 0;
        int firstRow = 0;
        int lastRow = 0;
        QStringList values;
        bool strict = true;
    };
    struct Note
    {
        int row = 0;
        int col = 0;
        QString text;
    };
    struct Sheet
    {
        QString name;
        std::map<int, Column> columns;
        std::map<int, double> heights;
        std::map<int, std::map<int, QByteArray>> cells; // row → col → the <c> element
        std::vector<QByteArray> merges;
        std::vector<Validation> validations;
        std::vector<Note> notes;
        int freezeRow = 0;
        int freezeCol = 0;
    };
    void put(int row, int col, const char *type, Style style, const QByteArray &inner);
    static QByteArray sheetXml(const Sheet &sheet, int index);
    static QByteArray commentsXml(const Sheet &sheet);
    static QByteArray vmlXml(const Sheet &sheet);
    QByteArray workbookXml() const;
    QByteArray contentTypesXml() const;

    std::vector<Sheet> m_sheets;
};

} // namespace slimplan
