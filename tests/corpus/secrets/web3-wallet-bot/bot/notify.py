import requests

WEBHOOK = "https://discord.com/api/webhooks/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"


def notify(text: str) -> None:
    requests.post(WEBHOOK, json={"content": text}, timeout=10)
