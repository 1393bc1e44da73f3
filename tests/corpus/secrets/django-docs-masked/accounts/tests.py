from django.test import TestCase


class LoginTest(TestCase):
    def test_login(self):
        self.client.post("/login", {"username": "bob", "password": "correct-horse-battery"})
        api_key = "test_api_key_for_unit_tests"
        token = "80074e7f-58d0-1e1c-2f86-0d396a7a7074"
