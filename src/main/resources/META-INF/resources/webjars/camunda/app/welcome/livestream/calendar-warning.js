/*
 * 首页节假日日历提醒 / the Welcome page's holiday-calendar warning (issue 13, docs/working-days.md).
 *
 * A Camunda 7 webapp plugin, loaded as a custom script by scripts/config.js (customScripts): the Welcome app imports
 * this module after login and renders its default export at the plugin point 'welcome.dashboard'. It reads
 * GET /api/calendar/status with the webapps' session cookie (that address accepts the webapps' login; a GET needs no
 * CSRF token) and, when the answer carries a warning (from 1 November, next year not entered, caller an
 * administrator or a head), shows it in a Bootstrap alert above the page. Nothing is shown otherwise, nor when the
 * call fails: the warning is a reminder, the Welcome page must work without it.
 *
 * The plugin point sits at the bottom of the page, so the alert is moved above the page's content once the answer
 * is in (the plugin's own element is in the page by then), and removed again when Angular leaves the page.
 * The plugin's element gets data-calendar-status="warning" | "none" | "unavailable" once the answer is handled.
 */
const STATUS_URL = '/api/calendar/status';
const ALERT_ID = 'livestream-calendar-warning';

function removeAlert() {
  const alert = document.getElementById(ALERT_ID);
  if (alert) {
    alert.remove();
  }
}

function showAlert(node, message) {
  removeAlert();
  const alert = document.createElement('div');
  alert.id = ALERT_ID;
  alert.className = 'alert alert-warning';
  alert.setAttribute('role', 'alert');
  const title = document.createElement('strong');
  title.textContent = '节假日日历 / Holiday calendar：';
  const text = document.createElement('span');
  text.className = 'livestream-calendar-warning-text';
  // textContent, never HTML: the message is data
  text.textContent = message;
  alert.appendChild(title);
  alert.appendChild(text);
  const page = node.closest('.welcome-page');
  if (page && page.parentNode) {
    page.parentNode.insertBefore(alert, page);
  } else {
    node.appendChild(alert);
  }
}

export default {
  id: 'livestream-calendar-warning',
  pluginPoint: 'welcome.dashboard',
  priority: 1000,
  render(node) {
    fetch(STATUS_URL, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null))
      .then((status) => {
        if (status && status.warning) {
          showAlert(node, status.warning);
          node.setAttribute('data-calendar-status', 'warning');
        } else {
          node.setAttribute('data-calendar-status', status ? 'none' : 'unavailable');
        }
      })
      .catch(() => node.setAttribute('data-calendar-status', 'unavailable'));
  },
  unmount() {
    removeAlert();
  }
};
