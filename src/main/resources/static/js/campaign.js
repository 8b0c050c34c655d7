// Campaign page: the per-day chart (cumulative records per target) from the element's data-chart JSON.
(function () {
  'use strict';
  if (!window.echarts) { return; }
  var charts = [];
  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (element) {
    var data = JSON.parse(element.dataset.chart);
    var chart = echarts.init(element, null, {renderer: 'svg'});
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {type: 'scroll', top: 0},
      grid: {left: 8, right: 16, top: 36, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: data.categories, axisLabel: {hideOverlap: true}},
      yAxis: {type: 'value', minInterval: 1},
      series: data.series
    });
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
