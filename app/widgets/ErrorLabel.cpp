#include "widgets/ErrorLabel.h"

namespace fe {
namespace app {

ErrorLabel::ErrorLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("fieldError"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #b3261e;"));
    setVisible(false);
}

void ErrorLabel::setError(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

NoteLabel::NoteLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #33691e;"));
    setVisible(false);
}

void NoteLabel::setNote(const QString& message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace app
} // namespace fe
