// Dashboard charts: each [data-chart] element carries its categories and series as JSON, rendered by ECharts.
(function () {
  'use strict';
  if (!window.echarts) { return; }
  var charts = [];
  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (element) {
    var data = JSON.parse(element.dataset.chart);
    var horizontal = data.kind !== 'trend';
    // Canvas: the SVG renderer styles its text through style attributes, which the CSP refuses.
    var chart = echarts.init(element, null, {renderer: 'canvas'});
    // Area and person names all show (truncated, full name in the tooltip); week starts thin out as needed.
    var categoryAxis = {type: 'category', data: data.categories,
      axisLabel: horizontal ? {interval: 0, width: 96, overflow: 'truncate'}
        : {hideOverlap: true, formatter: function (week) { return week.slice(5); }}};
    var valueAxis = {type: 'value', minInterval: 1};
    if (horizontal) { categoryAxis.inverse = true; }
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {type: 'scroll', top: 0},
      grid: {left: 8, right: 16, top: 36, bottom: 8, containLabel: true},
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: data.series
    });
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  // The period picker: choosing dates means a custom period.
  var period = document.getElementById('period');
  ['from', 'to'].forEach(function (id) {
    var input = document.getElementById(id);
    if (input && period) { input.addEventListener('change', function () { period.value = 'CUSTOM'; }); }
  });
})();
