// SPDX-License-Identifier: MIT
#include "ui/requestbodypanel.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

RequestBodyPanel::RequestBodyPanel(QWidget* parent)
    : QWidget(parent)
    , m_note(new QLabel(this))
    , m_request(new QPlainTextEdit(this))
    , m_response(new QPlainTextEdit(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("bodyNote"));
    layout->addWidget(m_note);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit* edit : { m_request, m_response }) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_request->setObjectName(QStringLiteral("requestBody"));
    m_response->setObjectName(QStringLiteral("responseBody"));
    layout->addWidget(new QLabel(tr("Request body"), this));
    layout->addWidget(m_request, 1);
    layout->addWidget(new QLabel(tr("Response body"), this));
    layout->addWidget(m_response, 1);
    clear();
}

void RequestBodyPanel::clear()
{
    m_note->setText(tr("Select a request to see its bodies."));
    m_request->clear();
    m_response->clear();
}

void RequestBodyPanel::showUnavailable()
{
    m_note->setText(tr("This source lists requests without their bodies: open the log dump to see them."));
    m_request->clear();
    m_response->clear();
}

void RequestBodyPanel::showDetails(const QString& requestId, const Usage::Requests::RequestDetails* details)
{
    const bool request = details && !details->requestBody.isEmpty();
    const bool response = details && !details->responseBody.isEmpty();
    if (request || response)
        m_note->setText(tr("Request %1").arg(requestId));
    else
        m_note->setText(tr("The dump holds no body for request %1.").arg(requestId));
    m_request->setPlainText(request ? Usage::Requests::prettyBody(details->requestBody) : QString());
    m_response->setPlainText(response ? Usage::Requests::prettyBody(details->responseBody) : QString());
}

QString RequestBodyPanel::requestText() const
{
    return m_request->toPlainText();
}

QString RequestBodyPanel::responseText() const
{
    return m_response->toPlainText();
}

QString RequestBodyPanel::note() const
{
    return m_note->text();
}
