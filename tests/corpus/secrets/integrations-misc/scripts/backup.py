import requests

AUTH = {"Authorization": "Basic YmFja3VwLWJvdDpackRQU1JvZmpxRFN6TnZCb3o="}
resp = requests.get("https://backup.acme.io/api/export", headers=AUTH, timeout=30)
