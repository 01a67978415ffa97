#include "screens/ChartsPage.h"

#include "i18n/Formats.h"
#include "i18n/Labels.h"
#include "worker/StoreClient.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fe {
namespace app {
namespace {

constexpr int kDaysShown = 30;

} // namespace

ChartsPage::ChartsPage(StoreClient& client, QWidget* parent) : Page(client, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel;
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("chartSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* charts = new QHBoxLayout;
    m_registrations = new QChartView;
    m_contributions = new QChartView;
    for (QChartView* v : {m_registrations, m_contributions}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(300, 250);
        charts->addWidget(v, 1);
    }
    layout->addLayout(charts, 1);
    auto* buttons = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_refresh = new QPushButton;
    m_cancelButton = new QPushButton;
    m_cancelButton->setVisible(false);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);
    connect(m_refresh, &QPushButton::clicked, this, &ChartsPage::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancel)
            m_cancel->store(true);
    });
    // Any save makes the counts stale; they are recounted when the page is shown next.
    connect(&m_client, &StoreClient::statusChanged, this, [this] { m_stale = true; });
    retranslate();
    setEnabled(false);
}

QString ChartsPage::title() const
{
    return tr("Reports");
}

void ChartsPage::setStore(const StoreInfo& info)
{
    m_info = info;
    m_data.reset();
    m_stale = true;
    setEnabled(true);
    if (isVisible())
        refresh();
}

void ChartsPage::activated()
{
    if (m_stale)
        refresh();
}

void ChartsPage::refresh()
{
    if (!m_info)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = makeCancelFlag();
    m_stale = false;
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_refresh->setEnabled(false);
    m_client.loadCharts(m_cancel, this, [this, flag = m_cancel](const Result<ChartData>& result) {
        if (flag != m_cancel)
            return;
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        m_refresh->setEnabled(true);
        if (!result.ok()) {
            m_stale = true;
            m_summary->setText(result.error().message);
            return;
        }
        m_data = result.value();
        showData();
        Q_EMIT refreshed();
    });
}

void ChartsPage::showData()
{
    if (!m_data || !m_info)
        return;
    // Registrations per day: the last 30 days up to the latest registration, on a date axis (a
    // category per day would not leave room for the labels).
    auto* chart = new QChart;
    chart->setTitle(tr("Registrations per day"));
    chart->legend()->hide();
    auto* days = new QLineSeries;
    days->setName(tr("Registrations"));
    days->setPointsVisible(true);
    int total = 0;
    int maximum = 1;
    for (const DayCount& d : m_data->registrationsPerDay)
        total += d.count;
    QDate last = QDate::currentDate();
    if (!m_data->registrationsPerDay.isEmpty()) {
        last = m_data->registrationsPerDay.last().day;
        QHash<QDate, int> counts;
        for (const DayCount& d : m_data->registrationsPerDay)
            counts.insert(d.day, d.count);
        for (int i = kDaysShown - 1; i >= 0; --i) {
            const QDate day = last.addDays(-i);
            days->append(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch(), counts.value(day));
            maximum = qMax(maximum, counts.value(day));
        }
    }
    chart->addSeries(days);
    auto* axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("d/M"));
    axisX->setTickCount(7);
    axisX->setRange(QDateTime(last.addDays(-kDaysShown + 1), QTime(0, 0)), QDateTime(last, QTime(23, 59)));
    chart->addAxis(axisX, Qt::AlignBottom);
    days->attachAxis(axisX);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, maximum);
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(qMax(1, (maximum + 4) / 5));
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    days->attachAxis(axisY);
    QChart* old = m_registrations->chart();
    m_registrations->setChart(chart);
    delete old;

    // Contributions by scheme, in the currency's main unit.
    auto* byScheme = new QChart;
    byScheme->setTitle(tr("Contributions by scheme (%1)").arg(m_info->country.currency));
    byScheme->legend()->hide();
    auto* amounts = new QBarSet(tr("Amount"));
    QStringList schemes;
    qreal top = 1;
    const int decimals = m_info->country.currencyDecimals;
    qreal scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QStringList lines;
    for (const SchemeTotal& t : m_data->contributionsByScheme) {
        const qreal value = static_cast<qreal>(t.total.minor) / scale;
        *amounts << value;
        top = qMax(top, value);
        QString name;
        for (const Scheme& s : m_info->schemes)
            if (s.code == t.schemeCode)
                name = Labels::schemeName(s);
        schemes << name;
        lines << tr("%1: %2 in %n payment(s)", nullptr, t.payments).arg(name, formats::money(t.total));
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(amounts);
    byScheme->addSeries(bars);
    auto* schemeAxis = new QBarCategoryAxis;
    schemeAxis->append(schemes);
    byScheme->addAxis(schemeAxis, Qt::AlignLeft);
    bars->attachAxis(schemeAxis);
    auto* amountAxis = new QValueAxis;
    amountAxis->setRange(0, top * 1.1);
    amountAxis->setTickCount(5);
    amountAxis->applyNiceNumbers();
    amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    byScheme->addAxis(amountAxis, Qt::AlignBottom);
    bars->attachAxis(amountAxis);
    old = m_contributions->chart();
    m_contributions->setChart(byScheme);
    delete old;

    m_summary->setText(tr("%n member(s) registered on this laptop.", nullptr, total) + QLatin1Char('\n') +
                       lines.join(QLatin1Char('\n')));
}

void ChartsPage::retranslate()
{
    m_heading->setText(tr("Reports"));
    m_refresh->setText(tr("&Refresh"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_data)
        showData();
    else
        m_summary->setText(tr("Counting…"));
}

} // namespace app
} // namespace fe
