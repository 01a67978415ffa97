#pragma once

#include <QJsonObject>
#include <QString>

namespace fe::central {

// Structured logs: one JSON object per line on stderr. Only ids, counts, codes and timings are
// ever passed here, never record content (names, document numbers, phones, incomes).
void logEvent(const char* level, const QString& event, QJsonObject fields = {});
void setLogQuiet(bool quiet); // tests and CLI commands that print their own output

} // namespace fe::central
