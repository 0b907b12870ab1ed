/*
 * 任务列表的排序标题与列表一致 / Tasklist's sort header says how the list is sorted (issue 17, docs/tasklist.md).
 *
 * Every filter of this app (engine.TasklistFilters) sorts by due date, earliest first. Tasklist adds its own sorting
 * choice as a second order and shows that choice in the header: created, newest first, when the address names none.
 * So the header said 创建时间 while the list was in due-date order. Loaded as a custom script by scripts/config.js
 * before Tasklist starts, this names the filters' order in the address whenever the task list is shown without one:
 * the header then says 到期日期 and both orders agree. A sorting the user picks is in the address and stays.
 */
const SORTING = 'sorting';
const DUE_DATE_FIRST = encodeURIComponent(JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]));
// the task list's route: '#/' with or without its search parameters (not '#/login' or another route)
const TASK_LIST = /^#\/(?:\?(.*))?$/;

function nameTheFiltersOrder() {
  const route = TASK_LIST.exec(window.location.hash || '');
  if (!route) {
    return;
  }
  const query = route[1] || '';
  if (query.split('&').some((pair) => pair.split('=')[0] === SORTING)) {
    return;
  }
  // replace, not assign: the back button must not return to the address without the sorting
  window.location.replace('#/?' + (query ? query + '&' : '') + SORTING + '=' + DUE_DATE_FIRST);
}

window.addEventListener('hashchange', nameTheFiltersOrder);
nameTheFiltersOrder();

/*
 * Tasklist takes the sorting labels from its translations once, when the sorting header is first drawn; on a slow
 * start that is before the locale has loaded, and the header then shows the keys (DUE_DATE). In Chinese, the keys
 * left in the sorting header and its menu are given their labels from locales/zh.json.
 */
const SORT_LABELS = {
  CREATION_DATE: '创建时间', DUE_DATE: '到期日期', FOLLOW_UP_DATE: '跟进日期', PRIORITY: '优先级',
  TASK_NAME: '任务名称', ASSIGNEE: '办理人'
};
const chinese = ((navigator.languages && navigator.languages[0]) || navigator.language || 'zh')
  .toLowerCase().split('-')[0] !== 'en';

// text nodes are relabelled in place: Angular keeps writing to the same nodes when the sorting changes
function labelSortingKeys() {
  document.querySelectorAll('.sorting-choice').forEach((choice) => {
    const texts = document.createTreeWalker(choice, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const key = text.nodeValue.trim();
      if (Object.prototype.hasOwnProperty.call(SORT_LABELS, key)) {
        text.nodeValue = text.nodeValue.replace(key, SORT_LABELS[key]);
      }
    }
  });
}

if (chinese) {
  new MutationObserver(labelSortingKeys).observe(document.documentElement,
    { childList: true, subtree: true, characterData: true });
}

export default [];
