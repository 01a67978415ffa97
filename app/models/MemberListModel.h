#pragma once

#include "worker/StoreTypes.h"

#include <QAbstractTableModel>
#include <QCollator>

#include <optional>

namespace fe {
namespace app {

// The members list: one light summary per member (never a widget or a whole Member per row),
// arriving in chunks from the worker already sorted in the operator's collation. Filtering and
// re-sorting work on a vector of row numbers, so they stay quick with 250,000 members.
// Shows either the whole directory or the latest search results.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, LatinName, District, Schemes, Registered, Sync, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MemberListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setStoreInfo(const StoreInfo& info);
    // Must be the collation the directory was sorted in (new members are inserted in order).
    void setCollation(const QLocale& locale);

    void clearDirectory();
    void appendDirectory(const QList<MemberSummary>& rows);
    // Room for the whole directory at once: growing a quarter of a million rows by doubling
    // would hold two copies at the moment of each move.
    void reserveDirectory(qsizetype rows) { m_directory.reserve(rows); }
    qsizetype directorySize() const { return m_directory.size(); }
    // A saved or corrected member: replaced, or inserted at its place.
    void upsert(const MemberSummary& summary);

    void showSearchResults(const QList<MemberSummary>& rows);
    void showDirectory();
    bool showingSearchResults() const { return m_showResults; }

    void setDistrictFilter(const QString& districtCode); // empty: every district
    void setSchemeFilter(int schemeIndex);               // -1: any scheme
    void setSyncFilter(std::optional<SyncState> state);

    const MemberSummary& summaryAt(int row) const;

private:
    const QList<MemberSummary>& source() const { return m_showResults ? m_results : m_directory; }
    bool accepts(const MemberSummary& s) const;
    void rebuild();
    void sortVisible();
    QString districtName(const QString& code) const;
    QString schemeNames(quint32 mask) const;

    StoreInfo m_info;
    QCollator m_collator;
    QList<MemberSummary> m_directory;
    QList<MemberSummary> m_results;
    bool m_showResults = false;
    QList<int> m_visible; // rows of source(), filtered and sorted
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_district;
    int m_scheme = -1;
    std::optional<SyncState> m_sync;
};

} // namespace app
} // namespace fe
