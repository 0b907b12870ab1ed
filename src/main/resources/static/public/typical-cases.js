'use strict';
// The public typical cases: reads /public-api/v1/typical-cases only, sends no credentials, writes text only
// (textContent), never HTML.
(function () {
  var API = '/public-api/v1/typical-cases';
  var SIZE = 10;
  var FIELDS = [['facts', '案情'], ['violation', '违法行为'], ['basis', '处罚依据'], ['outcome', '处理结果'],
    ['significance', '典型意义']];
  var status = document.getElementById('status');
  var list = document.getElementById('cases');

  function get(url) {
    return fetch(url, { credentials: 'omit', headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (r.status === 404) { throw new Error('未找到该典型案例'); }
      if (r.status === 429) { throw new Error('请求过于频繁，请稍后再试'); }
      if (!r.ok) { throw new Error('加载失败（' + r.status + '）'); }
      return r.json();
    });
  }

  function meta(c) {
    return [c.publicationNo, c.categoryLabel, c.unitName, '发布于 ' + c.publishedOn].filter(Boolean).join(' · ');
  }

  function showList(page) {
    get(API + '?page=' + page + '&size=' + SIZE).then(function (data) {
      list.textContent = '';
      data.items.forEach(function (c) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = '?no=' + encodeURIComponent(c.publicationNo);
        a.textContent = c.title;
        a.className = 'case-title';
        var m = document.createElement('div');
        m.className = 'meta';
        m.textContent = meta(c);
        li.appendChild(a);
        li.appendChild(m);
        list.appendChild(li);
      });
      status.textContent = data.total === 0 ? '暂无公开发布的典型案例。' : '共 ' + data.total + ' 件';
      var pages = Math.max(1, Math.ceil(data.total / SIZE));
      document.getElementById('page').textContent = '第 ' + (page + 1) + ' / ' + pages + ' 页';
      var prev = document.getElementById('previous');
      var next = document.getElementById('next');
      prev.hidden = page <= 0;
      next.hidden = page + 1 >= pages;
      prev.onclick = function () { showList(page - 1); };
      next.onclick = function () { showList(page + 1); };
    }).catch(function (e) { status.textContent = e.message; });
  }

  function showOne(no) {
    get(API + '/' + encodeURIComponent(no)).then(function (c) {
      document.querySelector('.pager').hidden = true;
      document.getElementById('detail').hidden = false;
      document.getElementById('detail-title').textContent = c.title;
      document.getElementById('detail-meta').textContent = '当事人：' + c.partyDesignation + ' · ' + meta(c);
      var body = document.getElementById('detail-body');
      FIELDS.forEach(function (f) {
        if (c[f[0]]) {
          var dt = document.createElement('dt');
          dt.textContent = f[1];
          var dd = document.createElement('dd');
          dd.textContent = c[f[0]];
          body.appendChild(dt);
          body.appendChild(dd);
        }
      });
      status.textContent = '';
    }).catch(function (e) { status.textContent = e.message; });
  }

  var no = new URLSearchParams(window.location.search).get('no');
  if (no) { showOne(no); } else { showList(0); }
}());
