/*
 * 监管对象名录库: the register page. Signed in with the webapps' session (the Camunda login of the Welcome page):
 * it asks /camunda/api/admin/auth/user/default who is logged in, and calls
 * /api/subjects with the session — reads as they are, writes with the session's CSRF token (X-XSRF-TOKEN), read from
 * /api/session/csrf-token (the webapps' own cookie is scoped to /camunda). X-Requested-With tells
 * the API to answer 401 without a Basic challenge: no password prompt, the page says to log in instead. Every value
 * from the server is written with textContent, never as HTML.
 */
(function () {
  'use strict';

  var ROLES = { PLATFORM: '直播电商平台', ROOM_OPERATOR: '直播间运营者', LIVE_ROOM: '直播间',
    STREAMER: '主播/直播营销人员', AGENCY: '直播营销人员服务机构', MERCHANT: '商品经营者' };
  var LISTS = { KEY_MERCHANTS: '民生领域重点商户', INFLUENTIAL_STREAMERS: '重点（头部）主播', PLATFORMS: '辖区注册平台' };
  var RISKS = { LOW: '低', MEDIUM: '中', HIGH: '高' };
  var AREAS = { HEALTH: '医疗健康', FINANCE: '金融', FOOD: '食品' };
  var CREDIT_CLASSES = { A: 'A 信用风险低', B: 'B 信用风险一般', C: 'C 信用风险较高', D: 'D 信用风险高' };
  var PAGE_SIZE = 20;

  var $ = function (id) { return document.getElementById(id); };
  var csrfToken = null;
  var state = { page: 0, total: 0, current: null, editing: null, searches: 0 };

  function call(method, path, body) {
    var headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrfToken) {
      headers['X-XSRF-TOKEN'] = csrfToken;
    }
    return fetch(path, { method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
      return response.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (!response.ok) {
          var error = new Error(errorText(response.status, data));
          error.status = response.status;
          error.fieldErrors = data && data.fieldErrors ? data.fieldErrors : [];
          throw error;
        }
        return data;
      });
    });
  }

  function errorText(status, data) {
    if (status === 401) { return '登录已失效，请在 Camunda 首页重新登录后刷新本页。'; }
    if (status === 403) { return '无权查看或修改该监管对象（仅限本辖区）。'; }
    if (status === 404) { return '未找到该监管对象。'; }
    if (status === 409) { return (data && data.message) || '该主体已在名录库中（同一统一社会信用代码或平台账号）。'; }
    return (data && data.message) || ('请求失败（' + status + '）');
  }

  function showMessage(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  function fillSelect(select, labels) {
    Object.keys(labels).forEach(function (key) {
      var option = document.createElement('option');
      option.value = key;
      option.textContent = labels[key];
      select.appendChild(option);
    });
  }

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text === null || text === undefined ? '' : String(text);
    row.appendChild(td);
    return td;
  }

  function labelsOf(keys, labels) {
    return (keys || []).map(function (k) { return labels[k] || k; }).join('、');
  }

  function identity(subject) {
    var parts = [];
    if (subject.creditCode) { parts.push(subject.creditCode); }
    if (subject.accountId) { parts.push((subject.platformName || '') + ' ' + subject.accountId); }
    return parts.join('；');
  }

  function search(page) {
    var form = $('search');
    var params = new URLSearchParams();
    ['q', 'role', 'list', 'risk', 'creditClass', 'district'].forEach(function (name) {
      var value = form.elements[name].value.trim();
      if (value) { params.set(name, value); }
    });
    params.set('page', String(page));
    params.set('size', String(PAGE_SIZE));
    $('status').textContent = '查询中…';
    // only the newest search is shown: an earlier answer arriving late is dropped
    var seq = ++state.searches;
    return call('GET', '/api/subjects?' + params.toString()).then(function (result) {
      if (seq !== state.searches) { return; }
      state.page = result.page;
      state.total = result.total;
      renderResults(result);
      $('status').textContent = '共 ' + result.total + ' 个';
      showMessage('');
    }, function (error) {
      if (seq !== state.searches) { return; }
      $('status').textContent = '';
      showMessage(error.message);
    });
  }

  function renderResults(result) {
    var body = $('results').querySelector('tbody');
    body.textContent = '';
    result.items.forEach(function (subject) {
      var row = document.createElement('tr');
      row.setAttribute('data-subject-id', subject.id);
      cell(row, subject.name);
      cell(row, labelsOf(subject.roles, ROLES));
      cell(row, identity(subject));
      cell(row, subject.districtCode);
      cell(row, AREAS[subject.keyArea] || '');
      cell(row, RISKS[subject.riskLevel] || '');
      cell(row, subject.creditClass || '');
      var open = document.createElement('button');
      open.type = 'button';
      open.textContent = '查看';
      open.addEventListener('click', function () { show(subject.id); });
      cell(row, '').appendChild(open);
      body.appendChild(row);
    });
    var pages = Math.max(1, Math.ceil(result.total / result.size));
    $('page').textContent = '第 ' + (result.page + 1) + ' / ' + pages + ' 页';
    $('prev').disabled = result.page <= 0;
    $('next').disabled = result.page + 1 >= pages;
    $('content').hidden = false;
  }

  function show(id) {
    return call('GET', '/api/subjects/' + encodeURIComponent(id)).then(function (detail) {
      state.current = detail.subject;
      renderDetail(detail);
      showMessage('');
    }, function (error) { showMessage(error.message); });
  }

  function renderDetail(detail) {
    var s = detail.subject;
    $('detail-title').textContent = s.name;
    var fields = $('detail-fields');
    fields.textContent = '';
    [['角色', labelsOf(s.roles, ROLES)], ['统一社会信用代码', s.creditCode], ['平台', s.platformName],
      ['平台账号 / 直播间号', s.accountId], ['所属辖区', s.districtCode], ['重点领域', AREAS[s.keyArea]],
      ['粉丝数', s.followers], ['年交易额（元）', s.annualTurnover], ['风险等级', RISKS[s.riskLevel]],
      ['信用风险分类（本系统计算）', s.creditClass ? CREDIT_CLASSES[s.creditClass] + '：' + (s.creditClassReason || '')
        + (s.creditClassAt ? '（自 ' + s.creditClassAt.replace('T', ' ').slice(0, 16) + '）' : '') : null]]
      .forEach(function (pair) {
        var dt = document.createElement('dt');
        dt.textContent = pair[0];
        var dd = document.createElement('dd');
        dd.textContent = pair[1] === null || pair[1] === undefined ? '—' : String(pair[1]);
        fields.appendChild(dt);
        fields.appendChild(dd);
      });
    var history = detail.history || {};
    table($('history'), [
      ['投诉', history.complaints, ['complaintNo', 'receivedAt', 'handlingUnit', 'status', 'outcome']],
      ['线索', history.clues, ['clueNo', 'receivedAt', 'handlingUnit', 'status', 'tier', 'outcome']],
      ['执法文书与措施', history.actions, ['label', 'documentNo', 'issuedOn', 'unit', 'clueNo', 'outcome']],
      ['平台指令', history.orders, ['orderNo', 'kindLabel', 'platformName', 'issuedAt', 'respondBy', 'statusLabel',
        'clueNo']],
      ['立案查处', history.cases, ['caseNo', 'unit', 'filedAt', 'statusLabel', 'decisionNo', 'closedAt']],
      ['涉嫌犯罪移送', history.transfers, ['transferNo', 'clueNo', 'unit', 'reportedAt', 'statusLabel']],
      ['抽查监测', history.spotChecks, ['checkDate', 'platform', 'liveRoom', 'productOrService', 'resultLabel',
        'violationCategory']],
      ['约谈与提醒告诫', history.interviews, ['interviewNo', 'kindLabel', 'date', 'hostUnit', 'statusLabel',
        'commitments', 'acknowledged']],
      ['信用名单', history.listings, ['kindLabel', 'listingNo', 'documentNo', 'listedOn', 'statusLabel', 'removedOn',
        'removalReason']],
      ['专项整治', history.campaigns, ['name', 'period', 'taggedRecords']],
      ['部门移送', history.departmentTransfers, ['transferNo', 'departmentLabel', 'sentAt', 'feedbackDue', 'statusLabel',
        'overdue']]]);
    table($('names'), [['', detail.names, null]]);
    table($('relations'), [['', detail.relations, null]]);
    table($('changes'), [['合并', detail.merges, null], ['更正', detail.changes, null]]);
    $('detail').hidden = false;
    $('detail').scrollIntoView();
  }

  /** One small table per part: the given columns, or every property of the entries. */
  function table(container, parts) {
    container.textContent = '';
    parts.forEach(function (part) {
      var entries = part[1] || [];
      if (part[0]) {
        var caption = document.createElement('p');
        caption.className = 'note';
        caption.textContent = part[0] + '（' + entries.length + '）';
        container.appendChild(caption);
      }
      if (!entries.length) {
        var empty = document.createElement('p');
        empty.className = 'empty';
        empty.textContent = '无';
        container.appendChild(empty);
        return;
      }
      var columns = part[2] || Object.keys(entries[0]);
      var t = document.createElement('table');
      var head = document.createElement('tr');
      columns.forEach(function (c) { var th = document.createElement('th'); th.textContent = c; head.appendChild(th); });
      t.appendChild(head);
      entries.forEach(function (entry) {
        var row = document.createElement('tr');
        columns.forEach(function (c) {
          var v = entry[c];
          cell(row, v !== null && typeof v === 'object' ? JSON.stringify(v) : v);
        });
        t.appendChild(row);
      });
      container.appendChild(t);
    });
  }

  function openEditor(subject) {
    state.editing = subject;
    var form = $('subject-form');
    form.reset();
    $('field-errors').textContent = '';
    $('editor-title').textContent = subject ? '更正：' + subject.name : '新增监管对象';
    if (subject) {
      ['name', 'creditCode', 'platformName', 'accountId', 'districtCode', 'keyArea', 'followers', 'annualTurnover',
        'riskLevel'].forEach(function (name) {
        form.elements[name].value = subject[name] === null || subject[name] === undefined ? '' : subject[name];
      });
      Array.prototype.forEach.call(form.querySelectorAll('input[name="roles"]'), function (box) {
        box.checked = (subject.roles || []).indexOf(box.value) >= 0;
      });
    }
    $('editor').hidden = false;
    $('content').hidden = false;
    $('editor').scrollIntoView();
  }

  function save(event) {
    event.preventDefault();
    var form = $('subject-form');
    var text = function (name) { var v = form.elements[name].value.trim(); return v ? v : null; };
    var number = function (name) { var v = text(name); return v === null ? null : Number(v); };
    var body = {
      roles: Array.prototype.filter.call(form.querySelectorAll('input[name="roles"]'), function (b) { return b.checked; })
        .map(function (b) { return b.value; }),
      name: text('name'), creditCode: text('creditCode'), platformName: text('platformName'),
      accountId: text('accountId'), districtCode: text('districtCode'), keyArea: text('keyArea'),
      followers: number('followers'), annualTurnover: number('annualTurnover'), riskLevel: text('riskLevel')
    };
    var editing = state.editing;
    var request = editing ? call('PUT', '/api/subjects/' + encodeURIComponent(editing.id), body)
      : call('POST', '/api/subjects', body);
    request.then(function (saved) {
      $('editor').hidden = true;
      showMessage('');
      $('status').textContent = editing ? '已更正' : '已新增';
      return show(saved.id);
    }, function (error) {
      var list = $('field-errors');
      list.textContent = '';
      (error.fieldErrors.length ? error.fieldErrors : [{ field: '', message: error.message }]).forEach(function (e) {
        var item = document.createElement('li');
        item.textContent = (e.field ? e.field + '：' : '') + e.message;
        list.appendChild(item);
      });
    });
  }

  function start() {
    fillSelect($('role'), ROLES);
    fillSelect($('list'), LISTS);
    fillSelect($('risk'), RISKS);
    fillSelect($('creditClass'), CREDIT_CLASSES);
    var form = $('subject-form');
    fillSelect(form.elements.keyArea, AREAS);
    fillSelect(form.elements.riskLevel, RISKS);
    Object.keys(ROLES).forEach(function (key) {
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'roles';
      box.value = key;
      label.appendChild(box);
      label.appendChild(document.createTextNode(ROLES[key]));
      $('roles').appendChild(label);
    });
    // a link such as /register/index.html?creditClass=D&district=310113 (the monthly spot checks' focus subjects)
    // opens the register with those search fields filled in
    var given = new URLSearchParams(window.location.search);
    ['q', 'role', 'list', 'risk', 'creditClass', 'district'].forEach(function (name) {
      if (given.get(name)) { $('search').elements[name].value = given.get(name); }
    });
    $('search').addEventListener('submit', function (e) { e.preventDefault(); search(0); });
    $('prev').addEventListener('click', function () { search(state.page - 1); });
    $('next').addEventListener('click', function () { search(state.page + 1); });
    $('add').addEventListener('click', function () { openEditor(null); });
    $('edit').addEventListener('click', function () { openEditor(state.current); });
    $('cancel').addEventListener('click', function () { $('editor').hidden = true; });
    form.addEventListener('submit', save);

    // who is logged in to the webapps, then the session's CSRF token for the writes
    fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin',
      headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) { throw new Error('not logged in'); }
      return response.json();
    }).then(function (user) {
      return call('GET', '/api/session/csrf-token').then(function (answer) {
        csrfToken = answer.token;
        return user;
      });
    }).then(function (user) {
      $('user').textContent = user.userId;
      $('search').hidden = false;
      document.body.setAttribute('data-register-ready', 'true');
      return search(0);
    }, function () {
      $('login').hidden = false;
      document.body.setAttribute('data-register-ready', 'login');
    });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
