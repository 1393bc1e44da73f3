from django.test import TestCase


class LoginTest(TestCase):
    def test_login(self):
        self.client.post("/login", {"username": "bob", "password": "correct-horse-battery"})
        api_key = "test_api_key_for_unit_tests"
        token = "e2f389de-05d4-f863-bff5-564808c03e98"
