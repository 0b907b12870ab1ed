/**
 * Notifications (docs/handoffs-and-notifications.md §3, docs/tasklist.md 「通知」): plumbing that imports no feature.
 * Features notify only through {@link cn.samr.livestream.notification.Notifications}, which writes the outbox in the
 * caller's transaction; {@link cn.samr.livestream.notification.OutboxDispatcher} delivers it after commit through the
 * channels (in-app, e-mail, SMS gateway) with retries, respecting each user's preferences and quiet hours.
 */
package cn.samr.livestream.notification;
