#pragma once

#include "duplicates/DuplicateDecision.h"
#include "worker/StoreTypes.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace fe {
namespace app {

// Shown before a registration is saved when the duplicate check found existing records that may
// be the same person: the new registration and each candidate side by side (names in both
// scripts, birth, document, district, score and the reasons), and the operator decides. A
// candidate with the same document cannot be saved a second time, so then only opening it or
// going back is offered. Keyboard: Left/Right choose the candidate, Alt+O opens it, Alt+D saves
// as a different person, Esc goes back to the form.
class DuplicateDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Cancel, OpenExisting, SaveAnyway };

    DuplicateDialog(const Member& registration, const DuplicateCheck& check, const StoreInfo& info,
                    QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    // Whether "Different person — save" is offered (no candidate has the same document).
    bool canSaveAnyway() const;
    // The candidate the operator chose (the column that has the focus), for "open".
    QUuid selectedCandidate() const;
    void selectCandidate(int index);
    const DuplicateCheck& check() const { return m_check; }
    // What "Different person — save" records: every candidate shown was judged another person.
    QList<DuplicateDecision> differentPersonDecisions(const QString& operatorId) const;
    // What "open" records: the chosen candidate is the same person.
    DuplicateDecision samePersonDecision(const QString& operatorId) const;
    // The reasons shown for one candidate, as on screen.
    QString reasonsText(int index) const;
    QTableWidget* table() const { return m_table; }

private:
    enum Row { NameRow, NameLatinRow, BirthRow, DocumentRow, DistrictRow, MatchRow, ReasonsRow, RowCount };

    void fillColumn(int column, const Member& member, const DuplicateCandidate* candidate);
    QString birthText(const Member& member) const;
    QString districtText(const Member& member) const;
    void choose(Choice choice);

    DuplicateCheck m_check;
    StoreInfo m_info;
    Choice m_choice = Choice::Cancel;
    QLabel* m_intro = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_saveAnyway = nullptr; // only when saving is allowed
    QPushButton* m_cancel = nullptr;
};

} // namespace app
} // namespace fe
