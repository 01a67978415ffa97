#pragma once

#include "refdata/ReferenceData.h"

#include <QComboBox>

class QStandardItemModel;

namespace fe {
namespace app {

// Picks one administrative unit by typing: any part of its Latin or local name, or its code,
// narrows a pop-up list (so "chanth", "ຈັນທະ" and "0101" all find Chanthabouly). Lists the
// children of a parent unit, for cascading province → district (→ ward) pickers.
class AdminUnitPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit AdminUnitPicker(QWidget* parent = nullptr);

    // Shows the units of `level` under `parentCode` (all of the level when parentCode is empty
    // and the level is 1). Keeps the current unit when it is still listed.
    void setUnits(const ReferenceData& reference, int level, const QString& parentCode);
    void clearUnits();
    // The chosen unit's code; empty when the text names no single unit.
    QString currentCode() const;
    void setCurrentCode(const QString& code);
    // Re-labels the entries in the current language's script.
    void relabel();

Q_SIGNALS:
    void codeChanged(const QString& code);
    // Enter, once the list of suggestions (if any) has taken its share of it.
    void returnPressed();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onTextEdited();
    QString resolve(const QString& text) const;

    QList<AdminUnit> m_units;
    QString m_code;
};

} // namespace app
} // namespace fe
