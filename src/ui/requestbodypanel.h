// SPDX-License-Identifier: MIT
#pragma once

#include "core/requests/requestdetails.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

/** The selected request's request and response bodies, as indented JSON, or why there are none. */
class RequestBodyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RequestBodyPanel(QWidget* parent = nullptr);

    /** No request selected. */
    void clear();
    /** The source keeps no bodies (the API and ClickHouse listings). */
    void showUnavailable();
    /** details: what the dump holds for the request, nullptr when it was not found there. */
    void showDetails(const QString& requestId, const Usage::Requests::RequestDetails* details);

    QString requestText() const;
    QString responseText() const;
    QString note() const;

private:
    QLabel* m_note;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_response;
};
