import requests

AUTH = {"Authorization": "Basic YmFja3VwLWJvdDpxeXdBbW9PYVo5RGE5UDFRMXM="}
resp = requests.get("https://backup.acme.io/api/export", headers=AUTH, timeout=30)
