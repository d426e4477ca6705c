#include "import/returnshape.h"

#include "import/normalize.h"

namespace slimplan {

namespace {

bool isNumberCell(QStringView c)
{
    const QStringView t = trimSpaces(c);
    if (t.isEmpty())
        return false;
    for (QChar ch : t) {
        if (!ch.isDigit() && ch != QLatin1Char('.'))
            return false;
    }
    return true;
}

// The words after which a unit line's own cell says something else (a date, a contact).
constexpr const char16_t *kUnitLineStops[] = {u"填报日期", u"填表日期", u"报送日期", u"日期：", u"日期:",
                                              u"联系人", u"联系电话", u"填报人", u"填表人", u"负责人"};

QString cutAtStops(QString value)
{
    for (const char16_t *w : kUnitLineStops) {
        const qsizetype at = value.indexOf(QStringView(w));
        if (at >= 0)
            value.truncate(at);
    }
    return trimSpaces(value).toString();
}

} // namespace

QString unitLineOwner(const RawRow &row)
{
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        const QString folded = foldWidth(trimSpaces(row.cells.at(i)));
        QString text = folded;
        text.remove(QLatin1Char(' '));
        qsizetype at = -1;
        for (const char16_t *w : {u"填报单位", u"单位名称", u"报送单位", u"填表单位"}) {
            if (text.startsWith(QStringView(w))) {
                at = QStringView(w).size();
                break;
            }
        }
        if (at < 0)
            continue;
        // （盖章） or (盖章) between the label and the colon.
        for (const char16_t *seal : {u"(盖章)", u"（盖章）", u"(公章)", u"（公章）"}) {
            if (QStringView(text).mid(at).startsWith(QStringView(seal)))
                at += QStringView(seal).size();
        }
        if (at >= text.size() || (text.at(at) != QLatin1Char(':') && text.at(at) != QChar(u'：')))
            return {};
        QString value = cutAtStops(text.mid(at + 1));
        for (qsizetype j = i + 1; value.isEmpty() && j < row.cells.size(); ++j) {
            const QStringView next = trimSpaces(row.cells.at(j));
            if (next.isEmpty())
                continue;
            value = cutAtStops(next.toString());
            break;
        }
        return value;
    }
    return {};
}

bool isNoItemsAnswer(QStringView text)
{
    QString t = foldWidth(trimSpaces(text));
    t.remove(QLatin1Char(' '));
    t.removeIf([](QChar c) {
        return c == u'(' || c == u')' || c == u'（' || c == u'）' || c == u'。' || c == u'.';
    });
    if (t.isEmpty())
        return false;
    for (const char16_t *w : {u"无", u"暂无", u"没有", u"无此项", u"无此类", u"本单位无", u"本单位暂无"}) {
        if (t == QStringView(w))
            return true;
    }
    for (const char16_t *w : {u"本单位无", u"本单位暂无", u"本单位没有", u"本单位未", u"我单位无",
                              u"我单位暂无", u"我单位未", u"暂无政务", u"无政务"}) {
        if (t.startsWith(QStringView(w)))
            return true;
    }
    return false;
}

bool isNoItemsRow(const RawRow &row)
{
    QStringView answer;
    for (const QString &c : row.cells) {
        const QStringView t = trimSpaces(c);
        if (t.isEmpty() || isNumberCell(t))
            continue;
        if (!answer.isEmpty())
            return false; // two texts: a row with a name and an owner, not an answer
        answer = t;
    }
    return isNoItemsAnswer(answer);
}

QString stripQuantityWords(QStringView text)
{
    QString t = foldWidth(trimSpaces(text));
    t.remove(QLatin1Char(' '));
    for (const char16_t *w : {u"大约", u"约计", u"约", u"近", u"超过", u"逾", u"不足", u"共计", u"共"}) {
        if (t.startsWith(QStringView(w))) {
            t.remove(0, QStringView(w).size());
            break;
        }
    }
    for (const char16_t *w : {u"左右", u"余", u"多", u"以上"}) {
        if (t.endsWith(QStringView(w))) {
            t.chop(QStringView(w).size());
            break;
        }
    }
    t.remove(QLatin1Char('(')); // 12.5(万元)
    t.remove(QLatin1Char(')'));
    return t;
}

QuantityUnit quantityUnit(QStringView text)
{
    const QString t = stripQuantityWords(text);
    if (t.endsWith(QChar(u'元')) || t.startsWith(QChar(u'¥'))
        || t.startsWith(QChar(u'￥')))
        return QuantityUnit::Money;
    for (const char16_t *w : {u"人", u"个", u"户", u"名", u"位", u"条", u"篇", u"次"}) {
        if (t.endsWith(QStringView(w)))
            return QuantityUnit::Count;
    }
    return QuantityUnit::None;
}

bool isInstructionSheet(const QString &sheetName)
{
    const QString n = sheetName.trimmed();
    return n == QStringLiteral("说明") || n.endsWith(QStringLiteral("填写说明"))
        || n.endsWith(QStringLiteral("填表说明"))
        || n.compare(QLatin1String("Instructions"), Qt::CaseInsensitive) == 0;
}

} // namespace slimplan
