// SPDX-License-Identifier: MIT
#include "net/answerparser.h"

#include "core/decimal.h"
#include "core/timeparse.h"

#include <QHash>

#include <algorithm>
#include <simdjson.h>

namespace Usage::Net {

const AnswerFormat& answerFormat(Endpoint endpoint)
{
    static const AnswerFormat userQuery { nullptr,
        { { "user_id", Column::UserId }, { "count", Column::Requests }, { "prompt_tokens", Column::PromptTokens },
            { "completion_tokens", Column::CompletionTokens }, { "cost", Column::Cost }, { "cost_usd", Column::Cost } },
        true };
    static const AnswerFormat userMetrics { "users",
        { { "user_id", Column::UserId }, { "total_requests", Column::Requests },
            { "total_prompt_tokens", Column::PromptTokens }, { "total_completion_tokens", Column::CompletionTokens },
            { "cost", Column::Cost }, { "first_active", Column::FirstActive }, { "last_active", Column::LastActive } },
        false };
    return endpoint == Endpoint::UserQuery ? userQuery : userMetrics;
}

namespace {

    using namespace simdjson;

    QString fromView(std::string_view v)
    {
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }

    std::string_view trimmed(std::string_view t)
    {
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r'))
            t.remove_suffix(1);
        return t;
    }

    /** The text of a number or of a string; nullopt for any other type. */
    std::optional<std::string_view> numberText(ondemand::value value)
    {
        ondemand::json_type type;
        if (value.type().get(type))
            return std::nullopt;
        std::string_view text;
        if (type == ondemand::json_type::number)
            return trimmed(value.raw_json_token());
        if (type == ondemand::json_type::string && !value.get_string().get(text))
            return text;
        return std::nullopt;
    }

    /** A whole number, or a numeric string (64-bit integers may be quoted). */
    std::optional<qint64> readInteger(ondemand::value value)
    {
        const auto text = numberText(value);
        return text ? Decimal::parseInteger(*text) : std::nullopt;
    }

    /** A USD cost, number or numeric string, exactly in nano-USD. */
    std::optional<qint64> readCost(ondemand::value value)
    {
        const auto text = numberText(value);
        return text ? Decimal::parseNanos(*text) : std::nullopt;
    }

    std::optional<QString> readString(ondemand::value value)
    {
        std::string_view text;
        if (value.get_string().get(text))
            return std::nullopt;
        return fromView(text);
    }

    std::optional<qint64> readTime(ondemand::value value)
    {
        std::string_view text;
        if (value.get_string().get(text))
            return std::nullopt;
        return Time::parseTimestampMs(text);
    }

    QString expectation(Column column)
    {
        switch (column) {
        case Column::UserId:
            return QStringLiteral("a string");
        case Column::FirstActive:
        case Column::LastActive:
            return QStringLiteral("a date-time");
        default:
            return QStringLiteral("a number");
        }
    }

    /** Reads one answer with a format's field map. */
    class Reader
    {
    public:
        Reader(const AnswerFormat& format, QString* error)
            : m_format(format)
            , m_error(error)
        {
        }

        std::optional<UserQueryAnswer> read(const QByteArray& body);

    private:
        bool fail(const QString& text)
        {
            *m_error = text;
            return false;
        }
        bool invalid(const QString& where)
        {
            return fail(QStringLiteral("the answer is not valid JSON (cut short?) at ") + where);
        }
        bool readData(ondemand::value value, ondemand::json_type type);
        bool readRows(ondemand::value value, const QString& name);
        bool readRow(ondemand::object row, const QString& where);
        QString missingName(Column column) const;
        QString rowsName() const
        {
            return m_format.rowsKey ? QStringLiteral("data.") + QLatin1String(m_format.rowsKey)
                                    : QStringLiteral("data");
        }

        const AnswerFormat& m_format;
        QString* m_error;
        UserQueryAnswer m_answer;
        QHash<QString, qsizetype> m_rowOf;
        bool m_sawRows = false;
    };

    std::optional<UserQueryAnswer> Reader::read(const QByteArray& body)
    {
        ondemand::parser parser;
        const padded_string padded(body.constData(), size_t(body.size()));
        ondemand::document doc;
        ondemand::object root;
        error_code code = parser.iterate(padded).get(doc);
        if (!code)
            code = doc.get_object().get(root);
        if (code == INCOMPLETE_ARRAY_OR_OBJECT || code == UNCLOSED_STRING) {
            fail(QStringLiteral("the answer is cut short (incomplete JSON)"));
            return std::nullopt;
        }
        if (code) {
            fail(QStringLiteral("the answer is not a JSON object"));
            return std::nullopt;
        }
        for (auto field : root) {
            std::string_view key;
            ondemand::value value;
            ondemand::json_type type;
            if (field.error() || field.unescaped_key().get(key) || field.value().get(value) || value.type().get(type)) {
                invalid(QStringLiteral("the top level"));
                return std::nullopt;
            }
            if (key == "error" && type != ondemand::json_type::null) {
                std::string_view text;
                if (type == ondemand::json_type::string && !value.get_string().get(text))
                    m_answer.serverError = fromView(text);
                else
                    m_answer.serverError = fromView(value.raw_json_token()).trimmed();
                if (m_answer.serverError.isEmpty())
                    m_answer.serverError = QStringLiteral("(empty error)");
            } else if (key == "data" && type != ondemand::json_type::null && !readData(value, type)) {
                return std::nullopt;
            } // unknown top-level fields are tolerated
        }
        if (!m_answer.serverError.isEmpty())
            return std::move(m_answer);
        if (!m_sawRows) {
            fail(rowsName() + QStringLiteral(": missing"));
            return std::nullopt;
        }
        return std::move(m_answer);
    }

    bool Reader::readData(ondemand::value value, ondemand::json_type type)
    {
        if (!m_format.rowsKey)
            return readRows(value, QStringLiteral("data"));
        ondemand::object data;
        if (type != ondemand::json_type::object || value.get_object().get(data))
            return fail(QStringLiteral("data: not an object"));
        for (auto field : data) {
            std::string_view key;
            ondemand::value inner;
            if (field.error() || field.unescaped_key().get(key) || field.value().get(inner))
                return invalid(QStringLiteral("data"));
            if (key == m_format.rowsKey) {
                if (!readRows(inner, rowsName()))
                    return false;
            } else if (key == "count") {
                m_answer.serverCount = readInteger(inner);
            }
        }
        return true;
    }

    bool Reader::readRows(ondemand::value value, const QString& name)
    {
        m_sawRows = true;
        ondemand::array rows;
        if (value.get_array().get(rows))
            return fail(name + QStringLiteral(": not an array"));
        qsizetype index = 0;
        for (auto element : rows) {
            const QString where = QStringLiteral("%1[%2]").arg(name).arg(index++);
            ondemand::object row;
            if (element.error())
                return invalid(where);
            if (element.get_object().get(row))
                return fail(where + QStringLiteral(": not an object"));
            if (!readRow(row, where))
                return false;
        }
        return true;
    }

    bool Reader::readRow(ondemand::object row, const QString& where)
    {
        std::optional<qint64> numbers[5]; // indexed by Column, UserId's slot unused
        std::optional<QString> userId;
        std::optional<qint64> first, last;
        for (auto rf : row) {
            std::string_view name;
            ondemand::value v;
            if (rf.error() || rf.unescaped_key().get(name) || rf.value().get(v))
                return invalid(where);
            const auto spec = std::find_if(m_format.fields.cbegin(), m_format.fields.cend(),
                [name](const FieldName& f) { return name == f.name; });
            if (spec == m_format.fields.cend())
                continue;
            bool ok = false;
            switch (spec->column) {
            case Column::UserId:
                ok = (userId = readString(v)).has_value();
                break;
            case Column::Cost:
                ok = (numbers[int(Column::Cost)] = readCost(v)).has_value();
                break;
            case Column::FirstActive:
                ok = (first = readTime(v)).has_value();
                break;
            case Column::LastActive:
                ok = (last = readTime(v)).has_value();
                break;
            default:
                ok = (numbers[int(spec->column)] = readInteger(v)).has_value();
                break;
            }
            if (!ok)
                return fail(
                    where + QLatin1Char('.') + fromView(name) + QStringLiteral(": not ") + expectation(spec->column));
        }
        for (const Column c :
            { Column::UserId, Column::Requests, Column::PromptTokens, Column::CompletionTokens, Column::Cost }) {
            if (c == Column::UserId ? !userId : !numbers[int(c)])
                return fail(where + QStringLiteral(": field %1 is missing").arg(missingName(c)));
        }
        GroupUsage usage;
        usage.id = *userId;
        usage.totals.requests = *numbers[int(Column::Requests)];
        usage.totals.promptTokens = *numbers[int(Column::PromptTokens)];
        usage.totals.completionTokens = *numbers[int(Column::CompletionTokens)];
        usage.totals.costNanos = *numbers[int(Column::Cost)];
        if (usage.totals.requests < 0 || usage.totals.promptTokens < 0 || usage.totals.completionTokens < 0)
            return fail(where + QStringLiteral(": a negative count"));
        if (first && last) {
            usage.firstMs = *first;
            usage.lastMs = *last;
        }
        const auto it = m_rowOf.constFind(usage.id);
        if (it == m_rowOf.constEnd()) {
            m_rowOf.insert(usage.id, m_answer.rows.size());
            m_answer.rows.append(std::move(usage));
        } else if (m_format.sumRepeatedIds) {
            m_answer.rows[*it].totals.add(usage.totals);
        }
        return true;
    }

    /** "cost", or "cost (or cost_usd)" when several names fill the column. */
    QString Reader::missingName(Column column) const
    {
        QStringList names;
        for (const FieldName& f : m_format.fields) {
            if (f.column == column)
                names.append(QLatin1String(f.name));
        }
        const QString first = names.takeFirst();
        return names.isEmpty() ? first : first + QStringLiteral(" (or %1)").arg(names.join(QStringLiteral(", ")));
    }

} // namespace

std::optional<UserQueryAnswer> parseAnswer(Endpoint endpoint, const QByteArray& body, QString* error)
{
    return Reader(answerFormat(endpoint), error).read(body);
}

} // namespace Usage::Net
