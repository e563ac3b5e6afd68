// SPDX-License-Identifier: MIT
#include "core/requests/requestdetailsscan.h"

#include "core/csvparse.h"
#include "core/readers/heliconejsonarrayreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <string>
#include <vector>

namespace Usage::Requests {
namespace {

    /**
     * True when a "request_id" key of a record, found without parsing it, has a wanted value; a body may hold the
     * key too, so every one counts.
     */
    bool mayBeWanted(QByteArrayView record, const QSet<QString>& ids)
    {
        static const QByteArray key = QByteArrayLiteral("\"request_id\"");
        for (qsizetype at = record.indexOf(key); at >= 0; at = record.indexOf(key, at)) {
            at += key.size();
            while (at < record.size() && QByteArrayView(" :\t\r\n").contains(record[at]))
                ++at;
            if (at >= record.size() || record[at] != '"')
                continue;
            const qsizetype end = record.indexOf('"', at + 1);
            if (end < 0)
                return false;
            if (ids.contains(QString::fromUtf8(record.sliced(at + 1, end - at - 1))))
                return true;
            at = end;
        }
        return false;
    }

    QByteArray bodyText(const QJsonValue& value)
    {
        if (value.isObject())
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return value.toString().toUtf8();
    }

    RequestDetails detailsOf(const QJsonObject& o)
    {
        RequestDetails d;
        d.requestBody = bodyText(o.value(QLatin1String("request_body")));
        d.responseBody = bodyText(o.value(QLatin1String("response_body")));
        const QJsonValue properties = o.value(QLatin1String("request_properties"));
        if (properties.isObject())
            d.propertiesJson = QJsonDocument(properties.toObject()).toJson(QJsonDocument::Compact);
        const QJsonValue delay = o.value(QLatin1String("delay_ms"));
        if (delay.isDouble())
            d.latencyMs = std::int64_t(delay.toDouble());
        const QJsonValue status = o.value(QLatin1String("response_status"));
        if (status.isDouble())
            d.status = status.toInt();
        return d;
    }

    /** Keeps one JSON record when its id is wanted; the parsed request_id decides, the later record wins. */
    void takeJson(QByteArrayView record, const QSet<QString>& ids, QHash<QString, RequestDetails>& found)
    {
        if (!mayBeWanted(record, ids))
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(record.toByteArray());
        const QString key = doc.object().value(QLatin1String("request_id")).toString();
        if (doc.isObject() && ids.contains(key))
            found.insert(key, detailsOf(doc.object()));
    }

    class Scanner : public DetailsScanner
    {
    public:
        Scanner(const QSet<QString>& ids, QHash<QString, RequestDetails>& found)
            : m_ids(ids)
            , m_found(found)
        {
        }

    protected:
        const QSet<QString>& m_ids;
        QHash<QString, RequestDetails>& m_found;
    };

    class JsonLinesScanner final : public Scanner
    {
    public:
        using Scanner::Scanner;
        size_t scan(std::string_view buffer, bool atEof) override
        {
            const QByteArrayView b(buffer.data(), qsizetype(buffer.size()));
            qsizetype start = 0;
            for (qsizetype end = b.indexOf('\n'); end >= 0 || (atEof && start < b.size());
                 end = b.indexOf('\n', start)) {
                const qsizetype stop = end >= 0 ? end : b.size();
                takeJson(b.sliced(start, stop - start), m_ids, m_found);
                start = stop + 1;
            }
            return size_t(std::min(start, b.size()));
        }
    };

    /** The elements as HeliconeJsonArrayReader splits them. */
    class JsonArrayScanner final : public Scanner
    {
    public:
        JsonArrayScanner(const QSet<QString>& ids, QHash<QString, RequestDetails>& found)
            : Scanner(ids, found)
            , m_split(ReaderOptions {})
        {
        }
        size_t scan(std::string_view buffer, bool atEof) override
        {
            const SplitResult split = m_split.split(buffer, atEof);
            for (const auto& [begin, end] : split.spans)
                takeJson(QByteArrayView(buffer.data() + begin, qsizetype(end - begin)), m_ids, m_found);
            return split.fatalOffset ? std::string_view::npos : split.consumed;
        }

    private:
        HeliconeJsonArrayReader m_split;
    };

    class CsvScanner final : public Scanner
    {
    public:
        using Scanner::Scanner;
        size_t scan(std::string_view buffer, bool atEof) override
        {
            const size_t complete = atEof ? buffer.size() : Csv::lastRecordBoundary(buffer);
            const char* p = buffer.data();
            const char* const end = p + complete;
            while (p < end) {
                if (!Csv::parseRecord(p, end, m_fields, m_scratch))
                    continue; // moved to the next line
                if (!m_header)
                    readHeader();
                else if (m_id >= 0 && m_fields.size() == m_columns)
                    take();
            }
            return complete;
        }

    private:
        void readHeader()
        {
            m_header = true;
            m_columns = m_fields.size();
            auto column = [this](std::initializer_list<std::string_view> names) {
                for (size_t i = 0; i < m_fields.size(); ++i)
                    for (std::string_view name : names)
                        if (m_fields[i] == name)
                            return int(i);
                return -1;
            };
            m_id = column({ "request_id" });
            m_request = column({ "request_body" });
            m_response = column({ "response_body" });
            m_properties = column({ "request_properties" });
            m_latency = column({ "latency", "delay_ms" });
            m_status = column({ "response_status" });
        }

        /** A JSON cell as it is, or undoubled once more (the export CLI doubles the quotes of JSON twice). */
        static QJsonDocument json(std::string_view cell)
        {
            QJsonDocument doc = QJsonDocument::fromJson(QByteArray(cell.data(), qsizetype(cell.size())));
            if (doc.isNull() && cell.find("\"\"") != std::string_view::npos)
                doc = QJsonDocument::fromJson(QByteArray::fromStdString(Csv::undoubleQuotes(cell)));
            return doc;
        }

        QByteArray body(int column) const
        {
            if (column < 0)
                return {};
            const std::string_view cell = m_fields[size_t(column)];
            const QJsonDocument doc = json(cell);
            if (doc.isObject() || doc.isArray())
                return doc.toJson(QJsonDocument::Compact);
            return QByteArray(cell.data(), qsizetype(cell.size()));
        }

        std::optional<std::int64_t> number(int column) const
        {
            if (column < 0)
                return std::nullopt;
            bool ok = false;
            const std::string_view cell = m_fields[size_t(column)];
            const double value = QByteArray(cell.data(), qsizetype(cell.size())).toDouble(&ok);
            return ok && value >= -9e15 && value <= 9e15 ? std::optional<std::int64_t>(std::int64_t(value))
                                                         : std::nullopt;
        }

        void take()
        {
            const std::string_view id = m_fields[size_t(m_id)];
            const QString key = QString::fromUtf8(id.data(), qsizetype(id.size()));
            if (key.isEmpty() || !m_ids.contains(key))
                return;
            RequestDetails d;
            d.requestBody = body(m_request);
            d.responseBody = body(m_response);
            if (m_properties >= 0) {
                const QJsonDocument properties = json(m_fields[size_t(m_properties)]);
                if (properties.isObject())
                    d.propertiesJson = properties.toJson(QJsonDocument::Compact);
            }
            d.latencyMs = number(m_latency);
            const auto status = number(m_status);
            if (status && *status >= 0 && *status < 1000)
                d.status = int(*status);
            m_found.insert(key, d);
        }

        std::vector<std::string_view> m_fields;
        std::string m_scratch;
        bool m_header = false;
        size_t m_columns = 0;
        int m_id = -1, m_request = -1, m_response = -1, m_properties = -1, m_latency = -1, m_status = -1;
    };

} // namespace

std::unique_ptr<DetailsScanner> detailsScanner(
    std::string_view head, const QSet<QString>& ids, QHash<QString, RequestDetails>& found)
{
    const size_t at = head.find_first_not_of(" \t\r\n");
    const char first = at == std::string_view::npos ? '\0' : head[at];
    if (first == '[')
        return std::make_unique<JsonArrayScanner>(ids, found);
    if (first == '{')
        return std::make_unique<JsonLinesScanner>(ids, found);
    return std::make_unique<CsvScanner>(ids, found);
}

} // namespace Usage::Requests
