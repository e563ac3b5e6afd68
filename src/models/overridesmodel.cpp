// SPDX-License-Identifier: MIT
#include "models/overridesmodel.h"

#include "core/csvparse.h"
#include "core/export/csvexport.h"
#include "core/pricing/overridesrow.h"
#include "core/pricing/overridessource.h"

#include <QBrush>
#include <QColor>

#include <utility>

using namespace Usage::Pricing;

namespace {
constexpr int kColumns = kOverridesColumnCount;

QStringList emptyRow()
{
    return QStringList(kColumns, QString());
}

// "row 3": the row's line in the file, the header being row 1.
QString where(int row)
{
    return QStringLiteral("row %1").arg(row + 2);
}
} // namespace

OverridesModel::OverridesModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int OverridesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverridesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant OverridesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString& error = m_errors[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_rows[index.row()][index.column()];
    case Qt::ToolTipRole:
    case ErrorRole:
        return error.isEmpty() && role == Qt::ToolTipRole ? QVariant() : QVariant(error);
    case Qt::BackgroundRole:
        return error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0xf8, 0xd0, 0xcc)));
    case Qt::ForegroundRole: // dark text on the light mark, in a dark theme too
        return error.isEmpty() ? QVariant() : QVariant(QBrush(QColor(0x20, 0x20, 0x20)));
    default:
        return {};
    }
}

bool OverridesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString text = value.toString().trimmed();
    if (m_rows[index.row()][index.column()] == text)
        return true;
    m_rows[index.row()][index.column()] = text;
    validate();
    // an edit can change other cells' errors (the model's pattern with the match, repeated start dates)
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, kColumns - 1));
    return true;
}

QVariant OverridesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 2; // as rows are numbered in the file and its errors
    return QLatin1String(overridesColumnName(section));
}

Qt::ItemFlags OverridesModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

bool OverridesModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, emptyRow());
    validate();
    endInsertRows();
    if (rowCount() > count) // the inserted rows move the row numbers of the errors below them
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumns - 1));
    return true;
}

bool OverridesModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    validate();
    endRemoveRows();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumns - 1));
    return true;
}

void OverridesModel::setRows(const QList<QStringList>& rows)
{
    beginResetModel();
    m_rows.clear();
    for (QStringList row : rows) {
        row.resize(kColumns);
        for (QString& text : row)
            text = text.trimmed();
        m_rows.append(row);
    }
    validate();
    endResetModel();
}

QByteArray OverridesModel::toCsv() const
{
    QByteArray out = QByteArray(OverridesSource::kHeader) + '\n';
    for (const QStringList& row : m_rows) {
        for (int column = 0; column < kColumns; ++column) {
            if (column > 0)
                out += ',';
            out += Usage::Export::quoteCsvField(row[column].toUtf8());
        }
        out += '\n';
    }
    return out;
}

bool OverridesModel::loadCsv(const QString& file, const QByteArray& data, PriceError* error)
{
    if (!OverridesSource::read(file, data, error))
        return false;
    // the reader accepted it: take the cells as written, skipping the header and blank lines as it does
    QList<QStringList> rows;
    const char* p = data.constData() + (data.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    const char* end = data.constData() + data.size();
    std::vector<std::string_view> fields;
    std::string scratch;
    bool header = true;
    while (p < end) {
        Usage::Csv::parseRecord(p, end, fields, scratch);
        if (std::exchange(header, false) || (fields.size() == 1 && overridesTrimmed(fields[0]).empty()))
            continue;
        QStringList row;
        for (std::string_view field : fields)
            row.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        rows.append(row);
    }
    setRows(rows);
    return true;
}

QString OverridesModel::cellError(int row, int column) const
{
    return m_errors.value(row).value(column);
}

int OverridesModel::errorCount() const
{
    int count = 0;
    for (const QStringList& row : m_errors)
        for (const QString& error : row)
            count += error.isEmpty() ? 0 : 1;
    return count;
}

QString OverridesModel::firstError() const
{
    for (const QStringList& row : m_errors)
        for (const QString& error : row)
            if (!error.isEmpty())
                return error;
    return {};
}

void OverridesModel::validate()
{
    struct Seen
    {
        std::string provider, model, match;
        std::int64_t startMs = 0;
    };
    std::vector<Seen> seen;
    m_errors.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        std::vector<QByteArray> utf8;
        for (const QString& text : m_rows[row])
            utf8.push_back(text.toUtf8());
        const std::vector<std::string_view> fields(utf8.begin(), utf8.end());
        QStringList errors;
        for (int column = 0; column < kColumns; ++column) {
            const QString why = overridesFieldError(fields, column);
            errors.append(why.isEmpty()
                    ? QString()
                    : QStringLiteral("%1: %2: %3").arg(where(row), QLatin1String(overridesColumnName(column)), why));
        }
        QString field, message;
        if (const std::optional<OverridesRow> parsed = parseOverridesRow(fields, &field, &message)) {
            const int dateColumn = int(OverridesColumn::StartDate);
            for (const Seen& other : seen)
                if (other.provider == parsed->provider && other.model == parsed->model && other.match == parsed->match
                    && other.startMs == parsed->dated.startMs)
                    errors[dateColumn] = QStringLiteral("%1: %2: %3")
                                             .arg(where(row), QLatin1String(overridesColumnName(dateColumn)),
                                                 overridesRepeatedDateMessage());
            seen.push_back(Seen { parsed->provider, parsed->model, parsed->match, parsed->dated.startMs });
        }
        m_errors.append(errors);
    }
}
