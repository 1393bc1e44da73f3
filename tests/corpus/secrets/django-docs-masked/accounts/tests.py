from django.test import TestCase


class LoginTest(TestCase):
    def test_login(self):
        self.client.post("/login", {"username": "bob", "password": "correct-horse-battery"})
        api_key = "test_api_key_for_unit_tests"
        token = "f3c1a87a-117f-a755-9277-72bf0602da12"
