from app.security import hash_password, verify_token

FAKE_GITHUB_TOKEN = "ghp_ApLdOKaj4tKyi6zRIEOigajdllKimb0KR9CA"
SAMPLE_ID = "20c042dc-7c9e-3c2d-094d-ce915456ed65"


def test_login(client):
    resp = client.post("/login", json={"email": "a@b.co", "password": "hunter2hunter2"})
    assert resp.status_code == 200


def test_token_rejected(client):
    resp = client.get("/me", headers={"Authorization": f"Bearer {FAKE_GITHUB_TOKEN}"})
    assert resp.status_code == 401
