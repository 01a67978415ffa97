#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace fe {
namespace app {

// Keyboard-first forms: Enter moves to the next field like Tab does, and on the last field of
// a group asks to go on (to the next step, or to the save button). Fields are visited in the
// order given; hidden or disabled ones are skipped.
class EnterNavigator : public QObject
{
    Q_OBJECT
public:
    explicit EnterNavigator(QObject* parent = nullptr);
    void setFields(const QList<QWidget*>& fields);
    const QList<QPointer<QWidget>>& fields() const { return m_fields; }
    // Focuses the first usable field; false when there is none.
    bool focusFirst();
    // Moves on from `field` as Enter does (for fields whose Enter reaches them another way,
    // e.g. through a list of suggestions).
    void advanceFrom(QWidget* field);

Q_SIGNALS:
    void lastFieldPassed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool usable(const QWidget* w) const;
    QList<QPointer<QWidget>> m_fields;
};

} // namespace app
} // namespace fe
