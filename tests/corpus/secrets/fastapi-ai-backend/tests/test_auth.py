from app.security import hash_password, verify_token

FAKE_GITHUB_TOKEN = "ghp_zPLO2VmXKIVCDlbswbllL7D0ba2Yui0OooOA"
SAMPLE_ID = "6424e34e-168b-8b30-5507-fddd1e85a36e"


def test_login(client):
    resp = client.post("/login", json={"email": "a@b.co", "password": "hunter2hunter2"})
    assert resp.status_code == 200


def test_token_rejected(client):
    resp = client.get("/me", headers={"Authorization": f"Bearer {FAKE_GITHUB_TOKEN}"})
    assert resp.status_code == 401
