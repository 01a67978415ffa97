#pragma once

#include <QObject>
#include <QTimer>

namespace fe {
namespace app {

// Fires idle() after an interval without keyboard or mouse input anywhere in the application
// (an event filter on the application object). Started when an operator logs in, stopped at
// lock; the interval comes from the settings, tests inject a short one.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setIntervalMs(int ms) { m_timer.setInterval(ms); }
    int intervalMs() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace app
} // namespace fe
