// Draws forest plots (a ratio and its 95% interval per row, log scale, line at 1) from the JSON
// in the data-points attribute of every .forest-plot element.
document.querySelectorAll('.forest-plot').forEach((element) => {
  if (typeof echarts === 'undefined') {
    return;
  }
  const points = JSON.parse(element.dataset.points).reverse();
  element.style.height = Math.max(200, 60 + points.length * 22) + 'px';
  const chart = echarts.init(element);
  chart.setOption({
    // screen readers read this description; the figures themselves are in the table the chart describes
    aria: { enabled: true, label: { description: element.dataset.description } },
    grid: { left: 260, right: 40, top: 20, bottom: 40 },
    tooltip: {
      formatter: (p) => {
        const d = points[p.dataIndex];
        return `${d.label}<br>${d.hazardRatio.toFixed(2)} (${d.lower.toFixed(2)} – ${d.upper.toFixed(2)})`;
      }
    },
    xAxis: { type: 'log', name: element.dataset.axis, nameLocation: 'middle', nameGap: 25, logBase: 2 },
    yAxis: { type: 'category', data: points.map((d) => d.label) },
    series: [
      {
        type: 'custom',
        renderItem: (params, api) => {
          const y = api.coord([1, params.dataIndex])[1];
          const from = api.coord([points[params.dataIndex].lower, params.dataIndex])[0];
          const to = api.coord([points[params.dataIndex].upper, params.dataIndex])[0];
          return { type: 'line', shape: { x1: from, y1: y, x2: to, y2: y }, style: { stroke: '#555', lineWidth: 2 } };
        },
        data: points.map((d, i) => [d.lower, i])
      },
      {
        type: 'scatter',
        symbolSize: 10,
        data: points.map((d, i) => [d.hazardRatio, i]),
        itemStyle: { color: (p) => (points[p.dataIndex].lower > 1 ? '#c0392b' : points[p.dataIndex].upper < 1 ? '#27ae60' : '#7f8c8d') },
        markLine: { symbol: 'none', silent: true, data: [{ xAxis: 1 }], lineStyle: { type: 'dashed' } }
      }
    ]
  });
  window.addEventListener('resize', () => chart.resize());
  element.dataset.rendered = 'true';
});
