/** The fixed identities of the local workspace: the bot, the person at the console, and the channels. */
export const LOCAL_IDS = {
  team: 'T0LOCAL',
  app: 'A0LOCAL',
  botUser: 'U0BOT',
  botId: 'B0BOT',
  person: 'U0REPORTER',
  channel: 'C0NEWSROOM',
  directMessage: 'D0REPORTER',
} as const;
