#pragma once

#include "worker/StoreTypes.h"

#include <QWidget>

namespace fe {
namespace app {

class StoreClient;

// One screen of the main window. Screens get the open store's description when it opens, and
// retranslate themselves on QEvent::LanguageChange.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(StoreClient& client, QWidget* parent = nullptr);

    // The name in the navigation list, in the current language.
    virtual QString title() const = 0;
    virtual void setStore(const StoreInfo& info) = 0;
    // Called when the page becomes the visible one.
    virtual void activated() {}

Q_SIGNALS:
    void titleChanged();

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate() = 0;

    StoreClient& m_client;
};

} // namespace app
} // namespace fe
