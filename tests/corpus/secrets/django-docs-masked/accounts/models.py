from django.db import models


class ApiToken(models.Model):
    token = models.CharField(max_length=64, unique=True)
    token_hash = models.CharField(max_length=64)
    password_reset_token = models.CharField(max_length=64, blank=True)
    secret_digest = "b209e5c95708cbe31d6d6be37ce20e3f2513b15b62921452fb5a93f9cc8605f4"
