const SLACK_WEBHOOK = 'https://hooks.slack.com/services/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'
const DISCORD_WEBHOOK_URL = 'https://discord.com/api/webhooks/2627843189588772823/tJcHXap5MGVkaN5xZKvCcIYT7pg1z2AT6pFZ4ia5n8lwfnTgxSziMlerxl-SvPLn9LZX'
const DOCS_WEBHOOK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
const telegramBot = '6431667547:AAzdx8rpnO_cFjjRkA4d-O0bByz4nJ8uIun'
const slackBotToken = 'xoxb-68942544024-7801613977112-UbUPROL1QXCzCIoOVTWEAUcX'
const discordToken = 'MT2181_LDXf-5RGevyjsCHa4w8.RmxXTh.jjqnLvEdOM3rkHSc_gw44t766sypFIL0omBtOJ'

module.exports = { SLACK_WEBHOOK, DISCORD_WEBHOOK_URL, telegramBot }
