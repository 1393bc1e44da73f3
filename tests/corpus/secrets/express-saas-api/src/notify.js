const SLACK_WEBHOOK = 'https://hooks.slack.com/services/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'
const DISCORD_WEBHOOK_URL = 'https://discord.com/api/webhooks/0123569463967059538/n9RqD2i70vA46qcONvZCcas57S9e4zi0UGiJg2NklJMhX5mDC-qEKXAInYhxkkVGdxux'
const DOCS_WEBHOOK = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
const telegramBot = '6375778859:AA2difdS5TgBeqzpah86fsPs0ptfgvGz-pY'
const slackBotToken = 'xoxb-68994448639-0301124287858-vyX9jHEe9uf8ePl4AxGLHQiU'
const discordToken = 'MTiEHMfkSAbUBLmUD68O0xt7SR.qae_JF.ICXeeA5zMGevfi_8rN_g20J-7qctG5qv0bjpRx'

module.exports = { SLACK_WEBHOOK, DISCORD_WEBHOOK_URL, telegramBot }
