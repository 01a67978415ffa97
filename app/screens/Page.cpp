#include "screens/Page.h"

#include <QEvent>

namespace fe {
namespace app {

Page::Page(StoreClient& client, QWidget* parent) : QWidget(parent), m_client(client) {}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

} // namespace app
} // namespace fe
