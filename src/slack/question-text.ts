/**
 * Turns the text of a Slack message into the question a person typed: the bot's mention removed, other Slack
 * markup rendered as plain words, entities decoded. The result is raw text; it is escaped again whenever echoed.
 */
export function cleanQuestion(text: string, botUserId: string | undefined): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/gu, (whole, id: string) => (id === botUserId ? ' ' : `@${whole.includes('|') ? whole.slice(whole.indexOf('|') + 1, -1) : id}`))
    .replace(/<!(channel|here|everyone)(?:\|[^>]*)?>/gu, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/gu, (_whole, label: string | undefined) => label ?? '@group')
    .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/gu, (_whole, label: string | undefined) => `#${label ?? 'channel'}`)
    .replace(/<(https?:[^|>]+)(?:\|([^>]*))?>/gu, (_whole, url: string, label: string | undefined) => label ?? url)
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** True when the message mentions the bot. */
export function mentionsBot(text: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'u').test(text);
}

/** True when the message addresses other people and not the bot, so a thread reply is not meant for it. */
export function addressesOnlyOthers(text: string, botUserId: string | undefined): boolean {
  const mentioned = [...text.matchAll(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/gu)].map((match) => match[1]);
  return mentioned.length > 0 && !mentioned.includes(botUserId);
}
