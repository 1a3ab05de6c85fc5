import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { describeError } from '../../../logger.js';
import { buildAnswerMessage } from '../../answer-question.js';
import type { SlackMessage } from '../../format/blocks.js';
import { formatApology, formatHelp } from '../../format/help-message.js';
import { formatQuoteIndex, formatSpeakerQuotes } from '../../format/quotes-message.js';
import { formatSources } from '../../format/sources-message.js';
import { formatSummary } from '../../format/summary-message.js';
import { parseStoryCommand } from '../../parse-story-command.js';
import type { StoryCommand } from '../../parse-story-command.js';
import { cleanQuestion } from '../../question-text.js';
import type { SlackDeps } from '../../slack-deps.js';

type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

async function reply(deps: SlackDeps, command: StoryCommand): Promise<SlackMessage> {
  switch (command.kind) {
    case 'help':
      return formatHelp();
    case 'sources':
      return formatSources(deps.desk.sources());
    case 'summary':
      return formatSummary(await deps.desk.summarize(command.request), command.request, deps.desk.sources());
    case 'quotes':
      return command.speaker === undefined
        ? formatQuoteIndex(deps.desk.quotes())
        : formatSpeakerQuotes(command.speaker, deps.desk.quotes(command.speaker), deps.desk.sources());
    case 'question':
      return (await buildAnswerMessage(deps, command.question, [], { restateFor: 'you', shareButton: true })).message;
  }
}

/** `/story …`: acked at once, then answered visibly only to the asker (questions get a button to share). */
export function createStoryCommandListener(deps: SlackDeps) {
  return async ({ ack, command, respond, context }: CommandArgs): Promise<void> => {
    await ack();
    const parsed = parseStoryCommand(cleanQuestion(command.text, context.botUserId));
    let message: SlackMessage;
    try {
      message = await reply(deps, parsed);
    } catch (error) {
      deps.logger.error('Failed to handle /story', { ...describeError(error, true), subcommand: parsed.kind });
      message = formatApology();
    }
    try {
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    } catch (error) {
      deps.logger.error('Could not respond to /story', { ...describeError(error), subcommand: parsed.kind });
    }
  };
}
