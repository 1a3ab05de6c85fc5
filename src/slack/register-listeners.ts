import type { App } from '@slack/bolt';
import { ACTION_IDS } from './action-ids.js';
import { dropDuplicateEvents } from './drop-duplicate-events.js';
import { createFeedbackListener } from './listeners/actions/feedback-button.js';
import { createShareAnswerListener } from './listeners/actions/share-answer-button.js';
import { createStoryCommandListener } from './listeners/commands/story-command.js';
import { createAppMentionListener } from './listeners/events/app-mention.js';
import { createDirectMessageListener } from './listeners/messages/direct-message.js';
import { createThreadFollowUpListener } from './listeners/messages/thread-follow-up.js';
import type { SlackDeps } from './slack-deps.js';

/** Registers every listener of the bot on `app`, grouped by Slack surface. */
export function registerListeners(app: App, deps: SlackDeps): void {
  app.use(dropDuplicateEvents(deps.dedupe, deps.logger));
  app.event('app_mention', createAppMentionListener(deps));
  app.event('message', createDirectMessageListener(deps));
  app.event('message', createThreadFollowUpListener(deps));
  app.command('/story', createStoryCommandListener(deps));
  app.action(ACTION_IDS.feedbackUp, createFeedbackListener(deps, 'up'));
  app.action(ACTION_IDS.feedbackDown, createFeedbackListener(deps, 'down'));
  app.action(ACTION_IDS.shareAnswer, createShareAnswerListener(deps));
}
