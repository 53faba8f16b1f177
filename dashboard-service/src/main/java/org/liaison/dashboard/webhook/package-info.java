/** Webhooks (issue 7 part 2): subscriptions stored in the dashboard database, deliveries of matching events. */
package org.liaison.dashboard.webhook;
