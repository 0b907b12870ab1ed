/*
 * 月度数据统计图表: reads GET /api/reports/monthly/{yyyy-MM} with the webapps' login (the session of the
 * Camunda login form, no second password prompt; without it the page says to log in) and draws the
 * statistics with Apache ECharts. The table's columns and headings come from the API's "columns", the same definition the
 * Excel file uses.
 */
(function () {
  'use strict';

  var charts = {};
  var $ = function (id) { return document.getElementById(id); };

  function pad(n) { return n < 10 ? '0' + n : '' + n; }

  function monthOf(date) { return date.getFullYear() + '-' + pad(date.getMonth() + 1); }

  /** The month reported on by default: the month before this one (reports are due before the 5th). */
  function defaultMonth() {
    var now = new Date();
    return monthOf(new Date(now.getFullYear(), now.getMonth() - 1, 1));
  }

  function shortName(name) {
    return (name || '').replace(/(市场监督管理局|市场监管局)$/, '');
  }

  function showMessage(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  function load(month) {
    showMessage('');
    $('status').textContent = '正在读取…';
    $('status').className = 'status';
    $('download').href = '/api/reports/monthly/' + month + '.xlsx';
    history.replaceState(null, '', '?month=' + month);
    fetch('/api/reports/monthly/' + encodeURIComponent(month), {
      credentials: 'same-origin',
      // the webapps' login (session cookie) is taken here; X-Requested-With keeps the browser's password prompt away
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    }).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (!response.ok) {
          throw new Error(errorText(response.status, body));
        }
        return body;
      });
    }).then(render, function (error) {
      $('content').hidden = true;
      $('status').textContent = '';
      showMessage(error.message);
    });
  }

  function errorText(status, body) {
    if (status === 401) {
      return '请先在 Camunda 首页登录，再刷新本页。/ Please log in on the Camunda welcome page first, then reload.';
    }
    if (status === 403) {
      return '无权查看月度统计：仅综合协调工作组、监督查看人员和各区局可查看。';
    }
    if (status === 400 && body && body.fieldErrors && body.fieldErrors.length) {
      return body.fieldErrors.map(function (e) { return e.message; }).join('；');
    }
    return '读取失败（HTTP ' + status + '）' + (body && body.message ? '：' + body.message : '');
  }

  function render(data) {
    $('title').textContent = data.title;
    $('status').textContent = data.status;
    $('status').className = 'status ' + (data.frozen ? 'frozen' : 'provisional');
    $('content').hidden = false;
    var rows = data.districts;
    var names = rows.map(function (r) { return shortName(r.unitName); });
    drawChecks(names, rows);
    drawActions(names, rows);
    drawRates(names, rows, data.total);
    drawTable(data);
  }

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init($(id));
    }
    return charts[id];
  }

  function categoryAxis(names) {
    return { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 40 : 0 } };
  }

  function pick(rows, key) {
    return rows.map(function (r) { return r[key]; });
  }

  function drawChecks(names, rows) {
    chart('chart-checks').setOption({
      tooltip: { trigger: 'axis' },
      legend: { data: ['抽查条次', '发现涉嫌违法', '抽查配额'] },
      grid: { left: 40, right: 20, bottom: 70 },
      xAxis: categoryAxis(names),
      yAxis: { type: 'value', name: '条次', minInterval: 1 },
      series: [
        { name: '抽查条次', type: 'bar', data: pick(rows, 'spotChecks') },
        { name: '发现涉嫌违法', type: 'bar', data: pick(rows, 'suspectedViolations') },
        { name: '抽查配额', type: 'line', step: 'middle', symbol: 'none', lineStyle: { type: 'dashed', width: 2 },
          data: pick(rows, 'spotCheckQuota') }
      ]
    }, true);
  }

  function drawActions(names, rows) {
    var tiers = [
      ['行政告诫', 'admonitions'], ['行政指导书', 'guidanceLetters'], ['责令改正', 'ordersToCorrect'],
      ['立案', 'casesFiled'], ['移送司法机关', 'criminalTransfers']
    ];
    chart('chart-actions').setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { data: tiers.map(function (t) { return t[0]; }) },
      grid: { left: 40, right: 20, bottom: 70 },
      xAxis: categoryAxis(names),
      yAxis: { type: 'value', name: '件', minInterval: 1 },
      series: tiers.map(function (t) {
        return { name: t[0], type: 'bar', stack: 'tiers', emphasis: { focus: 'series' }, data: pick(rows, t[1]) };
      })
    }, true);
  }

  function drawRates(names, rows, total) {
    var categories = names.slice();
    var complaints = pick(rows, 'complaintsOnTimeRate');
    var reports = pick(rows, 'reportsOnTimeRate');
    if (total) {
      categories.push('全市');
      complaints.push(total.complaintsOnTimeRate);
      reports.push(total.reportsOnTimeRate);
    }
    chart('chart-rates').setOption({
      tooltip: {
        trigger: 'axis',
        valueFormatter: function (v) { return v === null || v === undefined ? '—（无办结/核查）' : v + '%'; }
      },
      legend: { data: ['投诉按时办结率', '举报按时核查率'] },
      grid: { left: 40, right: 20, bottom: 70 },
      xAxis: categoryAxis(categories),
      yAxis: { type: 'value', name: '%', min: 0, max: 100 },
      series: [
        { name: '投诉按时办结率', type: 'bar', data: complaints },
        { name: '举报按时核查率', type: 'bar', data: reports }
      ]
    }, true);
  }

  function cellText(column, value) {
    if (value === null || value === undefined) {
      return column.kind === 'FLAG' ? '未报送' : (column.kind === 'RATE' ? '—' : '');
    }
    switch (column.kind) {
      case 'RATE': return Number(value).toFixed(1) + '%';
      case 'AMOUNT': return Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case 'FLAG': return value ? '是' : '否';
      default: return String(value);
    }
  }

  function drawTable(data) {
    var table = $('table');
    table.textContent = '';
    var head = table.createTHead();
    var groups = head.insertRow();
    var labels = head.insertRow();
    var columns = data.columns;
    for (var i = 0; i < columns.length;) {
      var column = columns[i];
      var th = document.createElement('th');
      if (!column.group) {
        th.rowSpan = 2;
        th.textContent = column.label;
        groups.appendChild(th);
        i++;
        continue;
      }
      var span = 0;
      while (i + span < columns.length && columns[i + span].group === column.group) {
        var label = document.createElement('th');
        label.textContent = columns[i + span].label;
        labels.appendChild(label);
        span++;
      }
      th.colSpan = span;
      th.textContent = column.group;
      groups.appendChild(th);
      i += span;
    }
    var body = table.createTBody();
    var rows = data.total ? data.districts.concat([data.total]) : data.districts;
    rows.forEach(function (row) {
      var tr = body.insertRow();
      if (!row.unitCode) {
        tr.className = 'total';
      }
      columns.forEach(function (column) {
        var td = tr.insertCell();
        var value = row[column.key];
        td.textContent = !row.unitCode && column.kind === 'FLAG' ? '' : cellText(column, value);
        td.className = column.kind === 'TEXT' ? 'text' : (column.kind === 'NAME' || column.kind === 'FLAG' ? '' : 'num');
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var input = $('month');
    var now = new Date();
    input.max = monthOf(now);
    var requested = new URLSearchParams(location.search).get('month');
    input.value = /^\d{4}-\d{2}$/.test(requested || '') ? requested : defaultMonth();
    $('controls').addEventListener('submit', function (event) {
      event.preventDefault();
      if (input.value) {
        load(input.value);
      }
    });
    window.addEventListener('resize', function () {
      Object.keys(charts).forEach(function (id) { charts[id].resize(); });
    });
    load(input.value);
  });
}());
