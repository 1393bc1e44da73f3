from app.security import hash_password, verify_token

FAKE_GITHUB_TOKEN = "ghp_RKJaPnmwlYWl22aKM95BFT412YscF60lrhUA"
SAMPLE_ID = "5a668189-4466-0844-289e-bc8122f78c82"


def test_login(client):
    resp = client.post("/login", json={"email": "a@b.co", "password": "hunter2hunter2"})
    assert resp.status_code == 200


def test_token_rejected(client):
    resp = client.get("/me", headers={"Authorization": f"Bearer {FAKE_GITHUB_TOKEN}"})
    assert resp.status_code == 401
