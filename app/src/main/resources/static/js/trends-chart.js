// Draws the monthly trends (shares from 0 to 100 %) from the JSON counts in the data-points attribute of
// #trends-chart: requests resolved at first contact, abandonment, hang-ups, and departures on a second axis.
(function () {
  const element = document.getElementById('trends-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const months = JSON.parse(element.dataset.points);
  const share = (part, whole) => (whole > 0 ? part / whole : null);
  const percent = (v) => (v == null ? '–' : (v * 100).toFixed(1) + ' %');
  const chart = echarts.init(element);
  chart.setOption({
    // screen readers read this description; the figures themselves are in the table the chart describes
    aria: { enabled: true, label: { description: element.dataset.description } },
    grid: { left: 55, right: 60, top: 40, bottom: 30 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: percent },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: [
      { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => Math.round(v * 100) + ' %' } },
      { type: 'value', min: 0, axisLabel: { formatter: (v) => (v * 100).toFixed(1) + ' %' }, splitLine: { show: false } }
    ],
    series: [
      { name: element.dataset.resolved, type: 'line', data: months.map((m) => share(m.resolvedAtOnce, m.requestsOpened)) },
      { name: element.dataset.abandoned, type: 'line', data: months.map((m) => share(m.abandoned, m.offered)) },
      { name: element.dataset.hungUp, type: 'line', data: months.map((m) => share(m.hungUp, m.answeredCalls)) },
      { name: element.dataset.departures, type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' },
        data: months.map((m) => share(m.departures, m.customersAtStart)) }
    ]
  });
  window.addEventListener('resize', () => chart.resize());
  element.dataset.rendered = 'true';
}());
