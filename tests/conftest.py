import pytest

from tests import factories


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # PBKDF2 costs a noticeable fraction of a second per user; no test here tests hashing.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def user(db):
    return factories.UserFactory()


@pytest.fixture
def superuser(db):
    return factories.UserFactory(username="admin", is_staff=True, is_superuser=True)
