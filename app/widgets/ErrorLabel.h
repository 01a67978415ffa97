#pragma once

#include <QLabel>

namespace fe {
namespace app {

// The message shown beside a field that needs attention; hidden while there is none.
class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget* parent = nullptr);
    void setError(const QString& message);
    void clearError() { setError({}); }
    bool hasError() const { return !text().isEmpty(); }
};

// A note that is information, not a problem (e.g. a converted Buddhist-era year).
class NoteLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NoteLabel(QWidget* parent = nullptr);
    void setNote(const QString& message);
};

} // namespace app
} // namespace fe
