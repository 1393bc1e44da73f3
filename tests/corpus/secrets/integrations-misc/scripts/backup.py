import requests

AUTH = {"Authorization": "Basic YmFja3VwLWJvdDpjeDZhSHZTYVlHOTdqVWZNVTE="}
resp = requests.get("https://backup.acme.io/api/export", headers=AUTH, timeout=30)
