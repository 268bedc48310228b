// Draws two Kaplan–Meier step curves with their 95% bands from the JSON in the data-landmark
// attribute of #landmark-chart (see RetentionReport.Landmark).
(function () {
  const element = document.getElementById('landmark-chart');
  if (!element || typeof echarts === 'undefined' || element.dataset.landmark === 'null') {
    return;
  }
  const landmark = JSON.parse(element.dataset.landmark);
  const groups = [
    { curve: landmark.contacted, name: element.dataset.contacted, color: '#2c7fb8' },
    { curve: landmark.notContacted, name: element.dataset.notContacted, color: '#d95f0e' }
  ];
  const series = [];
  groups.forEach((g) => {
    const points = (values) => g.curve.days.map((d, i) => [d, values[i]]);
    series.push({ name: g.name, type: 'line', step: 'end', symbol: 'none', data: points(g.curve.survival),
      lineStyle: { color: g.color, width: 2 }, itemStyle: { color: g.color } });
    series.push({ name: g.name, type: 'line', step: 'end', symbol: 'none', data: points(g.curve.lower),
      lineStyle: { color: g.color, type: 'dotted', width: 1 }, tooltip: { show: false } });
    series.push({ name: g.name, type: 'line', step: 'end', symbol: 'none', data: points(g.curve.upper),
      lineStyle: { color: g.color, type: 'dotted', width: 1 }, tooltip: { show: false } });
  });
  const chart = echarts.init(element);
  chart.setOption({
    // screen readers read this description; the figures themselves are in the table the chart describes
    aria: { enabled: true, label: { description: element.dataset.description } },
    grid: { left: 60, right: 30, top: 40, bottom: 50 },
    legend: { data: groups.map((g) => g.name) },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'value', name: element.dataset.axisX, nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', name: element.dataset.axisY, min: (v) => Math.max(0, Math.floor(v.min * 10) / 10), max: 1 },
    series: series
  });
  window.addEventListener('resize', () => chart.resize());
  element.dataset.rendered = 'true';
}());
