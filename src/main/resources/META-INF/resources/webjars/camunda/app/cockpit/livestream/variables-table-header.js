/*
 * Cockpit 变量表的「操作」列标题 / the variables table's 「Actions」 header in Chinese (issue 17).
 *
 * The variables table widget of Camunda 7.24 writes its last column's header as a literal English word in its
 * template ('Actions'), not through a translation key, so locales/zh.json cannot reach it. Loaded as a custom script
 * by scripts/config.js, this renames that header cell wherever the table appears, when the page is in Chinese:
 * Camunda picks the browser's first language and falls back to zh (config.js), so only English keeps 'Actions'.
 */
const HEADER = '[cam-widget-variables-table] thead td.actions';
const chinese = ((navigator.languages && navigator.languages[0]) || navigator.language || 'zh')
  .toLowerCase().split('-')[0] !== 'en';

function renameHeaders(root) {
  root.querySelectorAll(HEADER).forEach((cell) => {
    if (cell.textContent.trim() === 'Actions') {
      cell.textContent = '操作';
    }
  });
}

if (chinese) {
  new MutationObserver(() => renameHeaders(document)).observe(document.documentElement,
    { childList: true, subtree: true });
}

export default [];
