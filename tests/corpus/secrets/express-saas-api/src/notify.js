const SLACK_WEBHOOK = 'https://hooks.slack.com/services/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'
const DISCORD_WEBHOOK_URL = 'https://discord.com/api/webhooks/3088478173489396198/VMdT4BED-07dXlnVSbwmXNmqZ5r-1qMxVHBQh_EyBENYx3L3LdTBcg-Llqo5YU8A7ebg'
const DOCS_WEBHOOK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
const telegramBot = '1677016883:AA0XPwfAzJ-UqRz0e0z5km6df_-Ay34RdST'
const slackBotToken = 'xoxb-40161996269-3103334365011-j2pi54BdWpTIGeEh3Q1Tih8b'
const discordToken = 'MTPW77JA09rE0c39E7c436sJ3S.h5zYbR.Qb9wYeyby83awFMX9tTvBsmn7gQAFvQ8uLOFIk'

module.exports = { SLACK_WEBHOOK, DISCORD_WEBHOOK_URL, telegramBot }
