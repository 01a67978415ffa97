#pragma once

#include "common/Result.h"
#include "domain/Enums.h"
#include "domain/Money.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace fe {

// A payment towards a scheme. Never deleted: a mistaken one is voided with a reason.
struct Contribution
{
    QUuid id;
    int version = 0;
    QUuid memberId;
    QString schemeCode;
    QDate periodStart; // a month is stored as its first and last day
    QDate periodEnd;
    Money amount;
    std::optional<Money> expectedAmount; // what the scheme rule computed at the time
    QString differenceReason;            // required when amount != expected
    PaymentMethod method = PaymentMethod::Cash;
    QString transactionCode; // mobile money (M-Pesa etc.): ^[A-Z0-9]{10,12}$, unique
    QString bankReference;
    QString receiptNumber; // unique per device, assigned by the store, never reused
    QString operatorId;
    QDateTime recordedAt;
    QDateTime voidedAt;
    QString voidReason;
    QString voidedBy;
    QString externalRef;

    bool isVoided() const { return voidedAt.isValid(); }
    QJsonObject toJson() const;
    static Result<Contribution> fromJson(const QJsonObject& json);
    // The same from a payload's text (see Member::fromJsonText).
    static Result<Contribution> fromJsonText(QByteArrayView json);
};

} // namespace fe
