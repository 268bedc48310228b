// Draws a monthly share as a line (0 to 100%) from the JSON in the data-points attribute of #trend-chart.
(function () {
  const element = document.getElementById('trend-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  const points = JSON.parse(element.dataset.points);
  const chart = echarts.init(element);
  chart.setOption({
    // screen readers read this description; the figures themselves are in the table the chart describes
    aria: { enabled: true, label: { description: element.dataset.description } },
    grid: { left: 50, right: 20, top: 20, bottom: 30 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v * 100).toFixed(1) + ' %' },
    xAxis: { type: 'category', data: points.map((p) => p.month) },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => Math.round(v * 100) + ' %' } },
    series: [{ name: element.dataset.label, type: 'line', data: points.map((p) => p.share), smooth: false }]
  });
  window.addEventListener('resize', () => chart.resize());
  element.dataset.rendered = 'true';
}());
