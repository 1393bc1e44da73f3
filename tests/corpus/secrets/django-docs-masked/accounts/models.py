from django.db import models


class ApiToken(models.Model):
    token = models.CharField(max_length=64, unique=True)
    token_hash = models.CharField(max_length=64)
    password_reset_token = models.CharField(max_length=64, blank=True)
    secret_digest = "4c576acda54d151ce079b6b2643540cbde5a899fd93ca30bacded2fcfce0e824"
